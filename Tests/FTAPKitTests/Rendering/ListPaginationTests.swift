import Foundation
@testable import FTAPKit
@testable import FTAPOutput
@testable import FTAPPlan
import Testing

/// Long lists are cut into pages of `SitePlan.listPageSize`: every project is on exactly one page
/// of each list it belongs to, the pages link to each other with the DSFR pagination, and a short
/// list (the real site) keeps its single page with its filters.
@Suite(.serialized) struct ListPaginationTests {
    static let projects = 450

    /// 450 sheets of 2019, 3 entities, one ministry; 10 sheets of 2020 with their own entities.
    static func build() async throws -> (folder: TemporaryContent, outcome: BuildOutcome) {
        let folder = try TemporaryContent()
        for i in 1...projects {
            let extra = "  ministere: \"Ministère des Tests\""
            let sheet = TestContent.project(title: "Projet \(i)", carrier: "Porteur \(i % 3)", year: "2019")
                .replacingOccurrences(of: "  type: administration-centrale\n", with: "  type: administration-centrale\n\(extra)\n")
            try folder.write(String(format: "content/projets/projet-%04d.md", i), sheet)
        }
        for i in 1...10 {
            try folder.write("content/projets/autre-\(i).md", TestContent.project(title: "Autre \(i)", carrier: "Entité \(i)", type: "operateur", year: "2020"))
        }
        for page in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(page).md", "---\ntitre: \"\(page)\"\n---\nTexte.\n")
        }
        var options = BuildOptions(buildDate: TestContent.buildDate)
        options.contentPath = folder.root.appendingPathComponent("content").path
        options.templatesPath = FTAPProcess.templates
        options.outputPath = folder.root.appendingPathComponent("public").path
        return (folder, try await SiteBuilder(options: options).build())
    }

    static func page(_ folder: TemporaryContent, _ path: String) throws -> String {
        try String(contentsOf: folder.root.appendingPathComponent("public/\(path)"), encoding: .utf8)
    }

    /// The project links of the cards of a list page, in order.
    static func cards(_ html: String) -> [String] {
        html.matches(of: /<h3 class="fr-card__title"><a href="(\/projets\/[^"]+\/)"/).map { String($0.output.1) }
    }

    @Test func longListsArePagedAndEveryProjectIsOnExactlyOnePage() async throws {
        let (folder, outcome) = try await Self.build()
        #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
        let written = Set(folder.files(under: "public").keys).subtracting([OutputFolder.markerName])
        #expect(written == outcome.plannedFiles)

        let all = ["projets/index.html", "projets/page/2/index.html", "projets/page/3/index.html"]
        let pages = try all.map { try Self.cards(Self.page(folder, $0)) }
        #expect(pages.map(\.count) == [200, 200, 60])
        #expect(Set(pages.flatMap { $0 }).count == Self.projects + 10)
        #expect(!written.contains("projets/page/4/index.html"))

        let first = try Self.page(folder, "projets/index.html")
        #expect(first.contains("460 projets, 200 par page, en 3 pages."))
        #expect(first.contains(#"<a class="fr-pagination__link" aria-current="page" title="Page 1">1</a>"#))
        #expect(first.contains(#"href="/projets/page/2/">Page suivante</a>"#))
        #expect(!first.contains("id=\"filtres\"") && !first.contains("filtres.js"), "les filtres ne verraient qu'une page")
        #expect(!first.contains("id=\"tableau-projets\""), "le tableau ne verrait qu'une page")
        #expect(first.contains("href=\"/ministeres/ministere-des-tests/\""))
        let last = try Self.page(folder, "projets/page/3/index.html")
        #expect(last.contains("<title>Les projets lauréats — page 3 — Site de test</title>"))
        #expect(last.contains(#"href="/projets/page/2/">Page précédente</a>"#))
        #expect(last.contains("<h2 class=\"fr-mt-4w\" id=\"titre-liste\">Projets 401 à 460 sur 460</h2>"))

        // The call year, the type of carrier and the ministry are cut the same way.
        #expect(try Self.cards(Self.page(folder, "appels/2019/index.html")).count == 200)
        #expect(try Self.cards(Self.page(folder, "appels/2019/page/3/index.html")).count == 50)
        #expect(try Self.cards(Self.page(folder, "appels/2020/index.html")).count == 10)
        #expect(!written.contains("appels/2020/page/2/index.html"))
        let ministry = written.filter { $0.hasPrefix("ministeres/") && $0.contains("/page/") }.sorted()
        #expect(ministry.count == 2, "\(ministry)")
        // 3 entities of one type: one page, all 450 cards under their entities.
        #expect(try Self.cards(Self.page(folder, "beneficiaires/administration-centrale/index.html")).count == 450)
    }

    @Test func aShortListKeepsItsSinglePageAndItsFilters() throws {
        let html = try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("Tests/FTAPKitTests/Fixtures/golden/expected/projets/index.html"), encoding: .utf8)
        #expect(html.contains("id=\"filtres\"") && html.contains("filtres.js"))
        #expect(html.contains("id=\"tableau-projets\""))
        #expect(!html.contains("fr-pagination"))
    }
}
