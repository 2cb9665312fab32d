import FTAPImages
import FTAPPlan

/// Every `<img>` of a page whose `src` is a raster image of `media/` becomes a `<picture>`: a
/// WebP `<source>` and the image in its own format, each with every width made (`srcset`), the
/// width of the page's column (`sizes`), and the `width` and `height` of the largest file, so the
/// browser keeps the image's place before it arrives. Other images are left as they are.
struct ResponsiveImageMarkup: Sendable {
    /// The images made, by their address (`/media/photos/x.jpg`).
    var images: [String: ResponsiveImage]

    /// The widest the text column of a page is (the DSFR's 8 of 12 columns of a 78rem container).
    static let sizes = "(min-width: 62em) 792px, 100vw"

    init(_ images: [ResponsiveImage]) {
        self.images = Dictionary(images.map { (SitePlan.media($0.relativePath), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `html` with its images of `media/` made responsive.
    func applied(to html: [UInt8]) -> [UInt8] {
        guard !images.isEmpty, let first = HTMLScan.find(Self.imageTag, in: html, from: 0, ignoringCase: true) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(html.count + 512)
        var copied = 0, start: Int? = first
        while let tagStart = start {
            let tagEnd = HTMLScan.endOfTag(html, at: tagStart)
            let tag = html[tagStart..<tagEnd]
            if let source = HTMLScan.attribute("src", in: tag), let image = images[String(decoding: source, as: UTF8.self)] {
                output += html[copied..<tagStart]
                output += picture(image, tag: tag)
                copied = tagEnd
            }
            start = HTMLScan.find(Self.imageTag, in: html, from: tagEnd, ignoringCase: true)
        }
        return output + html[copied...]
    }

    private static let imageTag = Array("<img ".utf8)

    /// The `<picture>` for `image`, its `<img>` keeping the attributes `tag` gave it.
    private func picture(_ image: ResponsiveImage, tag: ArraySlice<UInt8>) -> [UInt8] {
        func srcset(_ format: ImageFormat) -> String {
            image.publishedWidths.map { "\(SitePlan.media(image.path(width: $0, format: format))) \($0)w" }.joined(separator: ", ")
        }
        var attributes = Array(tag.dropFirst(4))
        while let last = attributes.last, last == 0x3E || last == 0x2F || last == 0x20 { attributes.removeLast() }
        // A template that knows the image is narrower than the column (a card's) says so in `sizes`.
        let sizes = HTMLScan.attribute("sizes", in: tag).map { String(decoding: $0, as: UTF8.self) }
        var added = " srcset=\"\(srcset(image.info.format))\"" + (sizes == nil ? " sizes=\"\(Self.sizes)\"" : "")
        if HTMLScan.attribute("width", in: tag) == nil {
            added += " width=\"\(image.largestWidth)\" height=\"\(image.largestHeight)\""
        }
        if HTMLScan.attribute("loading", in: tag) == nil { added += " loading=\"lazy\" decoding=\"async\"" }
        var markup = Array("<picture>".utf8)
        if image.info.format != .webp {
            markup += Array("<source type=\"image/webp\" srcset=\"\(srcset(.webp))\" sizes=\"\(sizes ?? Self.sizes)\">".utf8)
        }
        markup += Array("<img".utf8) + attributes + Array(added.utf8) + Array("></picture>".utf8)
        return markup
    }
}
