@testable import FTAPCore
@testable import FTAPKit
@testable import FTAPRendering
import Testing

@Suite struct FrenchFormatTests {
    let nnbsp = "\u{202F}", nbsp = "\u{00A0}"

    @Test func fullAmountsUseNarrowNoBreakSpaces() {
        #expect(FrenchFormat.euros(4_525_850) == "4\(nnbsp)525\(nnbsp)850\(nbsp)€")
        #expect(FrenchFormat.euros(600) == "600\(nbsp)€")
    }

    @Test func compactAmountsUseMillionsWithDecimalComma() {
        #expect(FrenchFormat.compactEuros(351_000_000) == "351\(nbsp)M€")
        #expect(FrenchFormat.compactEuros(24_300_000) == "24,3\(nbsp)M€")
        #expect(FrenchFormat.compactEuros(1_250_000) == "1,25\(nbsp)M€")
        #expect(FrenchFormat.compactEuros(600_000) == "600\(nnbsp)000\(nbsp)€")
        #expect(FrenchFormat.compactEuros(1_100_000_000) == "1,1\(nbsp)Md€")
    }

    @Test func amountsInWordsAgreeInNumber() {
        #expect(FrenchFormat.eurosInWords(24_300_000) == "24,3 millions d'euros")
        #expect(FrenchFormat.eurosInWords(1_500_000) == "1,5 million d'euros")
        #expect(FrenchFormat.eurosInWords(764_000_000) == "764 millions d'euros")
    }

    @Test func fileSizesAreWrittenAsTheStateSitesDo() {
        #expect(FrenchFormat.fileSize(1) == "1 octet")
        #expect(FrenchFormat.fileSize(850) == "850 octets")
        #expect(FrenchFormat.fileSize(13_178) == "13,18\(nbsp)ko")
        #expect(FrenchFormat.fileSize(999_999) == "1\(nbsp)Mo")
        #expect(FrenchFormat.fileSize(1_250_000) == "1,25\(nbsp)Mo")
    }

    @Test func datesAreWrittenInFrench() {
        #expect(FrenchFormat.date(ContentDate(year: 2019, month: 11, day: 19)!) == "19 novembre 2019")
        #expect(FrenchFormat.date(ContentDate(year: 2018, month: 2, day: 1)!) == "1er février 2018")
    }

    @Test func yearsAreNeverGrouped() {
        #expect(FrenchFormat.count(2019, "projet", "projets") == "2\(nnbsp)019 projets")
        #expect(String(2019) == "2019")
    }

    @Test func sourceDateEpochGivesTheBuildDate() throws {
        let date = try BuildOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "1574121600"], now: 0)
        #expect(date.iso == "2019-11-19")
        #expect(ContentDate(secondsSince1970: 951_782_400).iso == "2000-02-29")
    }

    @Test func rfc822DatesHaveTheRightWeekday() {
        #expect(RFC822.format(ContentDate(year: 2019, month: 11, day: 19)!) == "Tue, 19 Nov 2019 00:00:00 +0000")
        #expect(RFC822.format(ContentDate(year: 2024, month: 2, day: 29)!) == "Thu, 29 Feb 2024 00:00:00 +0000")
    }
}
