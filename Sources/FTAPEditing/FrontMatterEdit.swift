import FTAPContent
import FTAPValidation

/// A content file with its front matter set to the values of a form, changed in place: a key
/// whose value did not change keeps its lines as the author wrote them (quotes, comments,
/// spacing), so a file saved without change is the same bytes; a changed key's lines are written
/// again (`FrontMatterLines`), a new key goes after the key that precedes it in the schema (in
/// the place of its commented-out line when the file has one, as `ftap new` writes them), a
/// key the form no longer has is removed, and the body is kept unless a new one is given.
package struct FrontMatterEdit: Sendable {
    /// The new text of the file.
    package var text: String
    /// The comments of the keys whose lines were written again, which are lost: the atelier says
    /// so before saving.
    package var lostComments: [LostComment]

    /// The comments of one key that its new lines do not hold.
    package struct LostComment: Sendable, Equatable {
        package var key: String
        /// Each comment from its `#`.
        package var comments: [String]
    }

    /// Why a file cannot be edited in place: its header does not read (the form shows the
    /// diagnostics of `ftap check` instead).
    package struct Unreadable: Error, Sendable {
        package var reason: String

        package init(reason: String) {
            self.reason = reason
        }
    }

    /// The top-level keys of a file's front matter with their values, as a form starts with them.
    package static func entries(of text: String) throws(Unreadable) -> [FrontMatterEntry] {
        guard let file = FrontMatterFile(text) else { throw Unreadable(reason: "le fichier ne commence pas par un en-tête entre deux lignes « --- »") }
        let (node, diagnostics) = YAMLFrontMatterParser.parse(file.yaml, firstLine: 2, file: "")
        guard let node, case let .group(entries) = FrontMatterValue(node) else {
            throw Unreadable(reason: diagnostics.first?.message ?? "l'en-tête n'est pas une suite de lignes « clé: valeur »")
        }
        return entries
    }

    /// Edits `text` (a content file, LF line ends) to hold exactly `values` at the top of its
    /// front matter, in the order of `schema` for new keys; `body`, when given, replaces the text
    /// after the front matter.
    package init(_ text: String, values: [FrontMatterEntry], schema: KindSchema, body: String? = nil) throws(Unreadable) {
        let file = FrontMatterFile(text)
        guard let file else { throw Unreadable(reason: "le fichier ne commence pas par un en-tête entre deux lignes « --- »") }
        let (node, diagnostics) = YAMLFrontMatterParser.parse(file.yaml, firstLine: 2, file: "")
        guard let pairs = node?.mapping, diagnostics.isEmpty else {
            throw Unreadable(reason: diagnostics.first?.message ?? "l'en-tête n'est pas une suite de lignes « clé: valeur »")
        }
        // Each key on a line of its own at the margin, as the guide writes them; a header written
        // between braces or shifted to the right is left to the author's editor.
        let marks = pairs.map(\.key.mark)
        guard marks.allSatisfy({ $0.column == 1 }), zip(marks, marks.dropFirst()).allSatisfy({ $0.line < $1.line }) else {
            throw Unreadable(reason: "l'atelier modifie un en-tête écrit clé par clé, chacune au début de sa ligne ; celui-ci est écrit autrement : modifiez-le dans votre éditeur")
        }
        let blocks = FrontMatterBlocks(lines: file.yamlLines, keyLines: marks.map { $0.line - 1 })
        let given = Dictionary(values.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let present = Set(pairs.compactMap { $0.key.scalar?.string })
        // A new key takes the place of its commented-out line when the file has one; the others
        // go after the key before them in the schema.
        let added = values.filter { !present.contains($0.key) }
        var placed: [Int: FrontMatterEntry] = [:], replaced = Set<Int>()
        let gaps = blocks.ranges.flatMap(\.gap)
        for entry in added {
            guard let lines = blocks.placeholder(of: entry.key, in: gaps.filter { !replaced.contains($0) }), let first = lines.first else { continue }
            placed[first] = entry
            replaced.formUnion(lines)
        }
        let placedKeys = Set(placed.values.map(\.key))
        let inserted = Self.insertions(of: added.filter { !placedKeys.contains($0.key) }, after: present.union(placedKeys), schema: schema)

        var yaml = blocks.leading.map { file.yamlLines[$0] }
        var lost: [LostComment] = []
        func emit(_ entries: [FrontMatterEntry]) {
            for entry in entries { yaml += FrontMatterLines.lines(entry, field: schema.field(at: entry.key)) }
        }
        emit(inserted[nil] ?? [])
        for (index, pair) in pairs.enumerated() {
            let key = pair.key.scalar?.string ?? ""
            let range = blocks.ranges[index]
            if let value = given[key] {
                if value == FrontMatterValue(pair.value) {
                    yaml += range.block.map { file.yamlLines[$0] }
                } else {
                    let comments = blocks.comments(in: range)
                    if !comments.isEmpty { lost.append(LostComment(key: key, comments: comments)) }
                    emit([FrontMatterEntry(key, value)])
                }
            }
            emit(inserted[key] ?? [])
            for line in range.gap {
                if let entry = placed[line] {
                    emit([entry] + (inserted[entry.key] ?? []))
                } else if !replaced.contains(line) {
                    yaml.append(file.yamlLines[line])
                }
            }
        }
        let body = body.map { "---\n" + $0 } ?? file.rest
        self.text = (["---"] + yaml).joined(separator: "\n") + "\n" + body
        self.lostComments = lost
    }

    /// The text after a file's front matter (after its closing `---` line); nil without one.
    package static func body(of text: String) -> String? {
        guard let rest = FrontMatterFile(text)?.rest, let end = rest.firstIndex(of: "\n") else { return nil }
        return String(rest[rest.index(after: end)...])
    }

    /// The new keys by the key of the file they follow (nil: before the first), each after the
    /// nearest key that precedes it in the schema and is in the file, in the schema's order;
    /// keys the schema does not know go after the last key of the file.
    static func insertions(of entries: [FrontMatterEntry], after present: Set<String>, schema: KindSchema) -> [String?: [FrontMatterEntry]] {
        let order = schema.keys
        var result: [String?: [FrontMatterEntry]] = [:]
        let sorted = entries.sorted { (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count) }
        for entry in sorted {
            let anchor: String?
            if let position = order.firstIndex(of: entry.key) {
                anchor = order[..<position].last { present.contains($0) }
            } else {
                anchor = order.last { present.contains($0) } ?? present.sorted().last
            }
            result[anchor, default: []].append(entry)
        }
        return result
    }
}
