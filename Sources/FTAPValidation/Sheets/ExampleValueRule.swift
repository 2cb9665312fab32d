import FTAPContent
import FTAPCore


/// `valeur-exemple`: a file that the public will see must not keep a text `ftap new` wrote as an
/// example (« Intitulé du projet », « Prénom Nom »). A draft may: it is not published.
enum ExampleValueRule {
    /// Reports every example text left in the front matter and the body of a file that is not a draft.
    static func check(_ reader: MappingReader, body: MarkdownBody, isDraft: Bool, canBeDraft: Bool) {
        guard !isDraft else { return }
        func advice(_ pronoun: String) -> String {
            "remplacez-\(pronoun) par le vrai texte" + (canBeDraft ? ", ou gardez « brouillon: true » tant que le fichier n'est pas prêt" : "")
        }
        // Paths are spelt only for a file that holds an example text: most hold none.
        if holdsExample(reader.node) {
            var path: [PathPart] = []
            walk(reader.node, path: &path, reader: reader, advice: advice("le"))
        }
        // Lines cut on the byte "\n" (a line end is always a character boundary), and most ruled
        // out by their length in bytes before any text is made: this runs on every line of every body.
        var line = body.firstLine
        var start = body.text.utf8.startIndex
        let utf8 = body.text.utf8
        while start <= utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if let text = example(body.text[start..<end], among: ScaffoldExample.bodies, lengths: bodyLengths) {
                reader.sink.error(DiagnosticCode.exampleValue, "le texte contient encore la phrase d'exemple « \(text) » : \(advice("la"))",
                                  at: SourcePosition(line: line, column: 1))
            }
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
            line += 1
        }
    }

    /// A step of the way to a value, spelt only when a value is reported (`sources[1].titre`).
    private enum PathPart {
        case key(String)
        case item(Int)
    }

    private static func holdsExample(_ node: YAMLNode) -> Bool {
        switch node {
        case let .scalar(scalar): example(Substring(scalar.string), among: ScaffoldExample.values, lengths: valueLengths) != nil
        case let .mapping(pairs, _): pairs.contains { holdsExample($0.value) }
        case let .sequence(items, _): items.contains(where: holdsExample)
        }
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

    private static let valueLengths = Set(ScaffoldExample.values.map(\.utf8.count))
    private static let bodyLengths = Set(ScaffoldExample.bodies.map(\.utf8.count))

    /// The example text `text` is, spaces around it aside; most texts are ruled out by their
    /// length in bytes alone, without a copy or a hash of the text (this runs on every value and
    /// body line).
    private static func example(_ text: Substring, among examples: Set<String>, lengths: Set<Int>) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        // Only a text starting or ending with a space, ASCII or not (a byte of a longer
        // character), can be an example with spaces around it.
        func mayBeSpace(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == 0x20 || (0x09...0x0D).contains(byte) }
        let padded = (mayBeSpace(first) || mayBeSpace(last))
            && (text.unicodeScalars.first?.isFoundationWhitespace == true || text.unicodeScalars.last?.isFoundationWhitespace == true)
        let trimmed = padded ? text.trimmingWhitespace() : nil
        guard lengths.contains(trimmed?.utf8.count ?? utf8.count) else { return nil }
        let candidate = trimmed ?? String(text)
        return examples.contains(candidate) ? candidate : nil
    }
}
