/// The tables cmark writes for an author's Markdown, in the markup of the DSFR's table component
/// (the frame that holds a wide table, column headings with their scope, alignment by the DSFR's
/// cell classes instead of the `align` attribute HTML no longer allows), so that they look and
/// behave as the site's own tables, on a phone too (`TableCellLabels`).
/// Only cmark's markup is rewritten: in safe mode an author's own `<table>` never reaches the
/// HTML (it is dropped or escaped), so these exact strings can only be cmark's.
enum MarkdownTables {
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

    /// `html` (cmark's rendering of one text) with its tables in the DSFR's markup.
    static func framed(_ html: String) -> String {
        replacements.reduce(html) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }
}
