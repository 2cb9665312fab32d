@testable import FTAPValidation
import Testing

/// Messages name places as a person would: « date du 1er jalon », not `jalons[1].date`.
@Suite struct PlaceNameTests {
    @Test(arguments: [
        ("jalons[1].date", "date du 1er jalon"), ("versements[2].montant", "montant du 2e versement"),
        ("sources[1].url", "url de la 1re source"), ("sources[3].titre", "titre de la 3e source"),
        ("porteur.type", "type du porteur"), ("periode.debut", "debut de la période"),
        ("hebergeur.contact", "contact de l’hébergeur"), ("editeur.nom", "nom de l’éditeur"),
        ("projets[2]", "2e projet"), ("rubriques[1]", "1re rubrique"), ("enveloppes[1].annees", "annees de la 1re enveloppe"),
        ("titre", "titre"), ("inconnu[1].x", "inconnu[1].x"), ("a.b.c", "a.b.c"), ("jalons[0].date", "jalons[0].date"),
    ])
    func spoken(path: String, expected: String) {
        #expect(PlaceName.spoken(path) == expected)
    }

    @Test func aMessageAboutAMilestoneNamesItsPlace() {
        let sheet = TestContent.project("jalons:\n  - date: 2021-13-01\n    libelle: \"Étape\"\n    etat: prevu")
        let d = TestContent.diagnostics(project: sheet)
        #expect(d.map(\.message).contains { $0.contains("« date du 1er jalon »") }, "\(d.map(\.message))")
    }
}
