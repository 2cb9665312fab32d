import FTAPCore
import FTAPImages

/// The folders of `content/` that hold Markdown files, each with its own schema.
public enum ContentKind: String, Sendable, CaseIterable {
    case project = "projets"
    case testimonial = "temoignages"
    case news = "actualites"
    case page = "pages"
    case officialFigure = "chiffres-officiels"
    case budgetExecution = "execution-budgetaire"

    /// The folder name under `content/`.
    public var folder: String { rawValue }
}

/// One file read from disk (or given by a test), not yet parsed.
public struct ContentFile: Sendable, Hashable {
    /// Path as shown in diagnostics, e.g. `content/projets/x.md`.
    public var path: String
    /// The folder it was read from, which decides its schema.
    public var kind: ContentKind
    /// The file name without `.md`.
    public var slug: String
    /// The file as read, not yet decoded.
    public var bytes: [UInt8]

    /// A file with its path as shown in diagnostics, its kind, its name without `.md` and its bytes.
    public init(path: String, kind: ContentKind, slug: String, bytes: [UInt8]) {
        self.path = path
        self.kind = kind
        self.slug = slug
        self.bytes = bytes
    }
}

/// A media file copied as it is into the output.
package struct MediaFile: Sendable, Hashable {
    /// Path relative to `content/media/`, with `/` separators.
    package var relativePath: String
    /// Where the file is on disk.
    package var sourcePath: String
    /// For a JPEG, PNG or WebP image that decodes, its size and format (`ImageRules`).
    package var image: ImageInfo?
    /// The SHA-256 of the bytes of that image, its name in the image cache.
    package var hash: String?
    /// Its size in bytes, shown beside a link to download it.
    package var byteCount: Int

    package init(relativePath: String, sourcePath: String, image: ImageInfo? = nil, hash: String? = nil, byteCount: Int = 0) {
        self.relativePath = relativePath
        self.sourcePath = sourcePath
        self.byteCount = byteCount
        self.image = image
        self.hash = hash
    }

    /// The extension of the file at `path` (under `media/`) in lower case, `pdf`; empty when its
    /// name has none.
    package static func fileExtension(of path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The formats a browser shows as an image, in the order the guide lists them.
    package static let pictureFormats = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"]

    /// This file's extension in lower case (`MediaFile.fileExtension(of:)`).
    package var fileExtension: String { Self.fileExtension(of: relativePath) }

    /// Whether a browser shows this file as an image rather than offering to download it.
    package var isPicture: Bool { Self.pictureFormats.contains(fileExtension) }

    /// The widths made of this file when it is a photo that decodes (`image` known), else nil.
    package var responsiveImage: ResponsiveImage? {
        image.map { ResponsiveImage(relativePath: relativePath, info: $0) }
    }
}

/// Everything read from a content folder, before any parsing.
public struct ContentSource: Sendable {
    /// The content folder as the command was given it, e.g. `content`.
    public var root: String
    /// The bytes of `site.yml`, when it could be read.
    public var siteSettingsBytes: [UInt8]?
    /// The bytes of `retraits.yml` (addresses withdrawn on purpose), when there is one.
    package var withdrawalBytes: [UInt8]?
    /// Every Markdown file of the known folders.
    public var files: [ContentFile]
    package var media: [MediaFile]
    /// Problems met while reading: unreadable files, unexpected files.
    package var diagnostics: [Diagnostic]

    /// Content given in memory: `site.yml`'s bytes and the Markdown files, no media.
    public init(root: String, siteSettingsBytes: [UInt8]?, files: [ContentFile]) {
        self.init(root: root, siteSettingsBytes: siteSettingsBytes, files: files, media: [], diagnostics: [])
    }

    init(root: String, siteSettingsBytes: [UInt8]?, withdrawalBytes: [UInt8]? = nil, files: [ContentFile], media: [MediaFile],
         diagnostics: [Diagnostic]) {
        self.root = root
        self.siteSettingsBytes = siteSettingsBytes
        self.withdrawalBytes = withdrawalBytes
        self.files = files
        self.media = media
        self.diagnostics = diagnostics
    }

    /// The path of `site.yml` as shown in diagnostics.
    package var siteSettingsPath: String { join(root, "site.yml") }

    /// The name of the file, beside `site.yml`, that lists the addresses withdrawn on purpose.
    package static let withdrawalsFile = "retraits.yml"

    /// The path of `retraits.yml` as shown in diagnostics.
    package var withdrawalsPath: String { join(root, Self.withdrawalsFile) }
}
