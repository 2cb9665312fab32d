@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

/// The keys that say who published a figure and how exact it is, the budget execution files and
/// the envelopes' revisions: every mistake at its line, in words an author can act on.
@Suite struct PublishedFigureRuleTests {
    func diagnostics(_ text: String) -> [Diagnostic] {
        TestContent.diagnostics([TestContent.file(.officialFigure, "chiffre", text)])
    }

    func figure(_ publisher: String, _ rest: String = "projets: 3") -> String {
        TestContent.officialFigure("appel: 2019\n" + rest, title: "Chiffre", publisher: publisher)
    }

    @Test func thePublisherIsRequiredAndThePressNamesItsNewspaper() {
        let missing = diagnostics("---\ntitre: \"T\"\ndate: 2019-11-19\nappel: 2019\nprojets: 3\nsources:\n  - titre: \"S\"\n    url: \"https://exemple.fr/s\"\n---\n")
        #expect(missing.codesAndLines == ["cle-manquante@2"])
        #expect(missing.first?.message == "clé obligatoire « emetteur » manquante")
        let press = diagnostics(figure("emetteur: presse"))
        #expect(press.codesAndLines == ["cle-manquante@4"])
        #expect(press.first?.message.contains("emetteur_nom: \"Les Échos\"") == true)
        #expect(diagnostics(figure("emetteur: presse\nemetteur_nom: \"Les Échos\"")).isEmpty)
        let wrong = diagnostics(figure("emetteur: gouvernement"))
        #expect(wrong.map(\.code.rawValue) == ["valeur-non-autorisee"])
        #expect(wrong.first?.message.contains("etat, cour-des-comptes, parlement, presse") == true)
    }

    @Test func natureAndForecastGoTogetherAndSpendingCountsNoProjects() {
        #expect(diagnostics(figure("emetteur: cour-des-comptes\nnature: consommation\nprevision: true", "montant: 800_000_000")).isEmpty)
        #expect(diagnostics(figure("emetteur: etat\nprevision: true")).map(\.code.rawValue) == ["cles-incompatibles"])
        let projects = diagnostics(figure("emetteur: etat\nnature: economies", "projets: 3\nmontant: 1_000_000"))
        #expect(projects.map(\.code.rawValue) == ["cles-incompatibles"])
        #expect(projects.first?.message.contains("économies") == true)
    }

    @Test func thePublishedWordsMustSayTheAmountAndItsApproximation() {
        let good = "montant: 69_000_000\napproximation: environ\nmontant_publie: \"près de 69 millions d'euros\""
        #expect(diagnostics(figure("emetteur: etat", good)).isEmpty)
        let wrongAmount = diagnostics(figure("emetteur: etat", "montant: 68_800_000\napproximation: environ\nmontant_publie: \"près de 69 millions d'euros\""))
        #expect(wrongAmount.codesAndLines == ["montant-publie-incoherent@8"])
        #expect(wrongAmount.first?.message.contains("69\u{202F}000\u{202F}000\u{00A0}€ mais « montant » vaut 68\u{202F}800\u{202F}000\u{00A0}€") == true)
        // « près de » without `approximation` would show an approximate amount as exact.
        let exact = diagnostics(figure("emetteur: etat", "montant: 69_000_000\nmontant_publie: \"près de 69 millions d'euros\""))
        #expect(exact.codesAndLines == ["montant-publie-incoherent@7"])
        #expect(exact.first?.message.contains("écrivez approximation: environ, sans quoi le montant serait présenté comme exact") == true)
        let noNumber = diagnostics(figure("emetteur: etat", "montant: 69_000_000\nmontant_publie: \"soixante-neuf millions\""))
        #expect(noNumber.map(\.code.rawValue) == ["montant-publie-incoherent"])
        #expect(diagnostics(figure("emetteur: etat", "projets: 3\napproximation: environ")).map(\.code.rawValue) == ["cle-manquante"])
    }

    @Test func publishedWordsAreReadWithTheirUnit() {
        let cases: [(String, Int?, AmountApproximation?)] = [
            ("près de 69 millions d'euros", 69_000_000, .environ), ("9,2 M€", 9_200_000, nil), ("126 M€", 126_000_000, nil),
            ("plus de 30 millions d'euros", 30_000_000, .auMoins), ("environ 800 M€", 800_000_000, .environ),
            ("un peu plus de 1,1 milliard d'euros", 1_100_000_000, .auMoins), ("600 000 euros", 600_000, nil),
            ("9\u{202F}400\u{202F}000\u{00A0}€", 9_400_000, nil), ("moins de 5 M€", 5_000_000, .auPlus), ("des millions", nil, nil),
            ("1,25 M€", 1_250_000, nil), ("0,123456789 €", nil, nil),
        ]
        // The publisher's own word is kept, to show the amount in its terms.
        #expect(PublishedAmountText.read("environ 800 M€").words == "environ")
        #expect(PublishedAmountText.read("un peu plus de 1,1 milliard").words == "un peu plus de")
        for (words, amount, approximation) in cases {
            let reading = PublishedAmountText.read(words)
            #expect(reading.amount == amount && reading.approximation == approximation, "\(words)")
        }
    }

    @Test func aDateMayGiveOnlyTheMonthOrTheYear() {
        #expect(diagnostics(TestContent.officialFigure("appel: 2020", projects: 16, date: "2020")).isEmpty)
        #expect(diagnostics(TestContent.officialFigure("appel: 2022", projects: 10, date: "2022-10")).isEmpty)
        let bad = diagnostics(TestContent.officialFigure("appel: 2022", projects: 10, date: "2022-13"))
        #expect(bad.codesAndLines == ["date-invalide@3"])
        #expect(bad.first?.message.contains("2022-10 ou 2020") == true)
        #expect(PublicationDate(text: "2020")! < PublicationDate(text: "2020-01-02")!)
        #expect(FrenchFormat.date(PublicationDate(text: "2022-10")!) == "octobre 2022")
    }

