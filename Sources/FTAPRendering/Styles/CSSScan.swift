/// Byte-level reading of CSS text (slices, read at their own indices) that respects strings (with their escapes), comments,
/// parentheses and brackets: the pieces `CSSRule` and `StylesheetSubset` are made of.
enum CSSScan {
    /// The index after the spaces and comments that start at `index`.
    static func skipSpaceAndComments(_ css: ArraySlice<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index
        while index < end {
            if isSpace(css[index]) {
                index += 1
            } else if css[index] == 0x2F, index + 1 < end, css[index + 1] == 0x2A {
                index = commentEnd(css, from: index, to: end)
            } else {
                break
            }
        }
        return index
    }

    /// The first index from `index` whose byte, outside strings and comments, satisfies `stop`,
    /// given the depth of parentheses and brackets there; `end` if none.
    static func find(_ css: ArraySlice<UInt8>, from index: Int, to end: Int, stop: (UInt8, Int) -> Bool) -> Int {
        var index = index, depth = 0
        while index < end {
            let byte = css[index]
            if stop(byte, depth) { return index }
            switch byte {
            case 0x22, 0x27: index = stringEnd(css, from: index, to: end); continue
            case 0x2F where index + 1 < end && css[index + 1] == 0x2A: index = commentEnd(css, from: index, to: end); continue
            case 0x28, 0x5B: depth += 1
            case 0x29, 0x5D: depth = max(0, depth - 1)
            default: break
            }
            index += 1
        }
        return end
    }

    /// The index of the `}` that closes the `{` at `open`; `end` when the text ends first.
    static func matchingBrace(_ css: ArraySlice<UInt8>, after open: Int, to end: Int) -> Int {
        var index = open + 1, depth = 1
        while index < end {
            switch css[index] {
            case 0x22, 0x27: index = stringEnd(css, from: index, to: end); continue
            case 0x2F where index + 1 < end && css[index + 1] == 0x2A: index = commentEnd(css, from: index, to: end); continue
            case 0x7B: depth += 1
            case 0x7D:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return end
    }

    /// `text` cut at each `separator` that is outside strings, comments, parentheses and brackets.
    static func split(_ text: ArraySlice<UInt8>, on separator: UInt8) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = [], start = text.startIndex
        while true {
            let index = find(text, from: start, to: text.endIndex) { byte, depth in depth == 0 && byte == separator }
            pieces.append(text[start..<index])
            guard index < text.endIndex else { return pieces }
            start = index + 1
        }
    }

    /// `text` without the spaces at its ends.
    static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return [] }
        return text[first...last]
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }

    /// Whether a byte can be part of a CSS name (ASCII letters, digits, `-`, `_`, and any byte
    /// of a non-ASCII character).
    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x5F || byte >= 0x80
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    /// The index after the string that starts at `index` (its quote), escapes included.
    private static func stringEnd(_ css: ArraySlice<UInt8>, from index: Int, to end: Int) -> Int {
        let quote = css[index]
        var index = index + 1
        while index < end {
            if css[index] == 0x5C { index += 2; continue }
            if css[index] == quote { return index + 1 }
            index += 1
        }
        return end
    }

    /// The index after the comment that starts at `index` (its `/*`).
    private static func commentEnd(_ css: ArraySlice<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index + 2
        while index + 1 < end {
            if css[index] == 0x2A && css[index + 1] == 0x2F { return index + 2 }
            index += 1
        }
        return end
    }
}
