/// What an image file is, read by libvips: its size once turned upright (EXIF orientation) and
/// its format; made by `ImageLibrary.probe`, which also decodes every pixel once.
package struct ImageInfo: Sendable, Hashable {
    package var width: Int
    package var height: Int
    package var format: ImageFormat
    package var hasAlpha: Bool

    package init(width: Int, height: Int, format: ImageFormat, hasAlpha: Bool) {
        self.width = width
        self.height = height
        self.format = format
        self.hasAlpha = hasAlpha
    }

    /// Megapixels, rounded down.
    package var megapixels: Int { width * height / 1_000_000 }
}
