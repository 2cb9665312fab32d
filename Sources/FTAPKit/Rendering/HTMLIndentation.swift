/// The indentation of a rendered page, removed: the templates are indented for the people who
/// edit them, and the spaces that start a line are a tenth of a page's bytes that no reader sees
/// (a line break is white space already, so the text reads and wraps the same). Nothing changes
/// inside a tag (attribute values keep every space), a comment, or the elements whose spaces count
/// or are code: `pre`, `textarea`, `script`, `style`.
enum HTMLIndentation {
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
        if starts(html, at: start, with: Array("<!--".utf8)) {
            return (find(Array("-->".utf8), in: html, from: start + 4) ?? html.count - 3) + 3
        }
        let tagEnd = endOfTag(html, at: start)
        guard let raw = rawElements.first(where: { name in
            starts(html, at: start + 1, with: name, ignoringCase: true)
                && (start + 1 + name.count >= html.count || !isNameByte(html[start + 1 + name.count]))
        }) else { return tagEnd }
        let closing = Array("</".utf8) + raw
        var search = tagEnd
        while let found = find(closing, in: html, from: search, ignoringCase: true) {
            if found + closing.count >= html.count || !isNameByte(html[found + closing.count]) { return endOfTag(html, at: found) }
            search = found + closing.count
        }
        return html.count
    }

    /// The index after the `>` that ends the tag at `start`, quotes respected.
    private static func endOfTag(_ html: [UInt8], at start: Int) -> Int {
        var index = start + 1, quote: UInt8?
        while index < html.count {
            let byte = html[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return index + 1
            }
            index += 1
        }
        return html.count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool { CSSScan.isNameByte(byte) }

    private static func starts(_ html: [UInt8], at index: Int, with prefix: [UInt8], ignoringCase: Bool = false) -> Bool {
        guard index >= 0, index + prefix.count <= html.count else { return false }
        for offset in prefix.indices {
            let byte = ignoringCase ? CSSScan.lowercased(html[index + offset]) : html[index + offset]
            if byte != prefix[offset] { return false }
        }
        return true
    }

    private static func find(_ needle: [UInt8], in html: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
        var index = start
        while index + needle.count <= html.count {
            if starts(html, at: index, with: needle, ignoringCase: ignoringCase) { return index }
            index += 1
        }
        return nil
    }
}
