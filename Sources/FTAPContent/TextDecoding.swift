import Foundation
import FTAPCore

/// Turns the bytes of a content file into text, or says precisely why it is not text.
package enum TextDecoding {
    package enum Failure: Error, Equatable {
        case empty
        case binary
        /// UTF-16 (Windows Notepad's « Unicode »): a byte order mark FF FE or FE FF, or every
        /// other byte zero.
        case utf16
        /// A Rich Text Format document (WordPad, TextEdit), which starts with « {\rtf ».
        case richText
        case invalidUTF8(SourcePosition)
        /// A control character (C0 but tab and line ends, DEL, C1) or a noncharacter (U+FFFE…):
        /// no page, feed or data file may hold one, and none is ever typed on purpose.
        case forbiddenCharacter(SourcePosition, Unicode.Scalar)
    }

    /// Decodes UTF-8, dropping a leading byte order mark and turning CRLF line ends into LF.
    package static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) { return .failure(.utf16) }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .failure(.richText) }
        if bytes.contains(0) { return .failure(.binary) }
        // The standard library's check is one fast pass; the place of a fault is found only then.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.invalidUTF8(firstInvalidUTF8(in: bytes) ?? SourcePosition(line: 1, column: 1)))
        }
        let normalised = bytes.contains(0x0D) ? normaliseLineEnds(text) : text
        if let (position, scalar) = firstForbiddenCharacter(in: normalised) { return .failure(.forbiddenCharacter(position, scalar)) }
        return .success(normalised)
    }

    /// Text in UTF-16 without its byte order mark: in its first bytes, one byte in two is zero
    /// (the other half of each Latin letter), the other never.
    private static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = Array(bytes.prefix(64))
        guard start.count >= 8 else { return false }
        let even = stride(from: 0, to: start.count - 1, by: 2).map { start[$0] }
        let odd = stride(from: 1, to: start.count, by: 2).map { start[$0] }
        func mostlyZero(_ half: [UInt8]) -> Bool { half.count(where: { $0 == 0 }) * 4 >= half.count * 3 }
        func noZero(_ half: [UInt8]) -> Bool { !half.contains(0) }
        return (mostlyZero(even) && noZero(odd)) || (mostlyZero(odd) && noZero(even))
    }

    /// « U+000B (saut de ligne manuel de Word) ».
    package static func name(of scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        let known: [UInt32: String] = [0x0B: "saut de ligne manuel de Word", 0x0C: "saut de page", 0x1B: "caractère d'échappement",
                                      0x00: "caractère nul", 0x7F: "caractère d'effacement"]
        if let words = known[scalar.value] { return "\(padded) (\(words))" }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "\(padded) (caractère de contrôle)" }
        return "\(padded) (non-caractère Unicode)"
    }

    /// True for a scalar no text of the site may hold: C0 controls but tab and line feed, DEL,
    /// C1 controls, and Unicode's noncharacters (U+FDD0–U+FDEF and the last two of every plane),
    /// which XML and HTML forbid.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A }
        if value < 0x7F { return false }
        return value <= 0x9F || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// The first forbidden scalar and its place (columns in scalars); read on the bytes first,
    /// since almost every text holds none: only a byte that may start one is looked at closely.
    package static func firstForbiddenCharacter(in text: String) -> (SourcePosition, Unicode.Scalar)? {
        let suspect = text.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF || $0 >= 0xF0 }
        guard suspect else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (SourcePosition(line: line, column: column), scalar) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
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
