import FTAPModel

extension ContentSchema {
    /// The keys of a year of budget execution (`content/execution-budgetaire/`), in the order files and the guide give them.
    package static let budgetExecution = KindSchema(table: "execution-budgetaire", fields: [
        FieldDescription("annee", meaning: "l'année budgétaire, qui est aussi le nom du fichier (obligatoire)",
                         values: "année", required: true, form: .year),
        FieldDescription("programme_budgetaire", meaning: "le programme du budget de l'État",
                         values: "texte ; `349` par défaut", form: .text()),
        FieldDescription("ae_lfi", meaning: "autorisations d'engagement (AE) votées en loi de finances initiale ; au moins l'un des quatre montants",
                         values: "euros entiers", form: .euros),
        FieldDescription("ae_consommees", meaning: "autorisations d'engagement consommées",
                         values: "euros entiers", form: .euros),
        FieldDescription("cp_lfi", meaning: "crédits de paiement (CP) votés en loi de finances initiale",
                         values: "euros entiers", form: .euros),
        FieldDescription("cp_consommes", meaning: "crédits de paiement consommés",
                         values: "euros entiers", form: .euros),
        FieldDescription("perimetre", meaning: "ce que couvrent les chiffres quand le programme paie plus que le fonds (depuis 2022, les crédits de la DITP)",
                         values: "texte", form: .text()),
        FieldDescription("provisoire", meaning: "les montants consommés sont partiels, lus à cette date (par exemple au 20 octobre)",
                         values: "date `AAAA-MM-JJ`", form: .date),
        FieldDescription("arrondi", meaning: "`true` quand la source ne donne que des montants arrondis (« 103 millions d'euros ») : ils sont affichés précédés de « environ »",
                         values: "`true` ou `false` (par défaut)", form: .flag),
        FieldDescription("sources", meaning: "les documents lus (obligatoire, au moins un), chacun avec les deux sous-clés suivantes",
                         values: "liste", required: true, form: .repeated([
            FieldDescription("titre", meaning: "titre du document",
                             values: "texte", required: true, form: .text()),
            FieldDescription("url", meaning: "adresse du document",
                             values: "adresse complète", required: true, form: .address),
        ])),
        FieldDescription("brouillon", meaning: "`true` : l'année n'est pas publiée",
                         values: "`true` ou `false` (par défaut)", form: .flag),
    ] + [CorrectionSchema.key], alternatives: [["ae_lfi", "ae_consommees", "cp_lfi", "cp_consommes"]])
}
