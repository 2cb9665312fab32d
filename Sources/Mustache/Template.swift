import FrenchTypesetting

/// A parsed template: what `TemplateParser` reads from a `.mustache` file, and
/// `CompiledTemplates` compiles for `TemplateRenderer` to write out.
package struct Template: Sendable {
    package var nodes: [TemplateNode]
    /// The UTF-8 of every text node, one after the other: a text node is a range of it.
    package var text: [UInt8] = []
    /// For a block given to a parent, where its `{{$name}}` tag is written.
    package var place: TemplatePlace?
}

/// A place in a template file, both counted from 1, columns in characters.
package struct TemplatePlace: Sendable, Equatable {
    package var line: Int
    package var column: Int
}

/// A name as a template writes it: `.` (the current value) or a dotted path such as `figures.amount`.
package struct TemplateName: Sendable, Equatable {
    /// The path's parts; empty for `.`.
    package let parts: [String]
    /// True when the name starts with a dot (`.x`): looked up in the current value only.
    let fromCurrentOnly: Bool
    /// The name as written, for messages.
    package let written: String
    /// Where the name is written in its template, when it was read from one.
    package let place: TemplatePlace?

    init(_ written: String, place: TemplatePlace? = nil) {
        self.written = written
        self.place = place
        fromCurrentOnly = written.hasPrefix(".") && written != "."
        parts = written.split(separator: ".").map(String.init)
    }

    package static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        lhs.written == rhs.written
    }
}

/// How variables are escaped from there on in a template (`{{% CONTENT_TYPE: … }}`).
package enum TemplateEscaping: Sendable {
    /// `HTML_FTAP`, what ftap's templates write: HTML escaping, and French typography in text
    /// (`FrenchTypography`).
    case frenchHTML
    /// `HTML`: Mustache's HTML escaping, nothing more.
    case html
    case none

    /// The pragma values the templates may give: `HTML_FTAP` (what ftap's templates write),
    /// `HTML` and `TEXT`.
    init?(pragmaValue: String) {
        switch pragmaValue {
        case "HTML_FTAP": self = .frenchHTML
        case "HTML": self = .html
        case "TEXT": self = .none
        default: return nil
        }
    }
}

/// Where a variable sits in an HTML page, as far as French typography goes; set once, when the
/// template is read (`TemplateTypography`).
package enum VariablePlace: Sendable {
    /// In the text of a template under `HTML_FTAP`: typeset, ordinals' endings in `<sup>`.
    case text
    /// In the text of `<title>` or `<option>` under `HTML_FTAP`: typeset, no markup.
    case textOnly
    /// In an attribute value, `<script>`, `<style>`, a comment, or a template without
    /// `HTML_FTAP`: escaped only.
    case asWritten
}

/// One piece of a template. The shapes and the whitespace rules are Mustache's: a section, partial,
/// comment or pragma tag alone on its line takes the whole line with it.
package enum TemplateNode: Sendable {
    /// Text written as it is: a range of the template's `text`.
    case text(Range<Int>)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is), with its place in the
    /// page, which decides its typography (`TemplateTypography`).
    case variable(TemplateName, escaped: Bool, place: VariablePlace = .asWritten)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, Template, inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides. The indentation is the
    /// whitespace before a tag alone on its line, repeated before each line of the partial.
    case partial(String, indentation: String?, overrides: [String: Template]?)
    /// `{{$name}}default{{/name}}` in a parent template: the child's block, or the default.
    case block(String, default: Template, indentation: String)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: a block given to the parent.
    case blockDefinition(String, Template)
    /// `{{% CONTENT_TYPE: … }}`.
    case escaping(TemplateEscaping)
}

extension Template {
    /// Every partial and parent template this one names, at any depth of its sections and blocks.
    package var partialNames: [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case let .section(_, body, _): body.partialNames
            case let .partial(name, _, overrides): [name] + (overrides ?? [:]).values.flatMap(\.partialNames)
            case let .block(_, fallback, _): fallback.partialNames
            case let .blockDefinition(_, body): body.partialNames
            case .text, .variable, .escaping: []
            }
        }
    }
}
