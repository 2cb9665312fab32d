import Testing
@testable import FTAPKit

@Suite("Entity names")
struct EntityNameTests {
    @Test("The ASCII shortcut gives what Foundation's folding gives, for every ASCII character")
    func asciiShortcutMatchesFoundation() {
        let every = String(decoding: (0x00...0x7F).map { UInt8($0) }, as: UTF8.self)
        let names = [every, "Direction  Generale", "DIRECTION generale", "Ministere\tdes Armees", "a\nb",
                     "INSEE", "Pole emploi (ex-ANPE)", "  ", "", "l'Agence", "Zz09@[`{~"]
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
