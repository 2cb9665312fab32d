import Foundation
@testable import FTAPValidation
import Testing

@Suite struct ProjectRuleTests {
    @Test func validSheetHasNoDiagnostic() {
        #expect(TestContent.diagnostics(project: TestContent.project()).isEmpty)
    }

    @Test func missingRequiredKeyIsReported() {
        let text = "---\ntitre: \"x\"\nappel: 2019\nporteur:\n  nom: \"a\"\n  type: operateur\n---\n"
        let d = TestContent.diagnostics(project: text)
        #expect(d.codesAndLines == ["cle-manquante@2"])
        #expect(d[0].message.contains("« resume »"))
    }

    @Test func missingNestedKeyNamesItsPath() {
        let text = "---\ntitre: \"x\"\nresume: \"y\"\nappel: 2019\nporteur:\n  type: operateur\nmontant: 5\n---\n"
        let d = TestContent.diagnostics(project: text)
        #expect(d.codesAndLines == ["cle-manquante@6"])
        #expect(d.first?.message == "clé obligatoire « nom du porteur » manquante")
    }

    /// No source gives the type of every carrier: without `type`, the sheet is valid and its
    /// carrier counts under « type non précisé », never « Autre ».
    @Test func aCarrierWithoutTypeIsValidAndUnspecified() throws {
        let text = "---\ntitre: \"x\"\nresume: \"y\"\nappel: 2019\nporteur:\n  nom: \"a\"\nmontant: 5\n---\n"
        let result = TestContent.validate([TestContent.file(.project, "x", text)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let sheet = try #require(result.content?.projects.first)
        #expect(sheet.carrier.type == nil)
        #expect(sheet.carrier.type.groupLabel == "Type de porteur non précisé")
    }

    @Test func unknownKeySuggestsClosestKey() {
        let d = TestContent.diagnostics(project: TestContent.project("montnat: 5"))
        #expect(d.codesAndLines == ["cle-inconnue@9"])
        #expect(d[0].message == "clé inconnue « montnat » ; vouliez-vous dire « montant » ?")
        #expect(d[0].position?.column == 1)
    }

    @Test func duplicateKeyIsReportedAtSecondOccurrence() {
        let d = TestContent.diagnostics(project: TestContent.project("titre: \"autre\""))
        #expect(d.codesAndLines == ["cle-en-double@9"])
    }

    /// The message says where the first writing is and that its value is the one read.
    @Test func duplicateKeySaysWhereTheFirstOneIsAndWhichValueCounts() {
        let d = TestContent.diagnostics(project: TestContent.project("titre: \"autre\""))
        #expect(d.map(\.message) == ["la clé « titre » est déjà écrite ligne 2 ; seule la première valeur est lue : gardez-en une seule"])
        let extra = "jalons:\n  - date: 2019-05-01\n    libelle: \"A\"\n    etat: atteint\n    date: 2019-07-01"
        let nested = TestContent.diagnostics(project: TestContent.project(extra))
        #expect(nested.map(\.message) == ["la clé « date » est déjà écrite ligne 10 ; seule la première valeur est lue : gardez-en une seule"])
    }

    @Test func duplicateKeyDoesNotHideTheFileOtherMistakes() {
        let extra = "statut: fini\nmontant: 3\nporteur:\n  nom: \"x\"\n  type: operateur\nmontnat: 1"
        let d = TestContent.diagnostics(project: TestContent.project(extra))
        #expect(d.codesAndLines == ["cle-en-double@10", "cle-en-double@11", "valeur-non-autorisee@9", "cle-inconnue@14"].sorted {
            Int($0.split(separator: "@")[1])! < Int($1.split(separator: "@")[1])!
        })
    }

    @Test func duplicateKeyInsideAListItemIsReportedAtItsLine() {
        let extra = "jalons:\n  - date: 2019-05-01\n    libelle: \"A\"\n    etat: atteint\n  - date: 2019-06-01\n    libelle: \"B\"\n    date: 2019-07-01\n    etat: en-retard"
        #expect(TestContent.diagnostics(project: TestContent.project(extra)).codesAndLines == ["cle-en-double@15"])
    }

    @Test func wrongTypeIsReported() {
        let d = TestContent.diagnostics(project: TestContent.project("objectifs: \"un seul\""))
        #expect(d.codesAndLines == ["type-incorrect@9"])
    }

    @Test func quotedAmountIsAWrongType() {
        let d = TestContent.diagnostics(project: TestContent.project(amount: "\"1000\""))
        #expect(d.codesAndLines == ["type-incorrect@8"])
    }

    @Test func enumValueOutsideListSuggestsClosest() {
        let d = TestContent.diagnostics(project: TestContent.project("statut: en-cour"))
        #expect(d.codesAndLines == ["valeur-non-autorisee@9"])
        #expect(d[0].message.contains("vouliez-vous dire « en-cours »"))
    }

    @Test func beneficiaryTypeMustBeKnown() {
        let d = TestContent.diagnostics(project: TestContent.project(type: "ministere"))
        #expect(d.codesAndLines == ["valeur-non-autorisee@7"])
    }

