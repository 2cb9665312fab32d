import FTAPContent
import FTAPCore
import Foundation
import FTAPEditing
import FTAPValidation

/// What a form needs beyond its values: the diagnostics by input name, and the items a reference
/// is chosen among (the project sheets, by file name and title).
package struct FormContext: Sendable {
    package var errors: [String: [String]] = [:]
    package var references: [ContentKind: [FieldChoice]] = [:]

    package init(errors: [String: [String]] = [:], references: [ContentKind: [FieldChoice]] = [:]) {
        self.errors = errors
        self.references = references
    }

    /// The items of a kind, and the values already written that name none of them (kept, so that
    /// saving does not drop a reference `ftap check` reports).
    func items(of kind: ContentKind, keeping written: [String]) -> [FieldChoice] {
        let known = references[kind] ?? []
        let unknown = written.filter { value in !value.isEmpty && !known.contains { $0.value == value } }
        return known + unknown.map { FieldChoice(value: $0, label: "fichier inconnu") }
    }

    func items(of kind: ContentKind, keeping written: String) -> [FieldChoice] {
        items(of: kind, keeping: [written])
    }
}

/// One key of a form: its input (or fieldset) in the DSFR's markup, drawn from its description
/// and its value in the file, with the diagnostics of `ftap check` that concern it beside it.
struct FormField {
    let field: FieldDescription
    /// The input's name, the key's path (`porteur.nom`, `jalons.0.date`).
    let name: String
    let value: FrontMatterValue?
    let context: FormContext

    /// The id of an input: `champ-` and its name, dots as dashes.
    static func id(_ name: String) -> String {
        "champ-" + name.replacingOccurrences(of: ".", with: "-").replacingOccurrences(of: "_", with: "-")
    }

