import FTAPValidation

/// The lines of one key and its value, as the guide writes them: texts and addresses between
/// double quotes, numbers, dates, words of a list and file names plain when YAML allows it
/// (`YAMLScalarText`), a text of several lines as a `|` block, a group's keys and a
/// list's items indented by two spaces, an empty list as `[]`.
package enum FrontMatterLines {
    /// `key: value`, at `indent` spaces; `field` (its description, when the schema has the key)
    /// says whether the value is a number, a date or a word of a list, written plain.
    package static func lines(_ entry: FrontMatterEntry, field: FieldDescription?, indent: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        switch entry.value {
        case let .text(text) where text.contains("\n"):
            return ["\(margin)\(entry.key): \(blockHeader(text))"] + block(text, indent: indent + 2)
        case let .text(text):
            return ["\(margin)\(entry.key): \(scalar(text, field: field))"]
        case let .list(items) where items.isEmpty:
            return ["\(margin)\(entry.key): []"]
        case let .list(items):
            return ["\(margin)\(entry.key):"] + items.flatMap { item(item: $0, field: field, indent: indent + 2) }
        case let .group(entries):
            return ["\(margin)\(entry.key):"] + entries.flatMap { lines($0, field: child(field, $0.key), indent: indent + 2) }
        }
    }

    /// A whole file: its front matter with `values` in their order, then `body`.
    package static func file(_ values: [FrontMatterEntry], schema: KindSchema, body: String) -> String {
        (["---"] + values.flatMap { lines($0, field: schema.field(at: $0.key)) } + ["---"]).joined(separator: "\n") + "\n" + body
    }

    /// One item of a list: `- value`, or a group's keys after `- ` and aligned under the first.
    static func item(item: FrontMatterValue, field: FieldDescription?, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        switch item {
        case let .group(entries) where !entries.isEmpty:
            let inner = entries.flatMap { lines($0, field: child(field, $0.key), indent: indent + 2) }
            return inner.enumerated().map { index, line in index == 0 ? margin + "- " + line.dropFirst(indent + 2) : line }
        case let .text(text):
            return ["\(margin)- \(scalar(text, field: field))"]
        case .group:
            return ["\(margin)- {}"]
        case let .list(items):
            // A list in a list: no key of the contract holds one; written on one line.
            return ["\(margin)- [" + items.map(flow).joined(separator: ", ") + "]"]
        }
    }

    /// A value on one line, inside `[…]`.
    static func flow(_ value: FrontMatterValue) -> String {
        switch value {
        case let .text(text): YAMLScalarText.isPlain(text, typed: false) && !text.contains(where: { ",[]{}".contains($0) }) ? text : YAMLScalarText.quoted(text)
        case let .list(items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case let .group(entries): "{" + entries.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// `|` and its indicators: the indentation when the first line starts with a space, and how
    /// the ending line breaks are kept (`-`: none, nothing: one, `+`: all).
    static func blockHeader(_ text: String) -> String {
        let indentation = text.first == " " ? "2" : ""
        let chomping = text.hasSuffix("\n\n") ? "+" : text.hasSuffix("\n") ? "" : "-"
        return "|" + indentation + chomping
    }

    /// The lines of a `|` block, each at `indent` spaces (empty lines left empty).
    static func block(_ text: String, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : margin + $0 }
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// A value on its line: a text or an address between double quotes, as the guide writes them
    /// (a text never turns into something else when an author edits it, « : » or « # » typed);
    /// a number, a date, a word of a list, a file name plain when YAML reads it back the same.
    static func scalar(_ text: String, field: FieldDescription?) -> String {
        guard let field else { return YAMLScalarText.inline(text) }
        switch field.form {
        case .text, .longText, .address, .texts: return YAMLScalarText.quoted(text)
        default: return YAMLScalarText.inline(text, typed: isTyped(field))
        }
    }

    /// The description of a sub-key.
    static func child(_ field: FieldDescription?, _ key: String) -> FieldDescription? {
        field?.children.first { $0.key == key }
    }

    /// Whether the key holds a number, a date, a flag or a word of a closed list.
    static func isTyped(_ field: FieldDescription) -> Bool {
        switch field.form {
        case .euros, .integer, .year, .date, .partialDate, .flag, .choice, .choices: true
        default: false
        }
    }
}