    @Test func leverListValuesMustBeKnown() {
        let d = TestContent.diagnostics(project: TestContent.project("leviers: [donnees-ia, blockchain]"))
        #expect(d.codesAndLines == ["valeur-non-autorisee@9"])
    }

    @Test func callYearBeforeFirstCallIsRejected() {
        #expect(TestContent.diagnostics(project: TestContent.project(year: "2016")).codesAndLines == ["annee-invalide@4"])
    }

    @Test func callYearAfterBuildYearIsRejected() {
        #expect(TestContent.diagnostics(project: TestContent.project(year: "2027")).codesAndLines == ["annee-invalide@4"])
    }

    @Test func callYearMustBeFourDigits() {
        #expect(TestContent.diagnostics(project: TestContent.project(year: "19")).codesAndLines == ["annee-invalide@4"])
    }

    @Test func negativeAmountIsRejected() {
        #expect(TestContent.diagnostics(project: TestContent.project(amount: "-5")).codesAndLines == ["montant-invalide@8"])
    }

    @Test func decimalAmountIsRejected() {
        let d = TestContent.diagnostics(project: TestContent.project(amount: "24.3"))
        #expect(d.codesAndLines == ["montant-invalide@8"])
        #expect(d[0].message.contains("24300000"))
    }

    /// Amounts written with digits alone take a short way; it gives what the full reading gives.
    @Test func amountsOfDigitsAloneReadAsBefore() throws {
        for (written, expected) in [("0", 0), ("007", 7), ("24300000", 24_300_000), ("10000000000", 10_000_000_000)] {
            let result = TestContent.validate([TestContent.file(.project, "p", TestContent.project(amount: written))])
            #expect(result.diagnostics.isEmpty, "\(written)")
            #expect(try #require(result.content).projects[0].amount == expected)
        }
        for tooLarge in ["10000000001", "99999999999999999999", "10_000_000_001"] {
            let d = TestContent.diagnostics(project: TestContent.project(amount: tooLarge))
            #expect(d.codesAndLines == ["montant-invalide@8"], "\(tooLarge)")
            #expect(d.first?.message.contains("trop grand") == true, "\(tooLarge)")
        }
        #expect(MappingReader.digitsAlone("12_500") == nil)
        #expect(MappingReader.digitsAlone("") == nil)
        #expect(MappingReader.digitsAlone("１２") == nil)
    }

    @Test func underscoreSeparatedAmountIsAccepted() throws {
        let result = TestContent.validate([TestContent.file(.project, "p", TestContent.project(amount: "12_500_000"))])
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.content).projects[0].amount == 12_500_000)
    }

    @Test func impossibleDateIsRejected() {
        let d = TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2019-02-30"))
        #expect(d.codesAndLines == ["date-invalide@9"])
        #expect(d[0].message.contains("n'existe pas"))
    }

    @Test func dateInOtherFormatIsRejected() {
        #expect(TestContent.diagnostics(project: TestContent.project("mise_a_jour: 30/01/2019")).codesAndLines == ["date-invalide@9"])
    }

    @Test func leapDayIsAccepted() {
        #expect(TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2020-02-29")).isEmpty)
    }

    @Test func summaryLongerThan300CharactersIsRejected() {
        let long = String(repeating: "é", count: 301)
        let text = TestContent.project().replacingOccurrences(of: "resume: \"Un résumé.\"", with: "resume: \"\(long)\"")
        #expect(TestContent.diagnostics(project: text).codesAndLines == ["resume-trop-long@3"])
    }

    @Test func totalCostBelowAmountIsRejected() {
        let d = TestContent.diagnostics(project: TestContent.project("cout_total: 999"))
        #expect(d.codesAndLines == ["cout-total-inferieur@9"])
    }

    @Test func disbursementsAboveAmountAreRejected() {
        let extra = "versements:\n  - date: 2019-05-01\n    montant: 600000\n  - date: 2020-05-01\n    montant: 500000"
        #expect(TestContent.diagnostics(project: TestContent.project(extra)).codesAndLines == ["versements-superieurs@9"])
    }

    @Test func milestoneStateMustBeKnown() {
        let extra = "jalons:\n  - date: 2019-05-01\n    libelle: \"Lancement\"\n    etat: fini"
        #expect(TestContent.diagnostics(project: TestContent.project(extra)).codesAndLines == ["valeur-non-autorisee@12"])
    }

    @Test func sourceURLMustBeAbsolute() {
        let extra = "sources:\n  - titre: \"Sénat\"\n    url: \"www.senat.fr\""
        #expect(TestContent.diagnostics(project: TestContent.project(extra)).codesAndLines == ["url-invalide@11"])
    }

    @Test func everyProblemOfAFileIsReportedInOneRun() {
        let extra = "statut: fini\nmise_a_jour: 2019-13-01\nmontnat: 3"
        let d = TestContent.diagnostics(project: TestContent.project(extra, amount: "-1", year: "2030"))
        #expect(Set(d.map(\.code.rawValue)) == ["valeur-non-autorisee", "date-invalide", "cle-inconnue", "montant-invalide", "annee-invalide"])
    }
}
