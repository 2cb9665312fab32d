import Testing
@testable import FTAPKit

/// Charts stay legible on a phone: drawn at most `Charts.maximumWidth` wide, their 14-pixel labels
/// are 12 pixels or more once scaled to the 343 pixels of a 375-pixel screen.
@Suite struct ChartsTests {
    @Test func labelsStayAtTwelvePixelsOnAPhone() throws {
        let rows = [("Préfecture ou direction départementale de l'État", 123_456_789, "123,46 M€"), ("2018", 1, "1 €")]
        let svg = Charts.bars(id: "g", title: "T", rows: rows)
        let viewBox = try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) (\d+)"/))
        let width = try #require(Int(viewBox.output.1))
        #expect(width <= Charts.maximumWidth)
        #expect(14.0 * 343.0 / Double(width) >= 12.0)
        #expect(svg.contains(#"font-size"#) == false, "la taille vient de la feuille de style (14 px)")
        #expect(svg.contains("Préfecture ou direction départementale de l…"))
    }
}
