/// The key every kind shares to correct an item in public (`rectificatifs`), at the end of each
/// kind's table.
package enum CorrectionSchema {
    /// The sub-keys of one correction.
    package static let correction: [FieldDescription] = [
        FieldDescription("date", meaning: "le jour où la correction est faite",
                         values: "date `AAAA-MM-JJ`, pas dans le futur", required: true, form: .date),
        FieldDescription("texte", meaning: "ce qui était faux et ce qui est juste, en une ou deux phrases",
                         values: "texte", required: true, form: .text()),
    ]

    /// `rectificatifs`, as every kind's table ends with it.
    package static let key = FieldDescription(
        "rectificatifs",
        meaning: "corrections rendues publiques, chacune avec les deux sous-clés suivantes ; elles sont montrées au-dessus du texte, dans les flux, les données ouvertes et sur la page « Rectificatifs » (partie 4.9)",
        values: "liste de `date`, `texte`", form: .repeated(correction, listed: false))

    /// The guide's table of a correction's keys.
    package static let table = KindSchema(table: "rectificatifs", fields: [
        FieldDescription("rectificatifs", meaning: "", values: "", form: .repeated(correction)),
    ], rowsForParents: false)
}

/// The key of the kinds with a page of their own (sheets, news, pages) that keeps a renamed
/// item's former addresses answering.
package enum FormerAddressSchema {
    package static let key = FieldDescription(
        "anciennes_adresses",
        meaning: "les adresses qu'avait ce contenu avant que son fichier soit renommé : chacune renvoie vers la nouvelle, pour que les liens et les citations restent bons (partie 4.9)",
        values: "liste d'adresses du site, par exemple `/projets/ancien-nom/`", form: .texts)
}

/// `content/retraits.yml`: the addresses withdrawn on purpose, each with its day and its reason.
package enum WithdrawalSchema {
    /// The keys of one withdrawal.
    package static let withdrawal: [FieldDescription] = [
        FieldDescription("adresse", meaning: "l'adresse retirée, telle que le navigateur la montre après le nom du site",
                         values: "adresse du site, par exemple `/projets/ancien-projet/`", required: true, form: .text()),
        FieldDescription("date", meaning: "le jour du retrait", values: "date `AAAA-MM-JJ`, pas dans le futur", required: true, form: .date),
        FieldDescription("motif", meaning: "pourquoi ce contenu est retiré, en une ou deux phrases : la page le montre à qui suit un ancien lien",
                         values: "texte", required: true, form: .text()),
    ]

    /// The guide's table of a withdrawal's keys.
    package static let table = KindSchema(table: "retraits", fields: withdrawal)
}
