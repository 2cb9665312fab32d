import Foundation
@testable import FTAPAggregation
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
import Testing

/// Issue 23, point 6: the DSFR « Lettre d'information et réseaux sociaux » block, from `site.yml`,
/// on the home page and the news pages only; each address checked as https.
@Suite struct FollowBlockTests {
    static let follow = """

    lettre_information: "https://exemple.gouv.fr/lettre"
    reseaux_sociaux:
      - nom: LinkedIn
        url: "https://www.linkedin.com/company/exemple"
      - nom: Réseau du fonds
        url: "https://reseau.exemple.fr/fonds"
    """

    static func pages(site extra: String) throws -> [String: String] {
        let files = [TestContent.file(.news, "n", "---\ntitre: \"N\"\ndate: 2020-01-10\nresume: \"R\"\n---\nTexte.\n"),
                     TestContent.file(.project, "p", TestContent.project())]
        let content = try #require(TestContent.validate(files, site: TestContent.siteYAML + extra).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        let aggregates = Aggregates(site: site)
        let views = ViewModels(site: site, aggregates: aggregates, dataFileSizes: [:])
        let templates = try TemplateSet.load(from: FTAPProcess.templates)
        var pages: [String: String] = [:]
        for spec in views.pages(of: SitePlan(site: site, staticFiles: [])) {
            pages[spec.url] = String(decoding: try templates.render(spec.template, spec.context.templateValue, page: spec.url), as: UTF8.self)
        }
        return pages
    }

    @Test func theBlockIsOnTheHomeAndNewsPagesOnly() throws {
        let pages = try Self.pages(site: Self.follow)
        for url in ["/", "/actualites/", "/actualites/n/", "/actualites/s-abonner/"] {
            let page = try #require(pages[url])
            #expect(page.contains("<section class=\"fr-follow\" id=\"suivre\" aria-label=\"Suivre le fonds\">"), "\(url)")
            #expect(page.contains("href=\"https://exemple.gouv.fr/lettre\""), "\(url)")
            #expect(page.contains("<a class=\"fr-btn fr-btn--linkedin\" href=\"https://www.linkedin.com/company/exemple\""), "\(url)")
            #expect(page.contains("<a class=\"fr-link\" href=\"https://reseau.exemple.fr/fonds\""), "un réseau que le DSFR ne dessine pas : un lien à son nom")
        }
        #expect(pages["/projets/p/"]?.contains("fr-follow") == false)
        #expect(try Self.pages(site: "").values.allSatisfy { !$0.contains("fr-follow") }, "sans ces clés, pas de bloc")
    }

    @Test func addressesAreCheckedAsHTTPS() {
        let site = TestContent.siteYAML + "\nlettre_information: \"http://exemple.gouv.fr/lettre\"\nreseaux_sociaux:\n  - nom: X\n"
        let d = TestContent.validate([], site: site).diagnostics.filter { $0.file.hasSuffix("site.yml") }
        #expect(d.map(\.code.rawValue).sorted() == ["cle-manquante", "url-invalide"], "\(d)")
    }
}
