@testable import FTAPKit
import Testing

/// A draft is written over days: a required value still missing or empty is a warning until it
/// is published; any other mistake stays an error.
@Suite struct DraftRuleTests {
    static let unfinished = "---\ntitre: \"Lauréats\"\ndate: 2024-01-10\nemetteur:\nsources:\n  - titre: \"DITP\"\n    url: \"https://www.modernisation.gouv.fr/x\"\n"

    @Test(arguments: ["true", "oui", "True"])
    func missingValuesOfADraftAreWarnings(_ word: String) {
        let result = TestContent.validate([TestContent.file(.officialFigure, "f", Self.unfinished + "brouillon: \(word)\n---\nTexte.\n")])
        let found = result.diagnostics.filter { $0.file.hasSuffix("f.md") }
        // « appel » or « periode », « projets » or « montant », and « emetteur » are to fill in.
        #expect(found.count == 3 && Set(found.map(\.code.rawValue)) == ["cle-manquante", "valeur-vide"], "\(found)")
        #expect(found.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("(brouillon : à remplir avant de le publier)") })
        #expect(result.content?.unfinishedDrafts == 1)
    }

    @Test func theSameFilePublishedIsInError() {
        let found = TestContent.validate([TestContent.file(.officialFigure, "f", Self.unfinished + "---\nTexte.\n")]).diagnostics
            .filter { $0.file.hasSuffix("f.md") }
        #expect(found.count == 3 && found.allSatisfy { $0.severity == .error }, "\(found)")
    }

    @Test func otherMistakesOfADraftStayErrors() {
        let found = TestContent.validate([TestContent.file(.project, "p", TestContent.project("brouillon: true\nmontant: beaucoup"))]).diagnostics
            .filter { $0.file.hasSuffix("p.md") && $0.severity == .error }
        #expect(!found.isEmpty, "un montant illisible reste une erreur, même dans un brouillon")
    }
}
