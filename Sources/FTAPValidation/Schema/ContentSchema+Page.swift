import FTAPModel

extension ContentSchema {
    /// The keys of a free page (`content/pages/`), in the order files and the guide give them.
    package static let page = KindSchema(table: "pages", fields: [
        FieldDescription("titre", meaning: "titre de la page (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("resume", meaning: "description courte (moteurs de recherche)",
                         values: "texte", form: .text()),
        FieldDescription("brouillon", meaning: "`true` : la page n'est pas publiée",
                         values: "`true` ou `false` (par défaut)", form: .flag),
    ] + MediaSchema.keys(image: "l'illustration de la page, montrée sous le titre et quand la page est partagée (partie 4.8)") + [CorrectionSchema.key, FormerAddressSchema.key])
}
