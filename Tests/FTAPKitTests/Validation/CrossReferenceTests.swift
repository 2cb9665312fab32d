@testable import FTAPKit
import Testing

@Suite struct CrossReferenceTests {
    @Test func testimonialMustNameAnExistingProject() {
        let testimonial = "---\nauteur: \"A\"\nfonction: \"B\"\nprojet: projet-tset\ndate: 2020-01-01\n---\nCitation."
        let d = TestContent.diagnostics([TestContent.file(.project, "projet-test", TestContent.project()),
                                         TestContent.file(.testimonial, "t", testimonial)])
        #expect(d.codesAndLines == ["projet-inconnu@4"])
        #expect(d[0].message.contains("vouliez-vous dire « projet-test »"))
    }

    @Test func newsMustNameExistingProjects() {
        let news = "---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"R\"\nprojets:\n  - projet-test\n  - inconnu\n---\n"
        let d = TestContent.diagnostics([TestContent.file(.project, "projet-test", TestContent.project()),
                                         TestContent.file(.news, "n", news)])
        #expect(d.codesAndLines == ["projet-inconnu@7"])
    }

    /// Authors name a sheet by its title: the message gives the file name to write instead.
    @Test func aReferenceByTitleGetsTheFileName() {
        let news = "---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"R\"\nprojets: [\"Le Cloud de l’État\"]\n---\n"
        let d = TestContent.diagnostics([TestContent.file(.project, "cloud-etat", TestContent.project(title: "Le cloud de l'Etat")),
                                         TestContent.file(.news, "n", news)])
        #expect(d.codesAndLines == ["projet-inconnu@5"])
        #expect(d.first?.message == "« Le Cloud de l’État » est le titre d'une fiche : une fiche se désigne par son nom de fichier, "
            + "écrivez « cloud-etat » (le nom de « projets/cloud-etat.md », sans « .md »)")
    }

    @Test func referenceToAnInvalidSheetIsNotReportedTwice() {
        let testimonial = "---\nauteur: \"A\"\nfonction: \"B\"\nprojet: casse\ndate: 2020-01-01\n---\n"
        let d = TestContent.diagnostics([TestContent.file(.project, "casse", TestContent.project(amount: "-1")),
                                         TestContent.file(.testimonial, "t", testimonial)])
        #expect(d.map(\.code.rawValue) == ["montant-invalide"])
    }

    @Test func oneEntityWithTwoTypesNamesBothFiles() {
        let d = TestContent.diagnostics([
            TestContent.file(.project, "a", TestContent.project(carrier: "Direction Générale des Douanes")),
            TestContent.file(.project, "b", TestContent.project(amount: "2000000", carrier: "direction  generale des douanes", type: "operateur")),
        ])
        #expect(d.codesAndLines == ["porteur-types-differents@7"])
        #expect(d[0].file == "content/projets/b.md")
        #expect(d[0].message.contains("content/projets/a.md"))
    }

    @Test func sameEntitySpelledDifferentlyWithSameTypeIsFine() {
        let d = TestContent.diagnostics([
            TestContent.file(.project, "a", TestContent.project(carrier: "Agence de services et de paiement")),
            TestContent.file(.project, "b", TestContent.project(amount: "2000000", carrier: "AGENCE DE SERVICES ET DE PAIEMENT")),
        ])
        #expect(d.isEmpty)
    }

    @Test func newsAndTestimonialRequiredKeys() {
        let d = TestContent.diagnostics([TestContent.file(.news, "n", "---\ntitre: \"N\"\n---\n"),
                                         TestContent.file(.testimonial, "t", "---\nauteur: \"A\"\ndate: 2020-02-30\n---\n")])
        #expect(Set(d.map(\.code.rawValue)) == ["cle-manquante", "date-invalide"])
        #expect(d.filter { $0.code.rawValue == "cle-manquante" }.count == 3)
    }
}
