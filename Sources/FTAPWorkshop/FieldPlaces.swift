import FTAPContent
import FTAPCore

/// Where each key of a front matter is written, so that a diagnostic of `ftap check` is shown
/// beside the field of the key at its line (`porteur.type`, `jalons.1.date`; an item of a list of
/// texts belongs to the list's field).
package struct FieldPlaces: Sendable {
    /// File lines and input names, in the file's order.
    private var places: [(line: Int, name: String)] = []

    /// The places of a front matter's root mapping, whose first line is the file's `firstLine`.
    package init(_ root: YAMLNode, firstLine: Int) {
        visit(root, prefix: "", offset: firstLine - 1)
        places.sort { $0.line < $1.line }
    }

    /// The keys of a mapping, named after `prefix` (empty, or a parent's name and a dot).
    private mutating func visit(_ node: YAMLNode, prefix: String, offset: Int) {
        for pair in node.mapping ?? [] {
            let name = prefix + (pair.key.scalar?.string ?? "")
            places.append((pair.key.mark.line + offset, name))
            if pair.value.mapping != nil {
                visit(pair.value, prefix: name + ".", offset: offset)
            }
            for (index, item) in (pair.value.sequence ?? []).enumerated() where item.mapping != nil {
                visit(item, prefix: "\(name).\(index).", offset: offset)
            }
        }
    }

    /// The input of the key written at or before `line`; nil before the first key.
    package func name(atLine line: Int) -> String? {
        places.last { $0.line <= line }?.name
    }

    /// The messages of `diagnostics` of `file`, whose text is `text`, by the input they concern;
    /// all among the others when its header does not read.
    package static func sort(_ diagnostics: [Diagnostic], file: String, text: String) -> (byField: [String: [String]], others: [String]) {
        guard let split = try? FrontMatterSplitter.split(text, file: file).get(),
              let root = YAMLFrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: file).node else {
            return ([:], diagnostics.filter { $0.file == file }.map(\.message))
        }
        return FieldPlaces(root, firstLine: split.yamlFirstLine).sort(diagnostics, file: file)
    }

    /// The messages of `diagnostics` of `file`, by the input they concern, and the others.
    package func sort(_ diagnostics: [Diagnostic], file: String) -> (byField: [String: [String]], others: [String]) {
        var byField: [String: [String]] = [:], others: [String] = []
        for diagnostic in diagnostics where diagnostic.file == file {
            if let line = diagnostic.position?.line, let name = name(atLine: line) {
                byField[name, default: []].append(diagnostic.message)
            } else {
                others.append(diagnostic.message)
            }
        }
        return (byField, others)
    }
}
