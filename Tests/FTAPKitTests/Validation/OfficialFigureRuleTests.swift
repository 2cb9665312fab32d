@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
import Testing

/// The keys of an official figure, of the envelopes and of testimonials.
@Suite struct OfficialFigureRuleTests {
    func diagnostics(_ text: String) -> [Diagnostic] {
        TestContent.diagnostics([TestContent.file(.officialFigure, "chiffre", text)])
    }

    @Test func validFiguresHaveNoDiagnostic() {
        #expect(diagnostics(TestContent.officialFigure("appel: 2019\nsession: 2", projects: 16)).isEmpty)
        #expect(diagnostics(TestContent.officialFigure("periode: {debut: 2018, fin: 2022}", projects: 126, amount: 764_000_000)).isEmpty)
    }

    @Test func callAndPeriodTogetherAreRefused() {
        let d = diagnostics(TestContent.officialFigure("appel: 2019\nperiode: {debut: 2018, fin: 2019}", projects: 1))
        #expect(d.codesAndLines == ["cles-incompatibles@7"])
    }

    @Test func neitherCallNorPeriodIsAMissingKey() {
        let d = diagnostics(TestContent.officialFigure("programme: ftap", projects: 1))
        #expect(d.codesAndLines == ["cle-manquante@2"])
        #expect(d[0].message.contains("« appel »") && d[0].message.contains("« periode »"))
    }

    @Test func sessionGoesWithACallOnly() {
        #expect(diagnostics(TestContent.officialFigure("periode: {debut: 2018, fin: 2019}\nsession: 2", projects: 1)).codesAndLines == ["cles-incompatibles@7"])
    }

    @Test func aFigureSaysProjectsOrAmount() {
        let d = diagnostics(TestContent.officialFigure("appel: 2019"))
        #expect(d.codesAndLines == ["cle-manquante@2"])
        #expect(d[0].message.contains("« projets »"))
    }

    @Test func periodEndsAfterItBegins() {
        #expect(diagnostics(TestContent.officialFigure("periode: {debut: 2022, fin: 2018}", projects: 1)).codesAndLines == ["annee-invalide@6"])
    }

    @Test func projectCountIsAWholeNumber() {
        #expect(diagnostics(TestContent.officialFigure("appel: 2019\nprojets: douze")).map(\.code.rawValue).contains("nombre-invalide"))
    }

    @Test func sourcesAreRequired() {
        let text = "---\ntitre: \"T\"\ndate: 2019-11-19\nemetteur: etat\nappel: 2019\nprojets: 3\n---\n"
        #expect(diagnostics(text).codesAndLines == ["cle-manquante@2"])
    }

    @Test func theFormerSingleEnvelopeSaysWhatToWriteInstead() {
        let (content, d) = TestContent.validate([], site: TestContent.siteYAML + "\nenveloppe: 700000000\n")
        #expect(content == nil)
        #expect(d.codesAndLines == ["cle-obsolete@4"])
        #expect(d[0].message.contains("« enveloppes »") && d[0].message.contains("{debut: 2018, fin: 2022}"))
    }

    @Test func envelopesAreReadWithTheirYears() throws {
        let content = try #require(TestContent.validate([], site: TestContent.siteWithEnvelopes).content)
        #expect(content.settings.envelopes.map(\.name) == ["ftap-1", "ftap-2"])
        #expect(content.settings.envelopes.map { $0.years?.label } == ["2018 à 2022", "2023 à 2025"])
    }

    @Test func draftTestimonialIsNotPublishedAndItsSourceIsKept() throws {
        let files = [
            TestContent.file(.testimonial, "publie", "---\nauteur: \"A\"\nfonction: \"F\"\ndate: 2020-01-01\nsource:\n  titre: \"Page\"\n  url: \"https://exemple.fr/page\"\n---\nCitation."),
            TestContent.file(.testimonial, "brouillon", "---\nauteur: \"B\"\nfonction: \"F\"\ndate: 2020-01-01\nbrouillon: true\n---\nCitation."),
        ]
        let content = try #require(TestContent.validate(files).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        #expect(site.testimonials.map(\.slug) == ["publie"])
        #expect(site.testimonials.first?.source?.url == "https://exemple.fr/page")
    }

    @Test func sheetWithoutAmountIsValid() {
        let text = TestContent.project().replacingOccurrences(of: "montant: 1000000\n", with: "")
        #expect(TestContent.diagnostics(project: text).isEmpty)
    }
}
