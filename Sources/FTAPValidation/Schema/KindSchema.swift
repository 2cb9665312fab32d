/// The keys of one kind of content (or of `site.yml`), in the order files and the guide give
/// them, and the guide's table of them.
package struct KindSchema: Sendable {
    /// The name of the guide's table, after `<!-- clés : ` (`projets`, `site`, `medias`).
    package let table: String
    package let fields: [FieldDescription]
    /// Whether the guide's table has a row for each top-level key (the media table lists only
    /// their sub-keys, each kind's table saying what the top-level key is for).
    package let rowsForParents: Bool
    /// Keys of which a file gives at least one (`appel` or `periode`); a file with none of them
    /// is told the first is missing.
    package let alternatives: [[String]]

    package init(table: String, fields: [FieldDescription], rowsForParents: Bool = true, alternatives: [[String]] = []) {
        self.table = table
        self.fields = fields
        self.rowsForParents = rowsForParents
        self.alternatives = alternatives
    }

    /// The top-level keys, in order.
    package var keys: [String] { fields.map(\.key) }

    /// The sub-keys of the key at `path` (`porteur`, `enveloppes.revisions`), in order.
    package func subkeys(_ path: String) -> [String] {
        field(at: path)?.children.map(\.key) ?? []
    }

    /// The description of the key at `path`, its parents separated by dots.
    package func field(at path: String) -> FieldDescription? {
        var level = fields, found: FieldDescription?
        for part in path.split(separator: ".") {
            found = level.first { $0.key == part }
            level = found?.children ?? []
        }
        return found
    }

    /// The guide's Markdown table: one row per key, the listed sub-keys after their parent as
    /// `parent.key`.
    package var guideTable: String {
        var lines = ["| clé | sens | valeurs possibles |", "|---|---|---|"]
        func add(_ fields: [FieldDescription], prefix: String) {
            for field in fields {
                if !prefix.isEmpty || rowsForParents {
                    lines.append("| `\(prefix)\(field.key)` | \(field.meaning) | \(field.values) |")
                }
                if field.listsChildren { add(field.children, prefix: "\(prefix)\(field.key).") }
            }
        }
        add(fields, prefix: "")
        return lines.joined(separator: "\n")
    }
}
