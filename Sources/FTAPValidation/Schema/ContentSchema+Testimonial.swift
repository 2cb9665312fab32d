import FTAPContent
import FTAPModel

extension ContentSchema {
    /// The keys of a testimonial (`content/temoignages/`), in the order files and the guide give them.
    package static let testimonial = KindSchema(table: "temoignages", fields: [
        FieldDescription("auteur", meaning: "la personne citée (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("fonction", meaning: "sa fonction (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("organisation", meaning: "son organisation",
                         values: "texte", form: .text()),
        FieldDescription("projet", meaning: "le projet dont elle parle",
                         values: "nom du fichier de la fiche, sans « .md » (par exemple `geoplateforme`)", form: .reference(.project)),
        FieldDescription("date", meaning: "date du témoignage (obligatoire)",
                         values: "date `AAAA-MM-JJ`", required: true, form: .date),
        FieldDescription("source", meaning: "où la citation a été publiée, avec les deux sous-clés suivantes",
                         values: "sous-clés", form: .group([
            FieldDescription("titre", meaning: "titre de la publication",
                             values: "texte", required: true, form: .text()),
            FieldDescription("url", meaning: "adresse de la publication",
                             values: "adresse complète", required: true, form: .address),
        ])),
        FieldDescription("brouillon", meaning: "`true` : le témoignage n'est pas publié",
                         values: "`true` ou `false` (par défaut)", form: .flag),
    ] + MediaSchema.keys(image: "le portrait de la personne citée, montré près de sa citation (partie 4.8)", videos: false) + [CorrectionSchema.key])
}
