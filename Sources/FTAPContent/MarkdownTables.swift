/// The tables cmark writes for an author's Markdown, in the markup of the DSFR's table component
/// (the frame that holds a wide table, column headings with their scope, alignment by the DSFR's
/// cell classes instead of the `align` attribute HTML no longer allows), so that they look and
/// behave as the site's own tables, on a phone too (`TableCellLabels`).
/// Only cmark's markup is rewritten: in safe mode an author's own `<table>` never reaches the
/// HTML (it is dropped or escaped), so these exact strings can only be cmark's.
package enum MarkdownTables {
    static let frameStart = "<div class=\"fr-table fr-table--multiline\"><div class=\"fr-table__wrapper\"><div class=\"fr-table__container\"><div class=\"fr-table__content\">\n<table>"
    static let frameEnd = "</table>\n</div></div></div></div>"

    /// cmark's alignment attributes and the DSFR's classes that replace them; a heading cell
    /// (only in the heading row of a Markdown table) also gets its scope.
    private static let replacements: [(String, String)] = [
        ("<table>", frameStart),
        ("</table>", frameEnd),
        ("<th>", "<th scope=\"col\">"),
        ("<th align=\"left\">", "<th scope=\"col\">"),
        ("<th align=\"right\">", "<th scope=\"col\" class=\"fr-cell--right\">"),
        ("<th align=\"center\">", "<th scope=\"col\" class=\"fr-cell--center\">"),
        ("<td align=\"left\">", "<td>"),
        ("<td align=\"right\">", "<td class=\"fr-cell--right\">"),
        ("<td align=\"center\">", "<td class=\"fr-cell--center\">"),
    ]

    /// The replacements as bytes, each key starting with `<`.
    private static let byteReplacements: [(key: [UInt8], value: [UInt8])] = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `html` (cmark's rendering of one text) with its tables in the DSFR's markup, in one pass
    /// over its bytes (Foundation's string replacement is slow on Linux, and every body with a
    /// table goes through here).
    static func framed(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 512)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x3C, let match = byteReplacements.first(where: { bytes[index...].starts(with: $0.key) }) {
                output += match.value
                index += match.key.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
