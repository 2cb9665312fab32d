import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPImages
import FTAPModel

/// The photos and drawings of `media/` (JPEG, PNG, WebP), each read to its last pixel by
/// libvips once (its size and format then kept in the image cache, by the SHA-256 of its bytes):
/// a file that does not decode, one too large to be worth publishing, or one named as a width made
/// of another image is an error; the others get their `ImageInfo`, from which the plan lists the
/// files made of them.
package enum ImageRules {
    /// The heaviest original accepted.
    static let maximumBytes = 25_000_000
    /// The most pixels accepted (a 50-megapixel camera's photo).
    static let maximumMegapixels = 50

    /// `media` with each image's size and format; the diagnostics of the images that cannot be
    /// published.
    static func probed(_ media: [MediaFile], root: String, cache: ImageCache) -> (media: [MediaFile], diagnostics: [Diagnostic]) {
        let names = Set(media.map(\.relativePath))
        let results = parallelMap(media) { file -> (MediaFile, Diagnostic?) in
            guard ImageFormat.processes(extension: file.fileExtension) else { return (file, nil) }
            let shownPath = join(join(root, "media"), file.relativePath)
            func error(_ code: DiagnosticCode, _ message: String) -> (MediaFile, Diagnostic?) {
                (file, Diagnostic(file: shownPath, position: nil, code: code, message: message))
            }
            guard file.byteCount <= maximumBytes else {
                return error(.oversizedImage, "l'image « \(file.relativePath) » pèse \(FrenchFormat.fileSize(file.byteCount)) : une image déposée pèse au plus 25 Mo, le site en publie de toute façon des versions de 2 000 pixels de large au plus ; réduisez-la (par exemple à 4 000 pixels de large en JPEG de qualité 85)")
            }
            guard let hash = ImageHashes.hash(ofFileAt: file.sourcePath) else { return (file, nil) }
            switch cache.info(source: file.sourcePath, hash: hash) {
            case let .failure(failure):
                return error(.unreadableImage, "l'image « \(file.relativePath) » ne peut pas être lue jusqu'au bout (\(failure.message.isEmpty ? "fichier abîmé" : "libvips : « \(failure.message) »")) : ouvrez-la dans un logiciel d'images et enregistrez-la de nouveau en JPEG ou en PNG")
            case let .success(info) where info.megapixels > maximumMegapixels:
                return error(.oversizedImage, "l'image « \(file.relativePath) » mesure \(FrenchFormat.integer(info.width)) × \(FrenchFormat.integer(info.height)) pixels (\(info.megapixels) millions de pixels) : au plus 50 millions ; le site en publie des versions de 2 000 pixels de large au plus, réduisez-la (par exemple à 4 000 pixels de large)")
            case let .success(info):
                let image = ResponsiveImage(relativePath: file.relativePath, info: info)
                if let taken = image.variants.map(\.relativePath).first(where: { $0 != file.relativePath && names.contains($0) }) {
                    return (file, Diagnostic(file: join(join(root, "media"), taken), position: nil, code: .reservedMediaName,
                                             message: "« \(taken) » porte le nom d'une des largeurs que le site fait de « \(file.relativePath) » et serait remplacé par elle : renommez-le, par exemple « \(Self.renamed(taken)) »"))
                }
                var probed = file
                probed.image = info
                probed.hash = hash
                return (probed, nil)
            }
        }
        return (results.map(\.0), results.compactMap(\.1))
    }

    /// `photo-400w.webp` renamed `photo-400w-bis.webp`: out of the names the widths take.
    static func renamed(_ path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return path + "-bis" }
        return path[..<dot] + "-bis" + path[dot...]
    }
}
