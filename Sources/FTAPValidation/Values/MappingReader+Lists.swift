import FTAPContent
import FTAPCore
import FTAPModel


/// Readers for lists and nested mappings.
extension MappingReader {
    /// The items of a list, or nil with an error when the value is not a list.
    func list(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let node = value(key, required: required) else { return nil }
        guard let items = node.sequence else {
            sink.error(DiagnosticCode.wrongType,
                       "« \(spoken(key)) » doit être une liste : une ligne « - valeur » par élément, sous la clé",
                       at: place(of: node))
            return nil
        }
        return Array(items)
    }

    func stringList(_ key: String) -> [String] {
        let keepsPlaces = keepsPlace(of: key)
        return (list(key) ?? []).enumerated().compactMap { index, item in
            if keepsPlaces { sink.places["\(qualified(key))[\(index + 1)]"] = place(of: item) }
            guard let text = scalarText(item, key: "\(key)[\(index + 1)]", expected: "un texte") else { return nil }
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty {
                sink.error(DiagnosticCode.emptyValue, "l'élément \(index + 1) de « \(spoken(key)) » est vide", at: place(of: item))
                return nil
            }
            return trimmed
        }
    }

    func choiceList<E: ContentEnum>(_ key: String, as type: E.Type = E.self) -> [E] {
        var seen = Set<E>()
        return (list(key) ?? []).compactMap { item -> E? in
            guard let value: E = enumValue(item, key: key), seen.insert(value).inserted else { return nil }
            return value
        }
    }

    /// A nested mapping such as `porteur`.
    func mapping(_ key: String, required: Bool = false, allowedKeys: [String]) -> MappingReader? {
        guard let node = value(key, required: required) else { return nil }
        guard node.mapping != nil else {
            sink.error(DiagnosticCode.wrongType,
                       "« \(spoken(key)) » doit contenir des sous-clés (\(allowedKeys.joined(separator: ", "))), une par ligne, indentées sous « \(key): »",
                       at: place(of: node))
            return nil
        }
        return MappingReader(node: node, allowedKeys: allowedKeys, path: qualified(key), sink: sink,
                             fallback: keyPlace(key) ?? position)
    }

    /// A list of mappings such as `jalons`; items that are not mappings are reported and skipped.
    func mappingList(_ key: String, allowedKeys: [String]) -> [MappingReader] {
        (list(key) ?? []).enumerated().compactMap { index, item in
            let itemPath = "\(qualified(key))[\(index + 1)]"
            guard item.mapping != nil else {
                sink.error(DiagnosticCode.wrongType,
                           "l'élément \(index + 1) de « \(spoken(key)) » doit contenir les sous-clés \(allowedKeys.joined(separator: ", "))",
                           at: place(of: item))
                return nil
            }
            return MappingReader(node: item, allowedKeys: allowedKeys, path: itemPath, sink: sink,
                                 fallback: place(of: item) ?? position)
        }
    }
}