    @Test func aSheetsApproximationNeedsItsAmountAndKnowsNoCeiling() {
        #expect(TestContent.diagnostics(project: TestContent.project("montant_approximation: au-moins")).isEmpty)
        let noAmount = TestContent.diagnostics(project: TestContent.project("montant_approximation: environ")
            .replacingOccurrences(of: "montant: 1000000\n", with: ""))
        #expect(noAmount.map(\.code.rawValue) == ["cle-manquante"])
        let ceiling = TestContent.diagnostics(project: TestContent.project("montant_approximation: au-plus"))
        #expect(ceiling.map(\.code.rawValue) == ["valeur-non-autorisee"])
        // « plus de 1 M€ » may have been paid more than 1 M€.
        let paid = "montant_approximation: au-moins\nversements:\n  - date: 2020-01-01\n    montant: 1_500_000"
        #expect(TestContent.diagnostics(project: TestContent.project(paid)).isEmpty)
    }

    @Test func aBudgetExecutionFileIsNamedByItsYear() {
        func execution(_ slug: String, _ text: String) -> [Diagnostic] {
            TestContent.diagnostics([TestContent.file(.budgetExecution, slug, text)])
        }
        let sources = "sources:\n  - titre: \"RAP\"\n    url: \"https://exemple.fr/rap\"\n"
        #expect(execution("2019", "---\nannee: 2019\ncp_consommes: 37_596_883\n" + sources + "---\n").isEmpty)
        let misnamed = execution("2020", "---\nannee: 2019\ncp_consommes: 1\n" + sources + "---\n")
        #expect(misnamed.codesAndLines == ["annee-nom-de-fichier@2"])
        #expect(misnamed.first?.message.contains("« execution-budgetaire/2019.md »") == true)
        #expect(execution("2019", "---\nannee: 2019\n" + sources + "---\n").map(\.code.rawValue) == ["cle-manquante"])
        #expect(execution("2019", "---\nannee: 2019\ncp_lfi: 1\nprovisoire: 2018-10-20\n" + sources + "---\n").map(\.code.rawValue) == ["date-invalide"])
        #expect(execution("2019", "---\nannee: 2019\ncp_lfi: 1\n---\n").map(\.code.rawValue) == ["cle-manquante"])
    }

    @Test func envelopesKeepTheirHistoryInOrderAndMayLackAPeriod() throws {
        let revision = "\n    revisions:\n      - date: 2021-12-30\n        montant: 780_000_000\n        texte: \"la loi de finances pour 2022\"\n        sources:\n          - titre: \"LFI\"\n            url: \"https://exemple.fr/lfi\"\n"
        let site = TestContent.siteYAML + "\nenveloppes:\n  - nom: ftap-1\n    titre: \"FTAP 1\"\n    montant: 700_000_000\n    sources: []" + revision
        let result = TestContent.validate([], site: site)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let envelope = try #require(result.content?.settings.envelopes.first)
        #expect(envelope.years == nil)
        #expect(envelope.amount(on: ContentDate(year: 2021, month: 6, day: 1)!) == 700_000_000)
        #expect(envelope.amount(on: ContentDate(year: 2022, month: 1, day: 1)!) == 780_000_000)
        #expect(ViewModels.envelopeHistory(envelope) == "700\u{00A0}M€, portée à 780\u{00A0}M€ par la loi de finances pour 2022 (30 décembre 2021)")
        let backwards = site + "      - date: 2020-01-01\n        montant: 750_000_000\n        texte: \"x\"\n        sources:\n          - titre: \"S\"\n            url: \"https://exemple.fr/s\"\n"
        #expect(TestContent.validate([], site: backwards).diagnostics.map(\.code.rawValue) == ["date-invalide"])
    }

    @Test func theErrorReportAddressIsAMailtoOrAnHttpsPage() {
        for (value, valid) in [("mailto:erreurs@exemple.gouv.fr", true), ("https://exemple.gouv.fr/contact", true),
                               ("erreurs@exemple.gouv.fr", false), ("mailto:pas une adresse", false), ("http://exemple.fr", false)] {
            let result = TestContent.validate([], site: TestContent.siteYAML + "\nsignaler_erreur: \"\(value)\"\n")
            #expect(result.diagnostics.isEmpty == valid, "\(value) : \(result.diagnostics)")
            #expect((result.content?.settings.errorReport != nil) == valid, "\(value)")
        }
    }

    @Test func precisionsAddUpAndShareAsAJournalistWouldSayThem() {
        let floor = AmountPrecision(.auMoins), about = AmountPrecision(.environ), ceiling = AmountPrecision(.auPlus)
        #expect(AmountPrecision.exact.adding(floor) == floor)
        #expect(floor.adding(about) == AmountPrecision(bound: .atLeast, isEstimate: true))
        #expect(floor.adding(ceiling).bound == .unknown)
        #expect(AmountWords.sum(35_000_000, floor) == "au moins 35\u{00A0}M€")
        #expect(AmountWords.share(35, floor, of: 100, .exact) == "au moins 35\u{00A0}%")
        #expect(AmountWords.share(35, .exact, of: 100, floor) == "au plus 35\u{00A0}%", "a share of a floor is a ceiling")
        #expect(AmountWords.share(35, floor, of: 100, floor) == nil, "a floor over a floor says nothing")
        #expect(AmountWords.published(30_000_000, .auMoins) == "plus de 30\u{00A0}M€")
        #expect(AmountWords.published(69_000_000, .environ) == "près de 69\u{00A0}M€")
    }
}
