import FTAPContent
import FTAPCore
import Suggestions

/// Reads typed values out of one YAML mapping, reporting every problem at the line and column of
/// the offending key or value. Unknown keys are reported as soon as the reader is made.
package struct MappingReader {
    let node: YAMLNode
    let sink: DiagnosticCollector
    /// The dotted path of this mapping for messages, e.g. `porteur` or `jalons[2]`; empty at the top.
    let path: String
    /// Where a missing key is reported: the mapping itself.
    let position: SourcePosition
    private let entries: [String: (key: YAMLNode, value: YAMLNode)]

    /// - Parameter allowedKeys: every key the schema knows; any other key is an error.
    init(node: YAMLNode, allowedKeys: [String], path: String, sink: DiagnosticCollector, fallback: SourcePosition) {
        self.node = node
        self.sink = sink
        self.path = path
        self.position = sink.shift(node.mark)
        var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for (key, value) in node.mapping ?? [] {
            guard let name = key.scalar?.string else {
                sink.error(DiagnosticCode.wrongType, "une clé doit être un simple mot, comme « titre »", at: sink.shift(key.mark))
                continue
            }
            entries[name] = (key, value)
            guard !allowedKeys.contains(name), !sink.isFull else { continue }
            let place = path.isEmpty ? "" : " dans « \(path) »"
            var message = "clé inconnue « \(name) »\(place)"
            if let suggestion = KeySuggestion.closest(to: name, among: allowedKeys) {
                message += " ; vouliez-vous dire « \(suggestion) » ?"
            } else {
                message += " ; clés possibles : \(allowedKeys.joined(separator: ", "))"
            }
            sink.error(DiagnosticCode.unknownKey, message, at: sink.shift(key.mark))
        }
        self.entries = entries
    }

    /// The full name of a key for messages, e.g. `porteur.nom`.
    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The place of a key as messages say it: « date du 1er jalon » (see `PlaceName`).
    func spoken(_ key: String) -> String { PlaceName.spoken(qualified(key)) }

    /// The value node of a key, or nil (with an error when it is required and missing or empty).
    func value(_ key: String, required: Bool) -> YAMLNode? {
        guard let entry = entries[key] else {
            if required {
                sink.error(DiagnosticCode.missingKey, "clé obligatoire « \(spoken(key)) » manquante", at: position)
            }
            return nil
        }
        if case let .scalar(scalar) = entry.value, scalar.style == .plain, Self.isNull(scalar.string) {
            if required {
                sink.error(DiagnosticCode.emptyValue, "la clé « \(spoken(key)) » n'a pas de valeur", at: sink.shift(entry.key.mark))
            }
            return nil
        }
        if keepsPlace(of: key) { sink.places[qualified(key)] = place(of: entry.value) }
        return entry.value
    }

    /// YAML's plain empty values: nothing, `~` and `null` as YAML writes it.
    static func isNull(_ text: String) -> Bool {
        text.utf8.count <= 4 && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// Whether the place of `key`'s value (or of each of its items) is kept for the rules over
    /// several files (`CrossReferenceRules.placedKeys`).
    func keepsPlace(of key: String) -> Bool {
        CrossReferenceRules.placedKeyEnds.contains(key) && CrossReferenceRules.placedKeys.contains(qualified(key))
    }

    /// The place of a value node in the file.
    func place(of node: YAMLNode) -> SourcePosition? { sink.shift(node.mark) }

    /// The mark of a key itself, for messages about a whole entry.
    func keyPlace(_ key: String) -> SourcePosition? { entries[key].map { sink.shift($0.key.mark) } }
}

extension DiagnosticCollector {
    /// Turns a YAML mark (1-based in the YAML text) into a file position.
    func shift(_ mark: YAMLMark) -> SourcePosition {
        SourcePosition(line: mark.line + lineOffset, column: mark.column)
    }
}
