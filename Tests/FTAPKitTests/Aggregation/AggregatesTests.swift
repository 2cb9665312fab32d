import Foundation
@testable import FTAPAggregation
@testable import FTAPContent
@testable import FTAPModel
@testable import FTAPRendering
import Testing

@Suite struct AggregatesTests {
    /// A folder with several years and types, drafts, a scheduled sheet, another programme and
    /// one entity spelled three ways; figures are checked against counts written by hand.
    static func site() throws -> PublishedSite {
        func p(_ slug: String, _ year: String, _ carrier: String, _ type: String, _ amount: String, _ extra: String = "") -> ContentFile {
            TestContent.file(.project, slug, TestContent.project(extra, title: slug, amount: amount, carrier: carrier, type: type, year: year))
        }
        let files = [
            p("a", "2018", "Direction générale des douanes", "administration-centrale", "10000000"),
            p("b", "2018", "DIRECTION GENERALE DES DOUANES", "administration-centrale", "5000000"),
            p("c", "2019", "direction  générale des  douanes", "administration-centrale", "1000000"),
            p("d", "2019", "Université de Test", "universite", "2000000"),
            p("e", "2019", "Agence X", "operateur", "3000000"),
            p("f", "2019", "Préfecture Y", "service-deconcentre", "4000000"),
            p("brouillon", "2019", "Agence Z", "operateur", "7000000", "brouillon: true"),
            p("futur", "2019", "Agence W", "operateur", "8000000", "date_publication: 2026-12-01"),
            p("dcb", "2019", "Agence X", "operateur", "900000", "programme: defis-carte-blanche"),
        ]
        let content = try #require(TestContent.validate(files).content)
        return PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
    }

    @Test func fundTotalsLeaveOutDraftsScheduledAndOtherProgrammes() throws {
        let a = Aggregates(site: try Self.site())
        #expect(a.total.projects == 6)
        #expect(a.total.amount == 25_000_000)
        #expect(a.total.entities == 4)
        #expect(a.otherProgrammes.map(\.programme) == [.defisCarteBlanche])
        #expect(a.otherProgrammes[0].figures.amount == 900_000)
    }

    @Test func yearAndTypeBreakdownsMatchIndependentCounts() throws {
        let a = Aggregates(site: try Self.site())
        #expect(a.byYear.map { [$0.year, $0.figures.projects, $0.figures.amount, $0.figures.entities] } ==
                [[2018, 2, 15_000_000, 1], [2019, 4, 10_000_000, 4]])
        #expect(a.byType.map(\.type) == [.administrationCentrale, .serviceDeconcentre, .operateur, .universite])
        #expect(a.byType.map(\.figures.amount) == [16_000_000, 4_000_000, 3_000_000, 2_000_000])
        #expect(a.byYearAndType.count == 5)
        #expect(a.byYear.map(\.figures.amount).reduce(0, +) == a.total.amount)
        #expect(a.byType.map(\.figures.projects).reduce(0, +) == a.total.projects)
    }

    @Test func sentenceCountsUniversitiesAmongOperators() throws {
        let a = Aggregates(site: try Self.site())
        #expect(FundSentence.entities(a.total) ==
                "1 administration centrale, 1 préfecture ou direction départementale et 2 opérateurs de l'État, dont 1 université")
    }

    @Test func jsonHasTheDesignShape() throws {
        let a = Aggregates(site: try Self.site())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.json(buildDate: TestContent.buildDate).utf8)) as? [String: Any])
        #expect(json["programme"] as? String == "ftap")
        let total = try #require(json["total"] as? [String: Any])
        #expect(countsOnly(total) == ["projets": 6, "montant": 25_000_000, "entites": 4, "projets_sans_montant": 0,
                                                          "projets_avec_versements": 0])
        #expect(total["verse"] is NSNull, "no sheet lists a payment: not reported, never 0")
        #expect((json["par_annee_et_type"] as? [[String: Any]])?.count == 5)
    }

    /// Issue 23, point 5: a group whose sheets publish no amount has an unknown amount, not 0.
    @Test func aGroupWithoutAnyAmountHasNoneInTheJSON() throws {
        let noAmount = TestContent.project(year: "2021").replacingOccurrences(of: "montant: 1000000\n", with: "")
        let content = try #require(TestContent.validate([TestContent.file(.project, "sans", noAmount),
                                                         TestContent.file(.project, "avec", TestContent.project(year: "2019"))]).content)
        let a = Aggregates(site: PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.json(buildDate: TestContent.buildDate).utf8)) as? [String: Any])
        let years = try #require(json["par_annee"] as? [[String: Any]])
        let year2021 = try #require(years.first { $0["annee"] as? Int == 2021 })
        #expect(year2021["montant"] is NSNull && year2021["projets_sans_montant"] as? Int == 1, "\(year2021)")
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["montant"] as? Int == 1_000_000 && total["projets_sans_montant"] as? Int == 1)
    }

    @Test func draftsArePublishedWithTheDraftsOption() throws {
        let content = try #require(TestContent.validate([TestContent.file(.project, "x", TestContent.project("brouillon: true"))]).content)
        #expect(PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: true).projects.count == 1)
        #expect(PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false).projects.isEmpty)
    }
}
