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
        FieldDescription("image", meaning: "l'illustration de la page, montrée sous le titre et quand la page est partagée (partie 4.8)",
                         values: "`fichier`, `alt` ou `decorative: true`, `legende`, `credit`", form: .group(MediaSchema.image, listed: false)),
        FieldDescription("videos", meaning: "vidéos, chacune avec sa transcription (partie 4.8)",
                         values: "liste de `titre`, `url` ou `fichier`, `transcription`, `sous_titres`, `vignette`", form: .repeated(MediaSchema.video, listed: false)),
        FieldDescription("documents", meaning: "fichiers à télécharger, montrés avec leur format et leur poids (partie 4.8)",
                         values: "liste de `titre`, `fichier`, `langue`", form: .repeated(MediaSchema.document, listed: false)),
    ])
}
