/// The files a raster image of `media/` is published as: the widths of `widths` narrower than
/// the image, and the image's own width when it is no wider than the largest (an image is never
/// made wider); each in WebP and in its own format (a WebP image in WebP only). The largest keeps
/// the file's own address in its own format (`photos/x.jpg`), every other file takes its width in
/// its name (`photos/x-400w.jpg`, `photos/x-400w.webp`, `photos/x-2000w.webp`): a name no author's
/// file may take (`ImageRules`). Every one is made anew by libvips, so none carries the
/// original's metadata.
package struct ResponsiveImage: Sendable, Hashable {
    /// The widths published, in pixels.
    package static let widths = [400, 800, 1200, 2000]

    /// One published file: a width in a format, at its address under `media/`.
    package struct Variant: Sendable, Hashable {
        package var width: Int
        package var format: ImageFormat
        package var relativePath: String
    }

    /// The image's path under `media/` (`photos/x.jpg`).
    package var relativePath: String
    package var info: ImageInfo

    package init(relativePath: String, info: ImageInfo) {
        self.relativePath = relativePath
        self.info = info
    }

    /// The widths made, narrowest first; the last is the largest.
    package var publishedWidths: [Int] {
        let largest = min(info.width, Self.widths.last ?? info.width)
        return Self.widths.filter { $0 < largest } + [largest]
    }

    /// The largest width made.
    package var largestWidth: Int { publishedWidths.last ?? info.width }

    /// The height of the largest file, from the image's proportions.
    package var largestHeight: Int { height(forWidth: largestWidth) }

    /// The height of the file `width` pixels wide, from the image's proportions.
    package func height(forWidth width: Int) -> Int {
        max(1, Int((Double(info.height) * Double(width) / Double(info.width)).rounded()))
    }

    /// The file shown when a page is shared: the widest made up to 1,200 pixels, in the image's
    /// own format (the networks do not all read WebP).
    package var shareWidth: Int { publishedWidths.last { $0 <= 1200 } ?? publishedWidths[0] }

    /// The formats made: WebP first, then the image's own.
    package var formats: [ImageFormat] { info.format == .webp ? [.webp] : [.webp, info.format] }

    /// Every file made, by format then width.
    package var variants: [Variant] {
        formats.flatMap { format in publishedWidths.map { Variant(width: $0, format: format, relativePath: path(width: $0, format: format)) } }
    }

    /// The address under `media/` of the file of `width` in `format`.
    package func path(width: Int, format: ImageFormat) -> String {
        if width == largestWidth && format == info.format { return relativePath }
        let slash = relativePath.lastIndex(of: "/").map { relativePath.index(after: $0) } ?? relativePath.startIndex
        let name = relativePath[slash...]
        let stem = name.lastIndex(of: ".").map { relativePath[slash..<$0] } ?? name
        let folder = relativePath[..<slash]
        return "\(folder)\(stem)-\(width)w.\(format.fileExtension)"
    }
}
