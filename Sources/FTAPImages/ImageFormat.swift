/// The raster formats ftap publishes in several widths, as libvips names their loaders; the
/// others (SVG, GIF, which may be animated) are published as they are.
package enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, png, webp

    /// The format of a loader's name (`jpegload`, `pngload_source`…), nil for one not resized.
    package init?(loader: String) {
        guard let format = Self.allCases.first(where: { loader.hasPrefix($0.rawValue + "load") }) else { return nil }
        self = format
    }

    /// The extension of a published file of this format.
    package var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }

    /// The media type of the HTML's `<source type>`.
    package var mediaType: String { "image/" + rawValue }

    /// Whether a media file's extension names a format processed here.
    package static func processes(extension fileExtension: String) -> Bool {
        ["jpg", "jpeg", "png", "webp"].contains(fileExtension.lowercased())
    }
}
