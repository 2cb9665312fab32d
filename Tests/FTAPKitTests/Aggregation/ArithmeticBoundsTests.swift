import Foundation
@testable import FTAPCore
@testable import FTAPRendering
import Testing

/// No amount the content may give, and no number of sheets, can overflow a sum, a share or a
/// chart: the largest amount allowed is 10 Md€, and shares and bars are computed on 128 bits.
@Suite(.serialized) struct ArithmeticBoundsTests {
    @Test func formattingNeverOverflows() {
        #expect(FrenchFormat.percent(Int.max, of: 1).hasSuffix("%"))
        #expect(FrenchFormat.percent(Int.max / 3, of: Int.max) == "33,33\u{00A0}%")
        #expect(FrenchFormat.compactEuros(Int.max).hasSuffix("Md€"))
        #expect(AmountWords.share(Int.max, .exact, of: 7, .exact) != nil)
        #expect(Charts.bars(id: "g", title: "T", rows: [("a", Int.max, "max"), ("b", 1, "un")]).contains("width=\"260\""))
        #expect(Charts.progressBar(part: Int.max, whole: 3, label: "L").contains("width=\"100\""))
    }

    @Test func anAmountAboveTenBillionEurosIsRefusedAtItsLine() {
        let d = TestContent.diagnostics(project: TestContent.project(amount: "10_000_000_001"))
        #expect(d.codesAndLines == ["montant-invalide@8"])
        #expect(d.first?.message.contains("10 milliards d'euros") == true)
        let payments = (1...3).map { "  - date: 2020-01-0\($0)\n    montant: 5_000_000_000" }.joined(separator: "\n")
        let paid = TestContent.diagnostics(project: TestContent.project("versements:\n" + payments).replacingOccurrences(of: "montant: 1000000\n", with: ""))
        #expect(paid.map(\.code.rawValue) == ["versements-superieurs"])
        #expect(paid.first?.message.contains("10 milliards d'euros") == true)
    }

    /// Hundreds of sheets at the largest amount in one envelope's years, with a figure and its
    /// shares: the build ends with status 0 (it once trapped, status 132, while `check` passed).
    @Test func theLargestAmountsInEveryNumberBuildWithoutATrap() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteWithEnvelopes)
        for i in 0..<400 {
            try folder.write("content/projets/p\(i).md", TestContent.project(
                "versements:\n  - date: 2020-01-01\n    montant: 10_000_000_000", title: "Projet \(i)", amount: "10_000_000_000",
                carrier: "Direction \(i)", year: "2019"))
        }
        try folder.write("content/chiffres-officiels/f.md", TestContent.officialFigure("appel: 2019", projects: 400, amount: 1))
        for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(slug).md", "---\ntitre: \"\(slug)\"\n---\nTexte.\n")
        }
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let keyFigures = String(decoding: folder.files(under: "public")["chiffres-cles/index.html"] ?? Data(), as: UTF8.self)
        #expect(keyFigures.contains("4\u{00A0}000\u{00A0}Md€") || keyFigures.contains("4\u{202F}000\u{00A0}Md€"), "the sum is shown, not wrapped around")
    }
}
