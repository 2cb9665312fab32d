import FrenchTypesetting

/// French typography in templates, decided once when a template is read: its text under the
/// `HTML_FTAP` pragma is typeset (`FrenchTypography`: tags, attribute values, comments, scripts
/// and styles left as written), and each variable learns where it sits in the page, so that the
/// renderer typesets a value shown as text (with ordinals' endings in `<sup>`), a value in
/// `<title>` or `<option>` without markup, and only escapes a value in an attribute, a script or
/// a style. Values written raw (`{{{x}}}`: Markdown bodies, charts) are the renderer's to leave.
///
/// The template is read in order as a browser reads the page, sections included; a partial is
/// taken to leave the place as it found it, and a block given to a parent template is read as
/// HTML text.
package enum TemplateTypography {
    /// `template` with its text typeset and its variables placed.
    static func typeset(_ template: Template) -> Template {
        var typesetter = FrenchTypesetter(.init(readsHTML: true, superscripts: .tags))
        var french = false
        return typeset(template, &typesetter, &french)
    }

    private static func typeset(_ template: Template, _ typesetter: inout FrenchTypesetter, _ french: inout Bool) -> Template {
        // A pragma lasts until the end of its template (or section), as in the renderer.
        let outerFrench = french
        defer { french = outerFrench }
        var result = Template(nodes: [], text: [], place: template.place)
        result.nodes.reserveCapacity(template.nodes.count)
        for node in template.nodes {
            switch node {
            case let .text(range):
                let start = result.text.count
                typesetter.typesets = french
                template.text.withUnsafeBufferPointer { text in
                    typesetter.typeset(UnsafeBufferPointer(rebasing: text[range]), into: &result.text)
                }
                result.nodes.append(.text(start..<result.text.count))
            case let .variable(name, escaped, _):
                result.nodes.append(.variable(name, escaped: escaped, place: french ? place(of: typesetter) : .asWritten))
                typesetter.interrupt()
            case let .section(name, body, inverted):
                typesetter.interrupt()
                result.nodes.append(.section(name, typeset(body, &typesetter, &french), inverted: inverted))
                typesetter.interrupt()
            case let .partial(name, indentation, overrides):
                typesetter.interrupt()
                let given = overrides?.mapValues { block -> Template in
                    var blockTypesetter = FrenchTypesetter(typesetter.options)
                    var blockFrench = french
                    return typeset(block, &blockTypesetter, &blockFrench)
                }
                result.nodes.append(.partial(name, indentation: indentation, overrides: given))
            case let .block(name, fallback, indentation):
                typesetter.interrupt()
                result.nodes.append(.block(name, default: typeset(fallback, &typesetter, &french), indentation: indentation))
                typesetter.interrupt()
            case let .blockDefinition(name, body):
                typesetter.interrupt()
                result.nodes.append(.blockDefinition(name, typeset(body, &typesetter, &french)))
                typesetter.interrupt()
            case let .escaping(escaping):
                french = escaping == .frenchHTML
                result.nodes.append(node)
            }
        }
        return result
    }

    private static func place(of typesetter: FrenchTypesetter) -> VariablePlace {
        switch typesetter.place {
        case .text: .text
        case .textOnly: .textOnly
        case .tag, .rawText, .comment: .asWritten
        }
    }
}

extension VariablePlace {
    /// Appends a variable's value, escaped, and typeset as its place allows.
    func append(_ value: String, to output: inout [UInt8]) {
        switch self {
        case .text: FrenchTypography.appendHTML(value, superscripts: true, to: &output)
        case .textOnly: FrenchTypography.appendHTML(value, superscripts: false, to: &output)
        case .asWritten: HTMLEscaping.append(value, to: &output)
        }
    }
}