    /// The meaning without « (obligatoire) » and backquotes, cut where its first clause ends: the
    /// label says the first part, the hint the rest. A box says what ticking it means: the
    /// meaning of `true` (« `true` : la page n'est pas publiée » → « la page n'est pas publiée »).
    private var meaningParts: (head: String, rest: String) {
        var meaning = field.meaning.replacingOccurrences(of: "(obligatoire)", with: "").replacingOccurrences(of: "`", with: "")
        if case .flag = field.form, let match = meaning.prefixMatch(of: #/true( :)? /#) { meaning = String(meaning[match.range.upperBound...]) }
        guard let end = meaning.firstRange(of: /\s?(;|\(|, avec|, chacune| : )/)?.lowerBound else { return (meaning, "") }
        return (String(meaning[..<end]), String(meaning[end...]))
    }

    /// What the label says: the meaning's first words, capitalised, and « (obligatoire) ».
    var label: String {
        let words = meaningParts.head.trimmingCharacters(in: .whitespaces)
        let readable = words.first.map { $0.uppercased() + words.dropFirst() } ?? field.key
        return readable + (field.isRequired ? " (obligatoire)" : "")
    }

    /// The hint under the label: the key as the guide names it, the rest of its meaning, its values.
    var hint: String {
        let rest = meaningParts.rest.trimmingCharacters(in: CharacterSet(charactersIn: " ;,:"))
        let said = rest.isEmpty ? "" : " " + (rest.first.map { $0.uppercased() + rest.dropFirst() } ?? "") + "."
        return "Clé « \(field.key) ».\(said) Valeurs : \(field.values.replacingOccurrences(of: "`", with: ""))."
    }

    var text: String {
        if case let .text(text)? = value { text } else { "" }
    }

    var html: String {
        switch field.form {
        case .obsolete: ""
        case let .group(children, _): fieldset(children.map { Self.element(FormField(field: $0, name: "\(name).\($0.key)", value: child($0.key, of: value), context: context).html) }.joined())
        case let .repeated(children, _): repeated(children)
        case let .choice(choices): input(select(choices))
        case let .choices(choices): checkboxes(choices.map { ($0.value, "\($0.label) (\($0.value))") })
        case .flag: toggle()
        case let .reference(kind): input(select(context.items(of: kind, keeping: text)))
        case let .references(kind): checkboxes(context.items(of: kind, keeping: items).map { ($0.value, "\($0.label) (\($0.value))") })
        case .texts: input(textarea(items.joined(separator: "\n"), rows: 3))
        case .longText: input(textarea(text, rows: 8))
        case .date: input(textInput(type: "date"))
        case .euros: input(textInput(type: "text", inputMode: "numeric").replacingOccurrences(of: "<input ", with: "<input data-montant ") + amountReading)
        case .year, .integer: input(textInput(type: "text", inputMode: "numeric"))
        case .address: input(textInput(type: "url"))
        case .mediaFile:
            input(textInput(type: "text")) + (MediaUpload.of(path: name).map(upload) ?? "")
        case let .text(maxLength?) where maxLength >= 200: input(textarea(text, rows: 3))
        default: input(textInput(type: "text"))
        }
    }

    private var id: String { Self.id(name) }
    private var messages: [String] { context.errors[name] ?? [] }
    private var describedBy: String { "\(id)-aide" + (messages.isEmpty ? "" : " \(id)-erreur") }

    private var items: [String] {
        guard case let .list(items)? = value else { return [] }
        return items.compactMap { if case let .text(text) = $0 { text } else { nil } }
    }

    /// The label, the hint, the control and the errors, in a DSFR input group.
    private func input(_ control: String) -> String {
        let error = messages.isEmpty ? "" : " fr-input-group--error"
        return "<div class=\"fr-input-group\(error)\"><label class=\"fr-label\" for=\"\(id)\">\(XMLText.escape(label))"
            + "<span class=\"fr-hint-text\" id=\"\(id)-aide\">\(XMLText.escape(hint))</span></label>\(control)\(errorText)</div>"
    }

    private var errorText: String {
        messages.isEmpty ? "" : "<p class=\"fr-error-text\" id=\"\(id)-erreur\">\(messages.map { XMLText.escape(FormPage.sentence($0)) }.joined(separator: "<br>"))</p>"
    }

    private func textInput(type: String, inputMode: String? = nil) -> String {
        let mode = inputMode.map { " inputmode=\"\($0)\"" } ?? ""
        let invalid = messages.isEmpty ? "" : " aria-invalid=\"true\""
        return "<input class=\"fr-input\" type=\"\(type)\"\(mode) id=\"\(id)\" name=\"\(XMLText.escape(name))\" value=\"\(XMLText.escape(text))\" aria-describedby=\"\(describedBy)\"\(invalid)>"
    }

    private func textarea(_ content: String, rows: Int) -> String {
        "<textarea class=\"fr-input\" id=\"\(id)\" name=\"\(XMLText.escape(name))\" rows=\"\(rows)\" aria-describedby=\"\(describedBy)\">\n\(XMLText.escape(content))</textarea>"
    }

    private func select(_ choices: [FieldChoice]) -> String {
        // A value the list does not have stays chosen, so that saving keeps it (`ftap check` names it).
        let choices = choices.contains { $0.value == text } || text.isEmpty ? choices : choices + [FieldChoice(value: text, label: "valeur inconnue")]
        let options = ["<option value=\"\"\(text.isEmpty ? " selected" : "")>— Choisir —</option>"] + choices.map { choice in
            "<option value=\"\(XMLText.escape(choice.value))\"\(choice.value == text ? " selected" : "")>\(XMLText.escape(choice.label)) (\(XMLText.escape(choice.value)))</option>"
        }
        return "<select class=\"fr-select\" id=\"\(id)\" name=\"\(XMLText.escape(name))\" aria-describedby=\"\(describedBy)\">\(options.joined())</select>"
    }

    /// A file input beside a media path: a file of the author's computer, written into `media/`
    /// when the form is saved (`ContentFileStore.saveMedia`), whose address then fills the path.
    private func upload(_ upload: MediaUpload) -> String {
        let inputName = MediaUpload.inputName(of: name)
        let id = Self.id(inputName)
        return "<div class=\"fr-upload-group\"><label class=\"fr-label\" for=\"\(id)\">Ou déposer un fichier de votre ordinateur"
            + "<span class=\"fr-hint-text\">\(XMLText.escape(upload.hint))</span></label>"
            + "<input class=\"fr-upload\" type=\"file\" id=\"\(id)\" name=\"\(XMLText.escape(inputName))\" accept=\"\(upload.accept)\"></div>"
    }

    /// The amount as the site reads it, under the input (« 24 300 000 € »); the atelier's script
    /// writes it again as the author types.
    private var amountReading: String {
        let reading = Int(text.filter { $0 != "_" }).map { "Lu : " + FrenchFormat.euros($0) } ?? ""
        return "<p class=\"fr-hint-text\" id=\"\(id)-lu\">\(XMLText.escape(reading))</p>"
    }

    /// A yes-or-no key as the DSFR's switch (« brouillon », « décorative »).
    private func toggle() -> String {
        let checked = text == "true" ? " checked" : ""
        return "<div class=\"fr-fieldset__element\"><div class=\"fr-toggle\"><input type=\"checkbox\" class=\"fr-toggle__input\" id=\"\(id)\" name=\"\(XMLText.escape(name))\" value=\"true\"\(checked) aria-describedby=\"\(id)-aide\">"
            + "<label class=\"fr-toggle__label\" for=\"\(id)\" data-fr-checked-label=\"Oui\" data-fr-unchecked-label=\"Non\">\(XMLText.escape(label))</label>"
            + "<p class=\"fr-hint-text\" id=\"\(id)-aide\">\(XMLText.escape(hint))</p></div>\(errorText)</div>"
    }

    private func checkboxes(_ options: [(value: String, label: String)]) -> String {
        let boxes = options.enumerated().map { index, option in
            let box = "\(id)-\(index)"
            return "<div class=\"fr-fieldset__element\"><div class=\"fr-checkbox-group\"><input type=\"checkbox\" id=\"\(box)\" name=\"\(XMLText.escape(name))\" value=\"\(XMLText.escape(option.value))\"\(items.contains(option.value) ? " checked" : "")>"
                + "<label class=\"fr-label\" for=\"\(box)\">\(XMLText.escape(option.label))</label></div></div>"
        }
        return fieldset(boxes.joined())
    }

    /// A fieldset whose legend is the label, with the hint and the errors.
    private func fieldset(_ inside: String) -> String {
        let error = messages.isEmpty ? "" : " fr-fieldset--error"
        return "<fieldset class=\"fr-fieldset\(error)\" id=\"\(id)\" aria-labelledby=\"\(id)-legende \(id)-aide\"><legend class=\"fr-fieldset__legend\" id=\"\(id)-legende\">\(XMLText.escape(label))"
            + "<span class=\"fr-hint-text\" id=\"\(id)-aide\">\(XMLText.escape(hint))</span></legend>\(inside)\(errorText)</fieldset>"
    }

    /// Each item of a list as its own fieldset, then an empty one to add an item (left empty, it
    /// adds nothing).
    private func repeated(_ children: [FieldDescription]) -> String {
        guard case let .list(items)? = value else { return fieldset(Self.element(item(children, index: 0, value: nil, isNew: true))) }
        let existing = items.enumerated().map { item(children, index: $0, value: $1, isNew: false) }
        return fieldset((existing + [item(children, index: items.count, value: nil, isNew: true)]).map(Self.element).joined())
    }

    private func item(_ children: [FieldDescription], index: Int, value: FrontMatterValue?, isNew: Bool) -> String {
        let prefix = "\(name).\(index)"
        let legend = isNew ? "Ajouter un élément (laissez vide pour ne rien ajouter)" : "Élément \(index + 1)"
        let inside = children.map { Self.element(FormField(field: $0, name: "\(prefix).\($0.key)", value: child($0.key, of: value), context: context).html) }.joined()
        return "<fieldset class=\"fr-fieldset\" id=\"\(Self.id(prefix))\" aria-labelledby=\"\(Self.id(prefix))-legende\"><legend class=\"fr-fieldset__legend fr-text--regular\" id=\"\(Self.id(prefix))-legende\">\(legend)</legend>\(inside)</fieldset>"
    }

    /// A control inside a fieldset, in the DSFR's element (which undoes the fieldset's margins).
    private static func element(_ html: String) -> String {
        html.isEmpty || html.hasPrefix("<div class=\"fr-fieldset__element\">") ? html : "<div class=\"fr-fieldset__element\">\(html)</div>"
    }

    private func child(_ key: String, of value: FrontMatterValue?) -> FrontMatterValue? {
        guard case let .group(entries)? = value else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
