import Yams

/// `valeur-exemple`: a file that the public will see must not keep a text `ftap new` wrote as an
/// example (« Intitulé du projet », « Prénom Nom »). A draft may: it is not published.
enum ExampleValueRule {
    /// Reports every example text left in the front matter and the body of a file that is not a draft.
    static func check(_ reader: MappingReader, body: MarkdownBody, isDraft: Bool, canBeDraft: Bool) {
        guard !isDraft else { return }
        func advice(_ pronoun: String) -> String {
            "remplacez-\(pronoun) par le vrai texte" + (canBeDraft ? ", ou gardez « brouillon: true » tant que le fichier n'est pas prêt" : "")
        }
        walk(reader.node, name: "", reader: reader, advice: advice("le"))
        for (index, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingWhitespace()
            guard ScaffoldExample.bodies.contains(text) else { continue }
            reader.sink.error(DiagnosticCode.exampleValue, "le texte contient encore la phrase d'exemple « \(text) » : \(advice("la"))",
                              at: SourcePosition(line: body.firstLine + index, column: 1))
        }
    }

    private static func walk(_ node: Node, name: String, reader: MappingReader, advice: String) {
        if let mapping = node.mapping {
            for (key, value) in mapping {
                let key = key.scalar?.string ?? "?"
                walk(value, name: name.isEmpty ? key : "\(name).\(key)", reader: reader, advice: advice)
            }
        } else if let sequence = node.sequence {
            for (index, item) in sequence.enumerated() {
                walk(item, name: "\(name)[\(index + 1)]", reader: reader, advice: advice)
            }
        } else if let text = node.scalar?.string.trimmingWhitespace(), ScaffoldExample.values.contains(text) {
            reader.sink.error(DiagnosticCode.exampleValue, "« \(name) » a encore le texte d'exemple « \(text) » : \(advice)",
                              at: reader.place(of: node))
        }
    }
}
