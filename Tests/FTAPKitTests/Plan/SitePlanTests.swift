import Foundation
@testable import FTAPCore
@testable import FTAPKit
@testable import FTAPModel
@testable import FTAPOutput
@testable import FTAPPlan
@testable import FTAPRendering
import Testing

/// The plan owns every address: a build writes exactly the files it plans, so a page kind
/// cannot be added in one place only.
@Suite(.serialized) struct SitePlanTests {
    @Test func plannedFilesAreExactlyTheFilesWritten() async throws {
        for (name, content) in [("golden", GoldenTests.fixture.appendingPathComponent("content").path),
                                ("exemple", FTAPProcess.packageRoot.appendingPathComponent("content").path)] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-plan-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            var options = BuildOptions(buildDate: name == "exemple" ? TestContent.exampleContentBuildDate : TestContent.buildDate)
            options.contentPath = content
            options.templatesPath = FTAPProcess.templates
            options.outputPath = output.path
            options.precompress = name == "exemple"
            let outcome = try await SiteBuilder(options: options).build()
            #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
            let all = filesByPath(in: output)
            let siblings = Set(all.keys.filter { $0.hasSuffix(".gz") || $0.hasSuffix(".br") })
            let written = Set(all.keys).subtracting([OutputFolder.markerName]).subtracting(siblings)
            // Beside the planned files, the .gz and .br siblings of the text files worth compressing, and only those.
            let compressed = written.filter { Precompression.compresses($0) && (all[$0]?.count ?? 0) >= Precompression.minimumBytes }
            #expect(siblings == Set(options.precompress ? compressed.flatMap { [$0 + ".gz", $0 + ".br"] } : []))
            if options.precompress { #expect(compressed.count > 30) }
            #expect(outcome.plannedFiles.count > 30)
            #expect(written.subtracting(outcome.plannedFiles).isEmpty, "\(name) : écrits sans être prévus : \(written.subtracting(outcome.plannedFiles).sorted())")
            #expect(outcome.plannedFiles.subtracting(written).isEmpty, "\(name) : prévus sans être écrits : \(outcome.plannedFiles.subtracting(written).sorted())")
        }
    }

    @Test func newsPaginationIsPlannedOnce() throws {
        let news = (1...23).map { i in
            TestContent.file(.news, "n\(i)", "---\ntitre: \"N\(i)\"\ndate: 2020-01-\(String(format: "%02d", i))\nresume: \"R\"\n---\n")
        }
        let content = try #require(TestContent.validate(news).content)
        let plan = SitePlan(site: PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false), staticFiles: [])
        #expect(plan.pages.filter { if case .newsList = $0 { true } else { false } }.map(\.url)
                == ["/actualites/", "/actualites/page/2/", "/actualites/page/3/"])
    }

    @Test func reservedNamesAreTheSectionsOfThePlan() {
        #expect(SitePlan.reservedSlugs == ["projets", "appels", "beneficiaires", "temoignages", "actualites", "chiffres-cles",
                                           "donnees", "rectificatifs", "plan-du-site", "recherche", "dsfr", "media", "assets", "pagefind", "404", "ministeres"])
    }

    @Test func newsItemMayNotTakeTheAddressOfTheFeedsPage() {
        #expect(SitePlan.reservedNewsSlugs == ["s-abonner"])
        let item = TestContent.file(.news, "s-abonner", "---\ntitre: \"S'abonner\"\ndate: 2020-01-01\nresume: \"R\"\n---\n")
        let found = TestContent.diagnostics([item]).filter { $0.code == DiagnosticCode.duplicateItem }
        #expect(found.map(\.file) == ["content/actualites/s-abonner.md"])
    }

    /// Issue 23, point 3: browsers are dropping XSLT; the feeds stay plain XML for feed readers,
    /// and the subscription page is planned for people.
    @Test func feedsArePlainAndTheSubscriptionPageIsPlanned() throws {
        let content = try #require(TestContent.validate([]).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        #expect(SitePlan(site: site, staticFiles: []).pages.contains(.feedSubscription))
        for feed in [Feeds(site: site).atom(), Feeds(site: site).rss()] {
            #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<") && !feed.contains("xml-stylesheet"))
        }
    }
}
