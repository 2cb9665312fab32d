@testable import FTAPRendering
import Testing

/// Every data cell of a table's body and foot carries its column's heading, for the stacked rows a
/// phone shows; a table whose headings are not one simple row is left as it is.
@Suite struct TableCellLabelsTests {
    static func added(_ html: String) -> String {
        String(decoding: TableCellLabels.added(to: Array(html.utf8)), as: UTF8.self)
    }

    @Test func bodyAndFootCellsGetTheirColumnsHeading() {
        let html = """
        <p>a</p><table>
        <caption>Par appel</caption>
        <thead><tr><th scope="col">Appel</th><th scope="col" class="ftap-number">Montant\n  accordé</th><th scope="col">« Part »</th></tr></thead>
        <tbody><tr><th scope="row">2019</th><td class="ftap-number">35 M€</td><td>1 %</td></tr></tbody>
        <tfoot><tr><th scope="row" colspan="2">Total</th><td data-label="déjà">x</td></tr></tfoot>
        </table><p>b</p>
        """
        #expect(Self.added(html) == """
        <p>a</p><table class="ftap-stackable">
        <caption>Par appel</caption>
        <thead><tr><th scope="col">Appel</th><th scope="col" class="ftap-number">Montant\n  accordé</th><th scope="col">« Part »</th></tr></thead>
        <tbody><tr><th scope="row">2019</th><td class="ftap-number" data-label="Montant accordé">35 M€</td><td data-label="« Part »">1 %</td></tr></tbody>
        <tfoot><tr><th scope="row" colspan="2">Total</th><td data-label="déjà">x</td></tr></tfoot>
        </table><p>b</p>
        """)
    }

    @Test func aSortButtonsTextIsNotPartOfTheLabel() {
        let html = #"<table class="x"><thead><tr><th scope="col"><div class="fr-cell--sort">Projet<button type="button">Trier par projet</button></div></th><th colspan="2">A<br>"B"</th></tr></thead><tbody><tr><td>p</td><td>1</td><td>2</td></tr></tbody></table>"#
        #expect(Self.added(html) == #"<table class="ftap-stackable x"><thead><tr><th scope="col"><div class="fr-cell--sort">Projet<button type="button">Trier par projet</button></div></th><th colspan="2">A<br>"B"</th></tr></thead><tbody><tr><td data-label="Projet">p</td><td data-label="A &quot;B&quot;">1</td><td data-label="A &quot;B&quot;">2</td></tr></tbody></table>"#)
    }

    @Test func tablesWithoutOneSimpleHeadingRowAreLeftAsTheyAre() {
        for html in [
            "<table><tbody><tr><td>a</td></tr></tbody></table>",
            "<table><thead><tr><th>a</th></tr><tr><th>b</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
            "<table><thead><tr><th rowspan=\"2\">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
            "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td><table><tr><td>x</td></tr></table></td></tr></tbody></table>",
            "<p>no table</p>", "<tablet>", "<table><thead><tr><th>a",
        ] {
            #expect(Self.added(html) == html)
        }
    }

    @Test func everyTableOfAPageIsLabelled() {
        let one = "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
        let labelled = "<table class=\"ftap-stackable\"><thead><tr><th>A</th></tr></thead><tbody><tr><td data-label=\"A\">1</td></tr></tbody></table>"
        #expect(Self.added(one + "<hr>" + one) == labelled + "<hr>" + labelled)
    }

    @Test func unfinishedMarkupNeverCrashes() {
        for html in ["<table", "<table><thead", "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td", "<table><thead><tr><th colspan=\"99999999999999999999\">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>", "<", "</", "<table><thead></thead></table>"] {
            _ = Self.added(html)
        }
    }
}
