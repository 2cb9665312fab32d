import FTAPImages
/// One file of the built site: its path relative to the output folder and where its bytes come from.
package struct OutputFile: Sendable, Hashable {
    /// Where the bytes of a file come from: generated here, or copied from a file on disk
    /// (static assets and media, which can be large and many).
    package enum Contents: Sendable, Hashable {
        case bytes([UInt8])
        case copy(of: String)
        /// A hard link to a pristine, re-fetchable file (the DSFR package): about a thousand
        /// files that would otherwise be copied on every build. Never used for authors' files,
        /// which an edit of the output must not be able to reach.
        case link(to: String)
        /// A width of a photo of `media/`, made by libvips (or read from the image cache) as the
        /// file is written.
        case image(source: String, hash: String, variant: ResponsiveImage.Variant)
    }

    /// Relative path with `/` separators, e.g. `projets/cloud-etat/index.html`.
    package var path: String
    package var contents: Contents

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.contents = .bytes(bytes)
    }

    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    init(path: String, copyOf source: String) {
        self.path = path
        self.contents = .copy(of: source)
    }

    init(path: String, image variant: ResponsiveImage.Variant, of source: String, hash: String) {
        self.path = path
        self.contents = .image(source: source, hash: hash, variant: variant)
    }

    init(path: String, linkTo source: String) {
        self.path = path
        self.contents = .link(to: source)
    }
}
