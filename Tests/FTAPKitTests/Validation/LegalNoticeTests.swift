@testable import FTAPAggregation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

/// The legal notice names the publisher and the host from `site.yml`; a production build refuses
/// a `site.yml` without them.
struct LegalNoticeTests {
    static func validate(site: String, production: Bool) -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        let pages = SitePlan.mandatoryPages.map { TestContent.file(.page, $0.0, "---\ntitre: \"\($0.1)\"\n---\nTexte.\n") }
        let source = ContentSource(root: "content", siteSettingsBytes: Array(site.utf8), files: pages)
        var context = ValidationContext(buildDate: TestContent.buildDate)
        context.production = production
        return ContentValidator.validate(source, context: context)
    }

    @Test func productionBuildRequiresPublisherAndHost() {
        let found = Self.validate(site: TestContent.siteYAML, production: true).diagnostics
        #expect(found.map(\.code) == [DiagnosticCode.missingLegalNotice, DiagnosticCode.missingLegalNotice])
        #expect(found.allSatisfy { $0.file == "content/site.yml" && $0.severity == .error })
        #expect(found.contains { $0.message.contains("« editeur: »") } && found.contains { $0.message.contains("« hebergeur: »") })
    }

    @Test func emptyHostIsMissingInProduction() {
        let site = TestContent.siteYAML + "\nediteur:\n  nom: \"E\"\n  adresse: \"A\"\n  contact: \"C\"\nhebergeur:\n"
        let found = Self.validate(site: site, production: true).diagnostics
        #expect(found.map(\.code) == [DiagnosticCode.missingLegalNotice])
        #expect(found.first?.position?.line == 8)
    }

    @Test func previewBuildDoesNotRequireThem() {
        #expect(Self.validate(site: TestContent.siteYAML, production: false).diagnostics.isEmpty)
    }

    @Test func givenPartyNeedsItsThreeKeys() {
        let site = TestContent.siteYAML + "\nhebergeur:\n  nom: \"H\"\n  adresse: \"A\"\n"
        let found = Self.validate(site: site, production: false).diagnostics
        #expect(found.map(\.code) == [DiagnosticCode.missingKey])
        #expect(found.first?.message.contains("« contact de l’hébergeur »") == true, "\(found)")
    }

    @Test func legalNoticePageNamesPublisherAndHost() throws {
        let result = Self.validate(site: TestContent.siteYAML + TestContent.legalContactsYAML, production: true)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let site = PublishedSite(content: try #require(result.content), buildDate: TestContent.buildDate, includeDrafts: false)
        let views = ViewModels(site: site, aggregates: Aggregates(site: site), dataFileSizes: [:])
        let notice = try #require(views.page(.freePage(SitePlan.legalNoticeSlug)))
        let parties = try #require(notice.context.values["legalContacts"]).items
        #expect(parties.map { $0["heading"]?.text } == ["Éditeur du site", "Hébergeur du site"])
        #expect(parties.map { $0["name"]?.text } == ["Éditeur de test", "Hébergeur de test"])
        #expect(parties.first?["addressLines"]?.items.map { $0["line"]?.text } == ["1 rue de l'Essai", "75000 Paris"])
        #expect(parties.last?["contact"]?.text == "hebergeur@exemple.fr")
        #expect(views.page(.freePage("accessibilite"))?.context["legalContacts"] == nil)
    }
}
