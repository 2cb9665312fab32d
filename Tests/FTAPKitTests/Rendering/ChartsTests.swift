@testable import FTAPRendering
import Testing

/// Charts stay legible on a phone: drawn at most `Charts.maximumWidth` wide, their 14-pixel labels
/// are 12 pixels or more once scaled to the 343 pixels of a 375-pixel screen.
@Suite struct ChartsTests {
    @Test func labelsStayAtTwelvePixelsOnAPhone() throws {
        let rows: [(label: String, value: Int?, valueLabel: String)] = [("Préfecture ou direction départementale de l'État", 123_456_789, "123,46 M€"), ("2018", 1, "1 €")]
        let svg = Charts.bars(id: "g", title: "T", rows: rows)
        let viewBox = try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) (\d+)"/))
        let width = try #require(Int(viewBox.output.1))
        #expect(width <= Charts.maximumWidth)
        #expect(14.0 * 343.0 / Double(width) >= 12.0)
        #expect(svg.contains(#"font-size"#) == false, "la taille vient de la feuille de style (14 px)")
        #expect(svg.contains("Préfecture ou direction départementale de l…"))
    }

    /// The SVG goes into the page as it is, past the templates' typography: its texts are typeset
    /// where the chart is drawn (its identifiers are not).
    @Test func textsAreInFrenchTypography() {
        let svg = Charts.bars(id: "graphique-types", title: "Montant : par type", rows: [("Opérateur de l'État", 5, "5 €"), ("Autre", 3, "3 €")])
        #expect(svg.contains(">Opérateur de l\u{2019}État<"))
        #expect(!svg.contains("l'État") && !svg.contains("l&#39;État") && !svg.contains("l&apos;État"))
        #expect(svg.contains("Opérateur de l\u{2019}État\u{00A0}: 5\u{00A0}€\u{202F}; Autre\u{00A0}: 3\u{00A0}€"), "the description")
        #expect(svg.contains("Montant\u{00A0}: par type"))
        #expect(svg.contains(#"id="graphique-types""#) && svg.contains(#"aria-labelledby="graphique-types-titre graphique-types-desc""#))
        let bar = Charts.progressBar(part: 1, whole: 2, label: "Versé : 1 € sur 2 €")
        #expect(bar.contains("aria-label=\"Versé\u{00A0}: 1\u{00A0}€ sur 2\u{00A0}€\""))
    }

    /// A group whose sheets publish no amount gets no bar and says so, never « 0 € ».
    @Test func aGroupWithoutAnAmountHasNoBar() {
        let svg = Charts.bars(id: "g", title: "T", rows: [("2020", 5_000_000, "5 M€"), ("2021", nil, "montant non publié")])
        #expect(svg.components(separatedBy: "<rect").count == 2, "one bar, for 2020")
        #expect(svg.contains(">montant non publié</text>") && svg.contains("2021\u{00A0}: montant non publié"))
        #expect(!svg.contains("0\u{00A0}€"))
    }
}
