/// Byte-level reading of the HTML the site's templates and cmark write: where a tag ends (quotes
/// respected), whether a text starts at an index, where a text is next found. Shared by the
/// passes that rework a rendered page (`HTMLIndentation`, `TableCellLabels`); neither parses
/// HTML in general, only markup this program wrote.
enum HTMLScan {
    /// The index after the `>` that ends the tag at `start` (a `<`), quotes respected; the count
    /// when the tag never ends.
    static func endOfTag(_ html: [UInt8], at start: Int) -> Int {
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

    /// Whether `html` holds `prefix` at `index`, ASCII letters compared in lower case when asked.
    static func starts(_ html: [UInt8], at index: Int, with prefix: [UInt8], ignoringCase: Bool = false) -> Bool {
        guard index >= 0, index + prefix.count <= html.count else { return false }
        for offset in prefix.indices {
            let byte = ignoringCase ? CSSScan.lowercased(html[index + offset]) : html[index + offset]
            if byte != prefix[offset] { return false }
        }
        return true
    }

    /// The first index at or after `start` where `needle` is, or nil.
    static func find(_ needle: [UInt8], in html: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
        var index = max(start, 0)
        while index + needle.count <= html.count {
            if starts(html, at: index, with: needle, ignoringCase: ignoringCase) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `html` holds the element name `name` at `index`, whole (`<pre>` is not `<prelude>`).
    static func startsName(_ html: [UInt8], at index: Int, _ name: [UInt8]) -> Bool {
        starts(html, at: index, with: name, ignoringCase: true)
            && (index + name.count >= html.count || !CSSScan.isNameByte(html[index + name.count]))
    }

    /// The value of the attribute `name` in a tag (quoted by `"`, as the site's markup writes
    /// them), or nil.
    static func attribute(_ name: String, in markup: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let tag = Array(markup), key = Array(" \(name)=\"".utf8)
        guard let start = find(key, in: tag, from: 0, ignoringCase: true) else { return nil }
        let valueStart = start + key.count
        guard let valueEnd = tag[valueStart...].firstIndex(of: 0x22) else { return nil }
        return tag[valueStart..<valueEnd]
    }

    /// A tag with `name="value"` added before its `>` (`value` ready for an attribute).
    static func withAttribute(_ name: String, _ value: [UInt8], _ markup: ArraySlice<UInt8>) -> [UInt8] {
        var tag = Array(markup)
        guard tag.last == 0x3E else { return tag }
        tag.removeLast()
        return tag + Array(" \(name)=\"".utf8) + value + Array("\">".utf8)
    }
}
