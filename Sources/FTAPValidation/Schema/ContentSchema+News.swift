import FTAPContent
import FTAPModel

extension ContentSchema {
    /// The keys of a news item (`content/actualites/`), in the order files and the guide give them.
    package static let news = KindSchema(table: "actualites", fields: [
        FieldDescription("titre", meaning: "titre (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("date", meaning: "date de publication (obligatoire) ; une actualité datée après le jour de la construction attend cette date",
                         values: "date `AAAA-MM-JJ`", required: true, form: .date),
        FieldDescription("resume", meaning: "résumé pour les listes et les flux (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("rubriques", meaning: "thèmes, par exemple « Pilotage de la transformation publique »",
                         values: "liste de textes", form: .texts),
        FieldDescription("projets", meaning: "projets liés",
                         values: "liste de noms de fichiers de fiches, sans « .md »", form: .references(.project)),
        FieldDescription("brouillon", meaning: "`true` : l'actualité n'est pas publiée",
                         values: "`true` ou `false` (par défaut)", form: .flag),
    ] + MediaSchema.keys(image: "l'illustration de la page, montrée sous le résumé, en vignette de sa carte dans les listes et quand la page est partagée (partie 4.8)") + [CorrectionSchema.key, FormerAddressSchema.key])
}
