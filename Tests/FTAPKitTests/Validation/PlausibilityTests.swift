@testable import FTAPCore
import Testing

/// Values that are valid but unlikely (the build date of the tests is 25 November 2026).
@Suite struct PlausibilityTests {
    @Test func aPaymentDatedInTheFutureIsAnErrorAtItsDate() {
        let d = TestContent.diagnostics(project: TestContent.project("versements:\n  - date: 2027-03-01\n    montant: 1000"))
        #expect(d.codesAndLines == ["valeur-invraisemblable@10"])
        #expect(d.first?.severity == .error)
        #expect(d.first?.message.contains("« versé à ce jour »") == true)
    }

    @Test func aDateOneDayAheadOfUTCIsTodayInFranceAndNotInTheFuture() {
        // The build date is UTC's; at 0:30 in Paris it is already the next day.
        let d = TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2026-11-26\nversements:\n  - date: 2026-11-26\n    montant: 1000"))
        #expect(d.isEmpty, "\(d)")
        #expect(ContentDate(year: 2026, month: 12, day: 31)!.nextDay == ContentDate(year: 2027, month: 1, day: 1))
        #expect(ContentDate(year: 2024, month: 2, day: 28)!.nextDay == ContentDate(year: 2024, month: 2, day: 29))
        #expect(ContentDate(year: 2026, month: 4, day: 30)!.nextDay == ContentDate(year: 2026, month: 5, day: 1))
    }

    @Test func aPastMilestoneStillPlannedIsAWarning() {
        let d = TestContent.diagnostics(project: TestContent.project("jalons:\n  - date: 2024-05-01\n    libelle: \"Mise en service\"\n    etat: prevu"))
        #expect(d.codesAndLines == ["valeur-invraisemblable@12"])
        #expect(d.first?.severity == .warning)
        #expect(d.first?.message.contains("écrivez « etat: atteint »") == true)
        let future = TestContent.diagnostics(project: TestContent.project("jalons:\n  - date: 2027-05-01\n    libelle: \"Mise en service\"\n    etat: prevu"))
        #expect(future.isEmpty)
    }

    @Test func aCheckDateInTheFutureIsAnErrorOnAPublishedSheetAndAWarningOnADraft() {
        let published = TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2026-12-24"))
        #expect(published.codesAndLines == ["valeur-invraisemblable@9"] && published.first?.severity == .error, "\(published)")
        let draft = TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2026-12-24\nbrouillon: true"))
        #expect(draft.codesAndLines == ["valeur-invraisemblable@9"] && draft.first?.severity == .warning, "\(draft)")
        let scheduled = TestContent.diagnostics(project: TestContent.project("mise_a_jour: 2026-12-24\ndate_publication: 2026-12-24"))
        #expect(scheduled.first?.severity == .warning, "\(scheduled)")
    }

    @Test func aTitleOverOneHundredFiftyCharactersIsAWarningWithItsLength() {
        let title = String(repeating: "Modernisation ", count: 12) + "fin"
        let d = TestContent.diagnostics(project: TestContent.project(title: title))
        #expect(d.codesAndLines == ["valeur-invraisemblable@2"] && d.first?.severity == .warning)
        #expect(d.first?.message.hasPrefix("le titre compte \(title.count) caractères") == true)
    }

    @Test func aTestimonialDatedBeforeItsProjectsCallIsAWarning() {
        let testimonial = "---\nauteur: \"Camille Martin\"\nfonction: \"Cheffe de projet\"\nprojet: \"projet-test\"\ndate: 2017-06-01\n---\nUn témoignage.\n"
        let files = [TestContent.file(.project, "projet-test", TestContent.project()), TestContent.file(.testimonial, "camille", testimonial)]
        let d = TestContent.diagnostics(files)
        #expect(d.codesAndLines == ["valeur-invraisemblable@5"], "\(d)")
        #expect(d.first?.message.contains("avant l'appel 2019") == true)
    }
}
