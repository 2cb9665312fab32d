import Testing
@testable @_spi(Fuzzing) import FTAPKit
@testable import FrenchTypesetting

/// Properties of the typography that hold for any text: typeset twice, a text does not change;
/// in a page (HTML, ordinals in `<sup>`) it reads as on a line (plain); a letter with a combining
/// accent is a letter. Each case here once broke one of them.
@Suite struct TypographyPropertiesTests {
    static let cases = ["r 1oPr<\u{035A}W;", "\" !", "\"x\" \" !\"", "a \" !", "2e;", "2e !", "1er ?", "XXIe :", "2e\u{0300}me", "2\u{00E8}me",
                        "« x » \" !\"", "l'été", "\"a \"b\" c\"", "1 er", "4 525,85 €", "« 2e »", "\"2e\"", "14:30", "https://a.fr/x?y=1!",
                        "\"\"\" \"5\n\n\",a» \"\n\n\"a", "« \"a » b\" \"c\"", "\"a « b\" c » \"d\"", "« \"a »"]

    /// The HTML of the pages, tags removed and references decoded: what a reader sees.
    static func seen(_ html: String) -> String { FuzzingEntryPoints.seenText(html) }

    @Test(arguments: cases)
    func typesettingTwiceChangesNothing(_ text: String) {
        let once = FrenchTypography.typeset(text)
        #expect(FrenchTypography.typeset(once) == once, "\(text.debugDescription) → \(once.debugDescription)")
        let html = FrenchTypography.html(text)
        #expect(FrenchTypography.html(Self.seen(html)) == html, "\(text.debugDescription) → \(html.debugDescription)")
    }

    @Test(arguments: cases)
    func aPageReadsAsTheLine(_ text: String) {
        #expect(Self.seen(FrenchTypography.html(text)) == FrenchTypography.typeset(text), "\(text.debugDescription)")
    }

    @Test func anOrdinalFollowedByACombiningAccentIsNoOrdinal() {
        #expect(FrenchTypography.html("2e\u{0300}me") == "2e\u{0300}me")
        #expect(FrenchTypography.html("2e étage") == "2<sup>e</sup> étage")
    }
}
