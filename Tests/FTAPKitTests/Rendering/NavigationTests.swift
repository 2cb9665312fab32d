@testable import FTAPAggregation
@testable import FTAPContent
@testable import FTAPModel
@testable import FTAPRendering
import Testing

/// The menu names each section once, and the menu and the home page leave out a section with
/// nothing published yet.
@Suite struct NavigationTests {
    static func menu(_ files: [ContentFile]) throws -> [String] {
        let content = try #require(TestContent.validate(files).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        let views = ViewModels(site: site, aggregates: Aggregates(site: site), dataFileSizes: [:])
        let home = try #require(views.page(.home))
        return (home.context.values["navigation"]?.items ?? []).compactMap { $0["label"]?.text }
    }

    @Test func emptySectionsStayOutOfTheMenu() throws {
        let project = TestContent.file(.project, "p", TestContent.project())
        #expect(try Self.menu([project]) == ["Accueil", "Projets", "Chiffres clés", "Données ouvertes"])
        let testimonial = TestContent.file(.testimonial, "t", "---\nauteur: \"A\"\nfonction: \"B\"\nprojet: p\ndate: 2020-01-01\n---\nCitation.")
        let news = TestContent.file(.news, "n", "---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"R\"\n---\nTexte.")
        #expect(try Self.menu([project, testimonial, news]) == ["Accueil", "Projets", "Chiffres clés", "Témoignages", "Actualités", "Données ouvertes"])
    }

    /// The home page, rendered with the real templates.
    static func home(_ files: [ContentFile]) throws -> String {
        let content = try #require(TestContent.validate(files).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        let views = ViewModels(site: site, aggregates: Aggregates(site: site), dataFileSizes: [:])
        let home = try #require(views.page(.home))
        let templates = try TemplateSet.load(from: FTAPProcess.templates)
        return String(decoding: try templates.render(home.template, home.context.templateValue, page: home.path), as: UTF8.self)
    }

    @Test func emptySectionsStayOutOfTheHomePage() throws {
        let project = TestContent.file(.project, "p", TestContent.project())
        let bare = try Self.home([project])
        #expect(!bare.contains("titre-actualites") && !bare.contains("titre-temoignages"))
        let testimonial = TestContent.file(.testimonial, "t", "---\nauteur: \"A\"\nfonction: \"B\"\nprojet: p\ndate: 2020-01-01\n---\nCitation.")
        let news = TestContent.file(.news, "n", "---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"R\"\n---\nTexte.")
        let full = try Self.home([project, testimonial, news])
        #expect(full.contains("titre-actualites") && full.contains("titre-temoignages"))
    }

    @Test func openDataIsNamedOnceInTheHeader() throws {
        let layout = try String(contentsOfFile: FTAPProcess.templates + "/layout.mustache", encoding: .utf8)
        #expect(layout.components(separatedBy: "Données ouvertes").count == 1, "le menu la nomme déjà ; les liens d'outils sont recopiés dans le menu mobile")
    }
}
