/// HTML source (a template's text): the typesetter follows where it is, as a browser reads the
/// page, so that only text is typeset: tags with their attribute values, comments, character
/// references and the content of `<script>`, `<style>` and of the elements whose text is written
/// as typed (`<pre>`, `<code>`, `<kbd>`, `<samp>`, `<textarea>`) are copied as they are. Templates are
/// read once per build, so this part is written for clarity, not speed.
extension FrenchTypesetter {
    /// At `<` in text: a tag, an end tag, a comment or a doctype starts, or the `<` is text.
    mutating func openMarkup(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        func byte(_ offset: Int) -> UInt8 {
            index + offset < input.count ? input[index + offset] : 0
        }
        let closing = byte(1) == 0x2F
        // In <title> everything is text until the element's end tag.
        if case let .textOnly(element) = place, element != "option",
           !(closing && Self.name(in: input, at: index + 2) == element) {
            output.append(0x3C)
            return index + 1
        }
        if byte(1) == 0x21 {
            let isComment = byte(2) == 0x2D && byte(3) == 0x2D
            place = isComment ? .comment : .tag(quote: 0)
            placeAfterTag = .text
            let end = index + (isComment ? 4 : 2)
            Self.copy(input, index, end, into: &output)
            return end
        }
        guard let name = Self.name(in: input, at: index + (closing ? 2 : 1)) else {
            output.append(0x3C)
            return index + 1
        }
        switch (closing, name) {
        case (true, _): placeAfterTag = .text
        case (false, "script"), (false, "style"), (false, "pre"), (false, "code"), (false, "kbd"), (false, "samp"), (false, "textarea"):
            placeAfterTag = .rawText(name)
        case (false, "title"), (false, "option"): placeAfterTag = .textOnly(name)
        case (false, _): placeAfterTag = .text
        }
        place = .tag(quote: 0)
        let end = index + (closing ? 2 : 1) + name.utf8.count
        Self.copy(input, index, end, into: &output)
        return end
    }

    /// Copies markup from `index` until text starts again (or the piece ends).
    mutating func copyMarkup(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        var end = index
        switch place {
        case var .tag(quote):
            while end < input.count {
                let byte = input[end]
                end += 1
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3E {
                    place = placeAfterTag
                    break
                }
            }
            if case .tag = place { place = .tag(quote: quote) }
        case let .rawText(element):
            let closing = Array("</\(element)".utf8)
            while end < input.count, !Self.startsWith(input, end, closing) { end += 1 }
            if end < input.count { place = .text }
        case .comment:
            let closing = Array("-->".utf8)
            while end < input.count, !Self.startsWith(input, end, closing) { end += 1 }
            if end < input.count {
                end += closing.count
                place = .text
            }
        case .text, .textOnly:
            break
        }
        Self.copy(input, index, end, into: &output)
        return end
    }

    /// A character reference (`&nbsp;`, `&#39;`) is copied whole; a lone `&` is text.
    mutating func copyReference(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        var end = index + 1
        while end < input.count, end - index <= 32, Self.isNameByte(input[end]) || input[end] == 0x23 { end += 1 }
        guard end > index + 1, end < input.count, input[end] == 0x3B else {
            output.append(0x26)
            return index + 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: input[(index + 1)..<end]), as: UTF8.self).lowercased()
        Self.copy(input, index, end + 1, into: &output)
        entityEnd = output.count
        entityIsSpace = ["nbsp", "#160", "#xa0", "#8239", "#x202f"].contains(name)
        return end + 1
    }

    /// The lowercased name of a tag at `index` (a letter, then letters, digits and hyphens).
    private static func name(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
        guard index < input.count, input[index] | 0x20 >= 0x61, input[index] | 0x20 <= 0x7A else { return nil }
        var end = index
        while end < input.count, isNameByte(input[end]) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: input[index..<end]), as: UTF8.self).lowercased()
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == 0x2D || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether `bytes` are at `index`, ASCII letters compared without case.
    private static func startsWith(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ bytes: [UInt8]) -> Bool {
        guard index + bytes.count <= input.count else { return false }
        for (offset, byte) in bytes.enumerated() where input[index + offset] | 0x20 != byte | 0x20 { return false }
        return true
    }
}
