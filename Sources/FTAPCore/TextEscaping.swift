/// Escaping for the three languages the site is written in, in one place.

/// Minimal JSON writing with a fixed key order, so open data and reports are byte-stable.
package enum JSONText {
    /// A JSON string literal; non-ASCII characters are kept as UTF-8, but for the control
    /// characters (DEL and C1 too), written `\u00XX`: the literal is then also a YAML
    /// double-quoted scalar that libyaml reads back (`YAMLScalarText`).
    package static func quote(_ text: String) -> String {
        guard needsEscape(text) else { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `text` holds a character `quote` escapes; most texts do not, which one pass over
    /// their bytes tells (U+2028 and U+2029 are E2 80 A8 and E2 80 A9, C1 controls C2 80 to C2 9F).
    private static func needsEscape(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if (0x80...0x9F).contains(byte), previous.1 == 0xC2 { return true }
            if byte == 0xA8 || byte == 0xA9, previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}

/// XML and HTML text escaping for feeds, the sitemap, charts and the preview's pages (valid in
/// text and in quoted attribute values).
package enum XMLText {
    package static func escape(_ text: String) -> String {
        // Most texts hold no special character, which one pass over their bytes tells.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids are dropped rather than producing an invalid feed.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
