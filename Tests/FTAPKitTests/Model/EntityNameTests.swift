@testable import FTAPContent
@testable import FTAPModel
import Testing

@Suite("Entity names")
struct EntityNameTests {
    @Test("The per-character shortcut gives what Foundation's folding gives, on every Latin character and on names")
    func shortcutMatchesFoundation() {
        let latin = (0..<0x300).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        let names = latin + [latin.joined(), "Direction  Générale", "DIRECTION GÉNÉRALE", "Ministère\tdes Armées", "a\nb",
                             "Œuvre d’État", "ÆSÆ ß ĳ ǅ", "Pôle emploi (ex-ANPE)", "  ", "", "l'Agence", "Zz09@[`{~",
                             "Cafe\u{301}", "Agence\u{200B}X", "東京 Ｆｕｌｌ"]
        for name in names {
            #expect(EntityName.identity(of: name) == EntityName.foldedByFoundation(name), "\(name.debugDescription)")
        }
    }

    @Test("Accents, case, spacing, hidden characters and apostrophes do not separate one entity")
    func spellingsOfOneEntityMeet() {
        let spellings = ["Direction générale des Finances publiques", "direction generale des finances publiques",
                         "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "Direction\u{200B} générale  des Finances publiques"]
        #expect(Set(spellings.map(EntityName.identity(of:))).count == 1)
        #expect(EntityName.identity(of: "L’Agence") == EntityName.identity(of: "l'agence"))
        #expect(EntityName.identity(of: "Agence A") != EntityName.identity(of: "Agence B"))
    }
}
