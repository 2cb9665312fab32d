import FTAPContent
import FTAPCore
import FTAPImages
import FTAPModel

/// Every file of `media/` a front matter names (an item's image, a video, its captions and still
/// image, a document) is there, and is of the kind its key asks for: a photo or drawing that
/// decodes for an image, each at the line that names it.
enum MediaReferenceRules {
    static func check(_ items: [(file: String, media: ContentMedia)], media: [MediaFile]) -> [Diagnostic] {
        guard items.contains(where: { !$0.media.files.isEmpty }) else { return [] }
        let byPath = Dictionary(media.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        return items.flatMap { item -> [Diagnostic] in
            var found: [Diagnostic] = []
            if let image = item.media.image {
                found += [problem(MediaPath(relativePath: image.relativePath, place: image.place), key: "image.fichier",
                                  needsImage: true, file: item.file, media: byPath)].compactMap { $0 }
            }
            for (index, video) in item.media.videos.enumerated() {
                let key = "videos[\(index + 1)]"
                if case let .file(path) = video.source {
                    found += [problem(path, key: "\(key).fichier", needsImage: false, file: item.file, media: byPath)].compactMap { $0 }
                }
                found += [video.captions.flatMap { problem($0, key: "\(key).sous_titres", needsImage: false, file: item.file, media: byPath) },
                          video.still.flatMap { problem($0, key: "\(key).vignette", needsImage: true, file: item.file, media: byPath) }]
                    .compactMap { $0 }
            }
            for (index, document) in item.media.documents.enumerated() {
                found += [problem(document.file, key: "documents[\(index + 1)].fichier", needsImage: false, file: item.file, media: byPath)]
                    .compactMap { $0 }
            }
            return found
        }
    }

    /// Each image of a text (`![…](/media/x.jpg)`) whose file is a photo that cannot be published
    /// (it does not decode, or is too large: said at the file too), or is no image at all (a
    /// video, a PDF: the page would show a broken image), at the line that shows it.
    static func unpublishableImages(in bodies: [(file: String, body: MarkdownBody)], media: [MediaFile], siteAddress: String) -> [Diagnostic] {
        var refused: [String: String] = [:]
        for file in media {
            if file.image == nil, ImageFormat.processes(extension: file.fileExtension) {
                refused[file.relativePath] = "ne peut pas être publiée (le message sur son fichier, dans content/media/, dit pourquoi) : remplacez-la, ou retirez-la de ce texte"
            } else if !file.isPicture {
                refused[file.relativePath] = MediaKeysDecoder.videoFormats.contains(file.fileExtension)
                    ? "est une vidéo, qu'un texte ne montre pas comme une image : donnez-la dans la clé « videos » de l'en-tête, avec sa transcription"
                    : "n'est pas une image : pour proposer ce fichier, écrivez un lien sans « ! », « [son titre](/media/\(file.relativePath)) », ou donnez-le dans la clé « documents » de l'en-tête"
            }
        }
        guard !refused.isEmpty else { return [] }
        return bodies.flatMap { file, body in
            body.links.filter(\.isImage).compactMap { link -> Diagnostic? in
                guard let path = MediaUsageRules.mediaPath(of: link.destination, siteAddress: siteAddress), let why = refused[path] else { return nil }
                return Diagnostic(file: file, position: link.position, code: .refusedMedia, message: "l'image « /media/\(path) » \(why)")
            }
        }
    }


    /// The error for a file named at `key` that is not in `media/`, or (`needsImage`) is not a
    /// photo or drawing that can be published; nil when it is right.
    static func problem(_ path: MediaPath, key: String, needsImage: Bool, file: String, media: [String: MediaFile]) -> Diagnostic? {
        let spoken = PlaceName.spoken(key)
        guard let found = media[path.relativePath] else {
            let sameButForCase = media.keys.first { $0.lowercased() == path.relativePath.lowercased() }
            let fix = sameButForCase.map { "le fichier s'écrit « /media/\($0) », et les majuscules comptent ; écrivez-le ainsi" }
                ?? "déposez-y le fichier ou corrigez son nom"
            return Diagnostic(file: file, position: path.place, code: .brokenInternalLink,
                              message: "« \(spoken) » : « /media/\(path.relativePath) » n'est pas dans content/media/ ; \(fix)")
        }
        guard !needsImage || found.image != nil else {
            return Diagnostic(file: file, position: path.place, code: .refusedMedia,
                              message: "« \(spoken) » : « /media/\(path.relativePath) » doit être une photo ou un schéma en JPEG, PNG ou WebP qui se lit (le site en publie plusieurs largeurs, et les réseaux sociaux n'affichent ni SVG ni GIF)")
        }
        return nil
    }
}
