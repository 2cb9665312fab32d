import FTAPCore

/// How a text is written as a YAML scalar on one line: plain when YAML reads it back as the same
/// text and nothing about it could be misread (a number, a date, `true`, a `: ` or ` #` inside),
/// else between double quotes with its escapes.
package enum YAMLScalarText {
    /// Words YAML 1.1 readers take for booleans or null.
    static let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
    /// Characters that start something else than a plain text in YAML.
    static let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]

    /// The text as written after `key: `; `typed`: a number, a date or a word of a closed list,
    /// written plain when YAML allows it.
    package static func inline(_ text: String, typed: Bool = false) -> String {
        isPlain(text, typed: typed) ? text : quoted(text)
    }

    /// Whether `text` can be written plain.
    static func isPlain(_ text: String, typed: Bool) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace,
              !indicators.contains(first), last != ":" else { return false }
        guard !text.contains(": "), !text.contains(" #"), !text.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }) else {
            return false
        }
        if keywords.contains(text.lowercased()) { return typed && (text == "true" || text == "false") }
        // A text that YAML or a reader would take for a number or a date keeps its quotes.
        let looksTyped = text.wholeMatch(of: /[-+]?[0-9][0-9_.:\-]*/) != nil
        return typed || !looksTyped
    }

    /// Between double quotes, escaped as in JSON (a JSON string is a YAML double-quoted scalar).
    static func quoted(_ text: String) -> String {
        JSONText.quote(text)
    }
}
