/// The media keys every kind shares (`image`, `videos`, `documents`), with their own table in the guide.
package enum MediaSchema {
    /// The sub-keys of `image`.
    package static let image: [FieldDescription] = [
        FieldDescription("fichier", meaning: "la photo ou le schéma (obligatoire)",
                         values: "`/media/…` en JPEG, PNG ou WebP", required: true, form: .mediaFile),
        FieldDescription("alt", meaning: "ce que montre l'image, pour qui ne la voit pas (obligatoire, sauf image décorative)",
                         values: "texte", form: .text()),
        FieldDescription("decorative", meaning: "`true` : l'image n'apporte rien au texte, les lecteurs d'écran l'ignorent ; alors pas d'`alt`",
                         values: "`true` ou `false` (par défaut)", form: .flag),
        FieldDescription("legende", meaning: "la légende, sous l'image",
                         values: "texte", form: .text()),
        FieldDescription("credit", meaning: "l'auteur de l'image ou le détenteur de ses droits, après la légende (« Crédit : DITP »)",
                         values: "texte", form: .text()),
    ]
    /// The sub-keys of `videos`.
    package static let video: [FieldDescription] = [
        FieldDescription("titre", meaning: "le titre de la vidéo (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("url", meaning: "l'adresse de la vidéo sur sa plateforme",
                         values: "`https://…` de PeerTube, YouTube, Dailymotion ou Vimeo", form: .address),
        FieldDescription("fichier", meaning: "ou la vidéo elle-même",
                         values: "`/media/…` en MP4 ou WebM", form: .mediaFile),
        FieldDescription("transcription", meaning: "ce qui est dit et montré (obligatoire)",
                         values: "texte Markdown, après `transcription: \\|`", required: true, form: .longText),
        FieldDescription("sous_titres", meaning: "les sous-titres d'une vidéo de `content/media/`",
                         values: "`/media/…` en WebVTT (`.vtt`)", form: .mediaFile),
        FieldDescription("vignette", meaning: "l'image montrée avant que la vidéo soit chargée",
                         values: "`/media/…` en JPEG, PNG ou WebP", form: .mediaFile),
    ]
    /// The sub-keys of `documents`.
    package static let document: [FieldDescription] = [
        FieldDescription("titre", meaning: "le titre du document (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("fichier", meaning: "le fichier (obligatoire)",
                         values: "`/media/…`", required: true, form: .mediaFile),
        FieldDescription("langue", meaning: "la langue du document, s'il n'est pas en français",
                         values: "code en deux lettres : `en`, `de`, `es`…", form: .text()),
    ]
    /// The three media keys at the end of a kind's table (`videos` where the kind shows them), the
    /// image's use said as the kind shows it.
    static func keys(image use: String, videos: Bool = true) -> [FieldDescription] {
        let image = FieldDescription("image", meaning: use, values: "`fichier`, `alt` ou `decorative: true`, `legende`, `credit`",
                                     form: .group(Self.image, listed: false))
        let video = FieldDescription("videos", meaning: "vidéos, chacune avec sa transcription (partie 4.8)",
                                     values: "liste de `titre`, `url` ou `fichier`, `transcription`, `sous_titres`, `vignette`",
                                     form: .repeated(Self.video, listed: false))
        let documents = FieldDescription("documents", meaning: "fichiers à télécharger, montrés avec leur format et leur poids (partie 4.8)",
                                         values: "liste de `titre`, `fichier`, `langue`", form: .repeated(document, listed: false))
        return [image] + (videos ? [video] : []) + [documents]
    }

    /// The guide's table of the media keys: their sub-keys only.
    package static let table = KindSchema(table: "medias", fields: [
        FieldDescription("image", meaning: "", values: "", form: .group(image)),
        FieldDescription("videos", meaning: "", values: "", form: .repeated(video)),
        FieldDescription("documents", meaning: "", values: "", form: .repeated(document)),
    ], rowsForParents: false)
}
