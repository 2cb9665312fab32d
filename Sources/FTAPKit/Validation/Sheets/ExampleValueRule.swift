
/// `valeur-exemple`: a file that the public will see must not keep a text `ftap new` wrote as an
/// example (« Intitulé du projet », « Prénom Nom »). A draft may: it is not published.
enum ExampleValueRule {
    /// Reports every example text left in the front matter and the body of a file that is not a draft.
    static func check(_ reader: MappingReader, body: MarkdownBody, isDraft: Bool, canBeDraft: Bool) {
        guard !isDraft else { return }
        func advice(_ pronoun: String) -> String {
            "remplacez-\(pronoun) par le vrai texte" + (canBeDraft ? ", ou gardez « brouillon: true » tant que le fichier n'est pas prêt" : "")
        }
        var path: [PathPart] = []
        walk(reader.node, path: &path, reader: reader, advice: advice("le"))
        // Lines cut on the byte "\n" (a line end is always a character boundary): cutting the
        // text into characters first cost more than the rest of a sheet's checks.
        for (index, line) in body.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(line)
            guard let text = example(line, among: ScaffoldExample.bodies, lengths: bodyLengths) else { continue }
            reader.sink.error(DiagnosticCode.exampleValue, "le texte contient encore la phrase d'exemple « \(text) » : \(advice("la"))",
                              at: SourcePosition(line: body.firstLine + index, column: 1))
        }
    }

    /// A step of the way to a value, spelt only when a value is reported (`sources[1].titre`).
    private enum PathPart {
        case key(String)
        case item(Int)
    }

    private static func walk(_ node: YAMLNode, path: inout [PathPart], reader: MappingReader, advice: String) {
        if let mapping = node.mapping {
            for (key, value) in mapping {
                path.append(.key(key.scalar?.string ?? "?"))
                walk(value, path: &path, reader: reader, advice: advice)
                path.removeLast()
            }
        } else if let sequence = node.sequence {
            for (index, item) in sequence.enumerated() {
                path.append(.item(index + 1))
                walk(item, path: &path, reader: reader, advice: advice)
                path.removeLast()
            }
        } else if let scalar = node.scalar, let text = example(Substring(scalar.string), among: ScaffoldExample.values, lengths: valueLengths) {
            let name = path.reduce(into: "") { name, part in
                switch part {
                case let .key(key): name += name.isEmpty ? key : ".\(key)"
                case let .item(number): name += "[\(number)]"
                }
            }
            reader.sink.error(DiagnosticCode.exampleValue, "« \(name) » a encore le texte d'exemple « \(text) » : \(advice)",
                              at: reader.place(of: node))
        }
    }

    private static let valueLengths = lengths(of: ScaffoldExample.values)
    private static let bodyLengths = lengths(of: ScaffoldExample.bodies)

    private static func lengths(of texts: Set<String>) -> ClosedRange<Int> {
        (texts.map(\.utf8.count).min() ?? 0)...(texts.map(\.utf8.count).max() ?? 0)
    }

    /// The example text `text` is, spaces around it aside; most texts are ruled out by their
    /// length alone, without building a trimmed copy (this runs on every value and body line).
    private static func example(_ text: Substring, among examples: Set<String>, lengths: ClosedRange<Int>) -> String? {
        let count = text.utf8.count
        guard count >= lengths.lowerBound else { return nil }
        let padded = text.unicodeScalars.first?.isFoundationWhitespace == true || text.unicodeScalars.last?.isFoundationWhitespace == true
        guard padded || count <= lengths.upperBound else { return nil }
        let trimmed = padded ? text.trimmingWhitespace() : String(text)
        return examples.contains(trimmed) ? trimmed : nil
    }
}
