import Foundation

/// Turns the bytes of a content file into text, or says precisely why it is not text.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case empty
        case binary
        case invalidUTF8(SourcePosition)
    }

    /// Decodes UTF-8, dropping a leading byte order mark and turning CRLF line ends into LF.
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if bytes.contains(0) { return .failure(.binary) }
        // The standard library's check is one fast pass; the place of a fault is found only then.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.invalidUTF8(firstInvalidUTF8(in: bytes) ?? SourcePosition(line: 1, column: 1)))
        }
        return .success(bytes.contains(0x0D) ? normaliseLineEnds(text) : text)
    }

    /// The text as `decode` gives it, with any byte that breaks UTF-8 shown as « � », for
    /// showing a line of a file, even one with a bad byte, at the line numbers diagnostics use.
    static func shownText(_ bytes: [UInt8]) -> String {
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : ArraySlice(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(0x0D) ? normaliseLineEnds(text) : text
    }

    private static func normaliseLineEnds(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The line and column (in characters) of the first byte that breaks UTF-8, if any.
    static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> SourcePosition? {
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return SourcePosition(line: line, column: column)
            }
            guard i + length <= bytes.endIndex else { return SourcePosition(line: line, column: column) }
            for k in 1..<length {
                let c = bytes[i + k]
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                if k == 1 {
                    if b == 0xE0 { low = 0xA0 } else if b == 0xED { high = 0x9F }
                    else if b == 0xF0 { low = 0x90 } else if b == 0xF4 { high = 0x8F }
                }
                guard (low...high).contains(c) else { return SourcePosition(line: line, column: column) }
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return nil
    }
}
