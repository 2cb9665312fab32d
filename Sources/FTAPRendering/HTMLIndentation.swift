/// The indentation of a rendered page, removed: the templates are indented for the people who
/// edit them, and the spaces that start a line are a tenth of a page's bytes that no reader sees
/// (a line break is white space already, so the text reads and wraps the same). Nothing changes
/// inside a tag (attribute values keep every space), a comment, or the elements whose spaces count
/// or are code: `pre`, `textarea`, `script`, `style`.
package enum HTMLIndentation {
    static let rawElements: [[UInt8]] = ["pre", "textarea", "script", "style"].map { Array($0.utf8) }

    /// `html` without the spaces and tabs that follow a line break in text.
    static func removed(from html: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count)
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == 0x0A {
                output.append(byte)
                index += 1
                while index < html.count, html[index] == 0x20 || html[index] == 0x09 { index += 1 }
            } else if byte == 0x3C {
                let end = endOfMarkup(html, at: index)
                output += html[index..<end]
                index = end
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// Where the markup that starts at `start` (a `<`) ends: after the comment, after the tag,
    /// or, for a raw element, after its closing tag.
    private static func endOfMarkup(_ html: [UInt8], at start: Int) -> Int {
        if HTMLScan.starts(html, at: start, with: Array("<!--".utf8)) {
            return (HTMLScan.find(Array("-->".utf8), in: html, from: start + 4) ?? html.count - 3) + 3
        }
        let tagEnd = HTMLScan.endOfTag(html, at: start)
        guard let raw = rawElements.first(where: { HTMLScan.startsName(html, at: start + 1, $0) }) else { return tagEnd }
        let closing = Array("</".utf8) + raw
        var search = tagEnd
        while let found = HTMLScan.find(closing, in: html, from: search, ignoringCase: true) {
            if HTMLScan.startsName(html, at: found + 2, raw) { return HTMLScan.endOfTag(html, at: found) }
            search = found + closing.count
        }
        return html.count
    }
}
