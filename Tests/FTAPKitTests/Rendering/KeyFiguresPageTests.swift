@testable import FTAPAggregation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
@testable import Mustache
import Testing

/// What the figure pages say about amounts and payments that no sheet gives: « montant non
/// publié » and « non renseigné », never « 0 € »; each thing said once; source links that say
/// which source they lead to.
@Suite struct KeyFiguresPageTests {
    static func views() throws -> ViewModels {
        let site = PublishedSite(content: try TemplateVocabularyTests.richContent(), buildDate: TestContent.buildDate, includeDrafts: true)
        return ViewModels(site: site, aggregates: Aggregates(site: site), dataFileSizes: [:])
    }

    static func views(_ files: [ContentFile]) throws -> ViewModels {
        let result = TestContent.validate(files, site: TestContent.siteWithEnvelopes)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        let site = PublishedSite(content: try #require(result.content), buildDate: TestContent.buildDate, includeDrafts: false)
        return ViewModels(site: site, aggregates: Aggregates(site: site), dataFileSizes: [:])
    }

    /// The rich content: « complet » (2019, 500 000 € paid), « sans-ministere » and « plancher »
    /// (2018) and « sans-montant » (2021, no amount); no other sheet lists a payment.
    @Test func paidIsNotReportedUnlessASheetListsPayments() throws {
        let context = try #require(try Self.views().page(.keyFigures)).context
        let byYear = try #require(context.values["byYear"]).items
        func row(_ year: String) -> TemplateValue? { byYear.first { $0["label"]?.text == year } }
        #expect(row("2018")?["paid"]?.text == "non renseigné")
        #expect(row("2018")?["paidNote"] == nil)
        #expect(row("2019")?["paid"]?.text == FrenchFormat.compactEuros(500_000))
        let total = try #require(context.values["figures"])
        #expect(total["paid"]?.text == FrenchFormat.compactEuros(500_000))
        #expect(total["paidNote"]?.text == "d'après 1 fiche sur 4", "the fund's sheets: complet, sans-ministere, plancher, sans-montant")
    }

    @Test func groupsWithoutAnyAmountSayMontantNonPublie() throws {
        let context = try #require(try Self.views().page(.keyFigures)).context
        let matrix = try #require(context.values["matrix"]).items
        let year2021 = try #require(matrix.first { $0["year"]?.text == "2021" })
        let cells = (year2021["cells"]?.items ?? []).filter { $0["projects"] != nil }
        #expect(cells.compactMap { $0["amount"]?.text } == ["montant non publié"])
        let chart = try #require(context.values["yearChart"]?.text)
        #expect(chart.contains("2021\u{00A0}: montant non publié"))
        #expect(!chart.contains("0\u{00A0}€"))
    }

    /// Two sessions of one year are compared with the same sheets: the call page says what they
    /// detail once, after both figures.
    @Test func aYearsSessionsShareOneCoverageSentence() throws {
        let context = try #require(try Self.views().page(.callYear(2019))).context
        let figures = try #require(context.values["officialFigures"]).items
        #expect(figures.count == 2)
        #expect(figures.allSatisfy { $0["coverage"] == nil && $0["sessionsNote"] == nil })
        let once = try #require(context.values["yearCoverage"]?.text)
        #expect(once.hasPrefix("Détaillés sur ce site : ") && once.contains("2 sessions de 2019"))
    }

    /// A title that already names its calls is not followed by them again; links to different
    /// sources never read the same.
    @Test func officialRowsSayTheirPerimeterOnceAndNameTheirSources() throws {
        let sources = "sources:\n  - titre: \"DITP\"\n    url: \"https://www.modernisation.gouv.fr/chiffre\"\n  - titre: \"Sénat\"\n    url: \"https://www.senat.fr/rapport\"\n---\n"
        let named = TestContent.officialFigure("periode: {debut: 2018, fin: 2019}", projects: 63, amount: 351_000_000, title: "Bilan (appels 2018 à 2019)")
        let plain = TestContent.officialFigure("appel: 2018", projects: 10, amount: 90_000_000, title: "Lauréats 2018", date: "2018-06-20")
            .replacingOccurrences(of: "sources:\n  - titre: \"DITP\"\n    url: \"https://www.modernisation.gouv.fr/chiffre\"\n---\n", with: sources)
        let views = try Self.views([TestContent.file(.project, "p", TestContent.project(year: "2018")),
                                    TestContent.file(.officialFigure, "bilan", named), TestContent.file(.officialFigure, "laureats", plain)])
        let page = try #require(views.page(.keyFigures))
        let rows = try #require(page.context.values["officialFigures"]).items
        let bilan = try #require(rows.first { $0["title"]?.text == "Bilan (appels 2018 à 2019)" })
        let laureats = try #require(rows.first { $0["title"]?.text == "Lauréats 2018" })
        #expect(bilan["perimeterNote"]?.text == nil)
        #expect(laureats["perimeterNote"]?.text == "Appel 2018")
        let links = laureats["sources"]?.items ?? []
        #expect(links.compactMap { $0["label"]?.text } == ["source\u{00A0}1", "source\u{00A0}2"])
        #expect(links.compactMap { $0["title"]?.text } == ["DITP", "Sénat"])
        #expect(bilan["sources"]?.items.compactMap { $0["label"]?.text } == ["source"])
    }

    /// A session figure whose year lacks an earlier session's figure: the year's sheets may be
    /// the missing session's, so no share of it is said.
    @Test func aLaterSessionAloneGetsNoShare() throws {
        let views = try Self.views([TestContent.file(.project, "p", TestContent.project(year: "2020")),
                                    TestContent.file(.officialFigure, "s2", TestContent.officialFigure("appel: 2020\nsession: 2", projects: 19, amount: 112_000_000, date: "2020-10-06"))])
        let page = try #require(views.page(.keyFigures))
        let row = try #require(page.context.values["officialFigures"]?.items.first)
        #expect(row["sheetSummary"]?.text == "1 projet de 2020 ; 1\u{00A0}M€")
        #expect(row["coverage"]?.text == "Détaillés sur ce site : 1 projet, pour 1\u{00A0}M€.")
        #expect(row["sessionsNote"]?.text?.contains("la part de ce chiffre qu'elles détaillent n'est pas connue") == true)
    }

    /// The subscription page says what each feed holds, as `Feeds` writes it.
    @Test func theSubscriptionPageSaysWhatEachFeedHolds() throws {
        let news = TestContent.file(.news, "n", "---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"Le résumé\"\n---\nLe texte complet.")
        let views = try Self.views([TestContent.file(.project, "p", TestContent.project()), news])
        let feeds = Feeds(site: views.site)
        #expect(feeds.atom().contains("Le texte complet") && feeds.jsonFeed().contains("Le texte complet"))
        #expect(!feeds.rss().contains("Le texte complet") && feeds.rss().contains("Le résumé"))
        let uses = try #require(views.page(.feedSubscription)).context.values["feeds"]?.items.compactMap { $0["use"]?.text } ?? []
        #expect(uses.count == 3)
        #expect(uses[0].hasSuffix("avec son résumé et son texte complet.") && uses[2].hasSuffix("avec son résumé et son texte complet."))
        #expect(uses[1].hasSuffix("avec son résumé seulement."))
    }

    /// « Mentions légales » never splits over two lines of the footer on a phone.
    @Test func footerLinksDoNotBreakInside() throws {
        let pages = SitePlan.mandatoryPages.map { TestContent.file(.page, $0.0, "---\ntitre: \"\($0.1)\"\n---\nTexte.") }
        let views = try Self.views([TestContent.file(.project, "p", TestContent.project())] + pages)
        let labels = try #require(views.page(.home)).context.values["footerLinks"]?.items.compactMap { $0["label"]?.text } ?? []
        #expect(labels.contains("Mentions\u{00A0}légales"))
        #expect(labels.contains("Accessibilité : non\u{00A0}conforme"))
        #expect(labels.allSatisfy { !$0.contains(" ") || $0.hasPrefix("Accessibilité :") })
    }
}
