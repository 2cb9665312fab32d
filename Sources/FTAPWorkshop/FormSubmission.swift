import FTAPEditing
import FTAPValidation

/// A form of the atelier, sent back, read into the values of a front matter (`FrontMatterEdit`
/// writes them), by the schema of its kind: each input is named by its key's path (`porteur.nom`,
/// `jalons.0.date`), so a key added to the schema is read with no code of its own.
package struct FormSubmission: Sendable {
    /// The inputs as the browser sent them, in order (a name may come several times: a list of
    /// choices).
    package var fields: [(name: String, value: String)]

    package init(fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    /// The values of every key the form holds, in the schema's order, then the keys of the file
    /// the schema does not know, as they were (`original`): a form never drops what it does not
    /// show. A key left empty is not written, unless the file had it (a list becomes `[]`, a flag
    /// `false`) or the schema requires it (an empty text, which `ftap check` names).
    package func values(schema: KindSchema, original: [FrontMatterEntry]) -> [FrontMatterEntry] {
        let known = Set(schema.keys)
        let given = entries(schema.fields, prefix: "", original: original)
        return given + original.filter { !known.contains($0.key) }
    }

    private func entries(_ fields: [FieldDescription], prefix: String, original: [FrontMatterEntry]) -> [FrontMatterEntry] {
        fields.compactMap { field in
            let name = prefix + field.key
            let had = original.first { $0.key == field.key }?.value
            return value(of: field, name: name, had: had).map { FrontMatterEntry(field.key, $0) }
        }
    }

    /// The value of one key, or nil when it is not to be written.
    private func value(of field: FieldDescription, name: String, had: FrontMatterValue?) -> FrontMatterValue? {
        switch field.form {
        case .obsolete:
            return nil
        case .flag:
            let checked = all(name).contains("true")
            return checked || had != nil ? .text(checked ? "true" : "false") : nil
        case .choices, .references:
            // The items the file had keep their order (the boxes are in the list's), new ones follow.
            let ticked = all(name).filter { !$0.isEmpty }
            let before = (had.flatMap(Self.list) ?? []).compactMap { item -> String? in if case let .text(text) = item { text } else { nil } }
            let chosen = before.filter(ticked.contains) + ticked.filter { !before.contains($0) }
            return chosen.isEmpty && had == nil ? nil : .list(chosen.map(FrontMatterValue.text))
        case .texts:
            let lines = (first(name) ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return lines.isEmpty && had == nil ? nil : .list(lines.map(FrontMatterValue.text))
        case .longText:
            let text = (first(name) ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? empty(field, had) : .text(text.hasSuffix("\n") ? text : text + "\n")
        case let .group(children, _):
            // A group the file did not have and the form left blank is not written.
            guard had != nil || !isBlank(under: name) else { return nil }
            let inner = entries(children, prefix: name + ".", original: had.flatMap(Self.group) ?? [])
            return inner.isEmpty ? nil : .group(inner)
        case let .repeated(children, _):
            let originals = had.flatMap(Self.list) ?? []
            // An item left blank (the one the form offers to add) adds nothing.
            let items = indices(under: name).filter { !isBlank(under: "\(name).\($0)") }.compactMap { index -> FrontMatterValue? in
                let before = originals.indices.contains(index) ? Self.group(originals[index]) ?? [] : []
                let inner = entries(children, prefix: "\(name).\(index).", original: before)
                return inner.isEmpty ? nil : .group(inner)
            }
            return items.isEmpty && had == nil ? nil : .list(items)
        default:
            let text = (first(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? empty(field, had) : .text(Self.normalized(text, field.form))
        }
    }

    /// An empty value: written only for a required key, so that `ftap check` names it at its line.
    private func empty(_ field: FieldDescription, _ had: FrontMatterValue?) -> FrontMatterValue? {
        field.isRequired ? .text("") : nil
    }

    /// An amount typed as the site reads it, with its spaces and « € » (« 12 500 000 € »), as the
    /// file writes it (`12500000`); `24_300_000`, as an author writes it, stays.
    static func normalized(_ text: String, _ form: FieldForm) -> String {
        guard case .euros = form, text.contains(where: { $0.isWhitespace || $0 == "€" }) else { return text }
        let digits = text.filter { !$0.isWhitespace && $0 != "€" }
        return digits.allSatisfy(\.isNumber) && !digits.isEmpty ? digits : text
    }

    /// The indices of a list's items present in the form (`jalons.0.date` → 0), in order.
    private func indices(under name: String) -> [Int] {
        let prefix = name + "."
        let found = fields.compactMap { field -> Int? in
            guard field.name.hasPrefix(prefix) else { return nil }
            return Int(field.name.dropFirst(prefix.count).prefix { $0 != "." })
        }
        return Array(Set(found)).sorted()
    }

    /// Whether every input under `name` (`jalons.2`, `image`) was left empty or unchecked.
    private func isBlank(under name: String) -> Bool {
        fields.allSatisfy { !$0.name.hasPrefix(name + ".") || $0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    private func first(_ name: String) -> String? { fields.first { $0.name == name }?.value }
    private func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    private static func group(_ value: FrontMatterValue) -> [FrontMatterEntry]? {
        if case let .group(entries) = value { entries } else { nil }
    }

    private static func list(_ value: FrontMatterValue) -> [FrontMatterValue]? {
        if case let .list(items) = value { items } else { nil }
    }
}
