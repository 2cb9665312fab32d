@testable import FTAPCore
import Testing

/// Issue 23, point 5: names are listed in the order of a French index.
@Suite struct FrenchCollationTests {
    static func precedes(_ a: String, _ b: String) -> Bool {
        (FrenchCollation.key(a), a) < (FrenchCollation.key(b), b)
    }

    @Test func accentsAndCaseDoNotSendANameToTheEnd() {
        let names = ["Ministère du Travail", "Ministère de l’Éducation nationale", "Ministère de la Culture",
                     "Ministère de l’Europe", "Ministère de l’Économie", "Ministère de l’Enseignement supérieur",
                     "ministère des Armées", "Œuvres sociales", "Opérateur"]
        #expect(names.sorted(by: Self.precedes) == [
            "Ministère de l’Économie", "Ministère de l’Éducation nationale", "Ministère de l’Enseignement supérieur",
            "Ministère de l’Europe", "Ministère de la Culture", "ministère des Armées", "Ministère du Travail",
            "Œuvres sociales", "Opérateur"])
    }

    @Test func theOrderIsTotal() {
        #expect(FrenchCollation.key("Ecole") == FrenchCollation.key("École") && Self.precedes("Ecole", "École") != Self.precedes("École", "Ecole"))
    }
}
