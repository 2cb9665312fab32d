/// What a media path of a form accepts from the author's computer: the folder of `media/` the
/// file is written into and the extensions it may have, by the path's key (`image.fichier`,
/// `documents.0.fichier`, `videos.0.fichier`, `videos.0.sous_titres`, `videos.0.vignette`).
package struct MediaUpload: Sendable, Equatable {
    /// The folder of `media/`: `photos`, `documents` or `videos`.
    package let folder: String
    /// The extensions accepted, lowercase, without the dot.
    package let extensions: [String]
    /// What the hint under the file input says.
    let hint: String

    static let imageExtensions = ["jpg", "jpeg", "png", "webp"]

    /// The upload of a form's media path, nil for a key that takes no file.
    package static func of(path: String) -> MediaUpload? {
        let parts = path.split(separator: ".")
        guard let list = parts.first, let key = parts.last else { return nil }
        switch (list, key) {
        case ("image", "fichier"):
            return MediaUpload(folder: "photos", extensions: imageExtensions,
                               hint: "JPEG, PNG ou WebP ; décrivez l'image dans « ce que montre l'image » avant d'enregistrer.")
        case ("documents", "fichier"):
            return MediaUpload(folder: "documents", extensions: ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "csv", "txt"],
                               hint: "PDF, document bureautique, CSV ou texte.")
        case ("videos", "fichier"):
            return MediaUpload(folder: "videos", extensions: ["mp4", "webm"],
                               hint: "MP4 ou WebM, 25 Mo au plus par envoi ; une vidéo plus lourde se copie à la main dans content/media/videos/, puis son chemin s'écrit ci-dessus.")
        case ("videos", "sous_titres"):
            return MediaUpload(folder: "videos", extensions: ["vtt"], hint: "Sous-titres WebVTT (.vtt).")
        case ("videos", "vignette"):
            return MediaUpload(folder: "videos", extensions: imageExtensions, hint: "JPEG, PNG ou WebP.")
        default:
            return nil
        }
    }

    /// Why a file of this name is not accepted here, nil when it is.
    package func refusal(of fileName: String) -> String? {
        let parts = fileName.split(separator: ".")
        let ext = parts.count > 1 ? parts.last.map { $0.lowercased() } ?? "" : ""
        return extensions.contains(ext) ? nil : "« \(fileName) » : les fichiers acceptés ici sont en \(extensions.joined(separator: ", "))"
    }

    /// The name of the file input beside a media path, and back.
    package static func inputName(of path: String) -> String { path + ".televersement" }

    package static func path(ofInput name: String) -> String? {
        name.hasSuffix(".televersement") ? String(name.dropLast(".televersement".count)) : nil
    }

    /// The file input's `accept`: the extensions, with their dots.
    var accept: String { extensions.map { "." + $0 }.joined(separator: ",") }
}
