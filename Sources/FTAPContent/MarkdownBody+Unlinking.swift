extension MarkdownBody {
    /// The same body with each link whose address `isHidden` refuses written as its text only:
    /// `<a href="/projets/x/">le projet</a>` becomes `le projet`. The HTML is cmark's in safe
    /// mode, where `<a ` only opens a link and links never nest, so a link ends at the next `</a>`.
    package func removingLinks(where isHidden: (String) -> Bool) -> MarkdownBody {
        guard links.contains(where: { !$0.isImage && isHidden($0.destination) }) else { return self }
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<a "), let tagEnd = rest[open.upperBound...].firstIndex(of: ">") {
            let afterTag = rest.index(after: tagEnd)
            if let href = Self.href(in: rest[open.lowerBound..<afterTag]), isHidden(href),
               let close = rest[afterTag...].range(of: "</a>") {
                result += rest[..<open.lowerBound]
                result += rest[afterTag..<close.lowerBound]
                rest = rest[close.upperBound...]
            } else {
                result += rest[..<afterTag]
                rest = rest[afterTag...]
            }
        }
        result += rest
        var body = self
        body.html = result
        return body
    }

    /// The value of a tag's `href` attribute, its `&amp;` read back as `&`.
    private static func href(in tag: Substring) -> String? {
        guard let start = tag.range(of: " href=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return value.replacingOccurrences(of: "&amp;", with: "&")
    }
}
