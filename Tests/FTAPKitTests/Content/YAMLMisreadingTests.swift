@testable import FTAPKit
import Testing

/// The three YAML mistakes whose libyaml complaint pointed elsewhere now say what to change, at
/// the character at fault.
@Suite struct YAMLMisreadingTests {
    static func message(_ yaml: String) -> String {
        let d = TestContent.diagnostics([TestContent.file(.page, "p", "---\n\(yaml)\n---\nTexte.\n")])
        return d.first { $0.code == .yamlSyntax }.map { "\($0.position?.line ?? 0): \($0.message)" } ?? "\(d)"
    }

    /// « ligne:colonne » of the `yaml-syntaxe` diagnostic of a page whose front matter is `yaml`.
    static func place(_ yaml: String) -> String {
        let d = TestContent.diagnostics([TestContent.file(.page, "p", "---\n\(yaml)\n---\nTexte.\n")])
        return d.first { $0.code == .yamlSyntax }.flatMap(\.position).map { "\($0.line):\($0.column)" } ?? "\(d)"
    }

    /// libyaml stops at the letter after the apostrophe (column 11); the apostrophe is at 10.
    @Test func anApostropheInsideSingleQuotesIsMarkedAtTheApostrophe() {
        #expect(Self.place("titre: 'L'appel 2021'") == "2:10")
        #expect(Self.place("sources:\n  - titre: 'L'appel'\n    url: https://exemple.fr/") == "3:14")
        #expect(Self.place("sources:\n  - 'L'appel'") == "3:7")
        #expect(Self.place("titre: 'Été d'après'") == "2:14", "colonnes en caractères, après un accent")
    }

    /// libyaml stops at the colon inside the quotes; the fault is the opening typographic quote.
    @Test func typographicQuotesAreMarkedAtTheOpeningQuote() {
        #expect(Self.place("titre: “L’appel : 2021”") == "2:8")
        #expect(Self.place("titre:   « Projet : un »") == "2:10")
        #expect(Self.place("jalons:\n  - libelle: “Étape : une”") == "3:14")
    }

    @Test func aTabUsedToIndentIsMarkedAtTheTab() {
        #expect(Self.place("titre: \"T\"\nporteur:\n\tnom: \"X\"") == "4:1")
        #expect(Self.place("titre: \"T\"\nporteur:\n  \tnom: \"X\"") == "4:3")
    }

    @Test func typographicQuotesFromAWordProcessorAreNamed() {
        #expect(Self.message("titre: “L’appel : 2021”") == "2: syntaxe YAML : la valeur commence par un guillemet typographique (« “ »), "
            + "venu d'un traitement de texte, que YAML ne reconnaît pas : entourez toute la valeur de guillemets droits \"…\" "
            + "(les guillemets typographiques peuvent rester à l'intérieur)")
        #expect(Self.message("titre: « Projet : un »").contains("guillemet typographique (« « »)"))
    }

    @Test func aTabUsedToIndentIsNamed() {
        #expect(Self.message("titre: \"T\"\nporteur:\n\tnom: \"X\"") == "4: syntaxe YAML : tabulation au début de la ligne : en YAML, "
            + "on décale avec des espaces ; remplacez la tabulation par deux espaces")
    }

    @Test func anApostropheInsideSingleQuotesIsNamed() {
        #expect(Self.message("titre: 'L'appel 2021'") == "2: syntaxe YAML : apostrophe dans un texte entre guillemets simples : "
            + "le texte s'arrête à l'apostrophe ; mettez-le entre guillemets doubles (\"L'appel 2021\") ou doublez l'apostrophe ('L''appel 2021')")
    }

    @Test func otherMistakesKeepTheirOwnWords() {
        #expect(Self.message("titre: a: b").contains("deux-points inattendu"))
        #expect(Self.message("titre: \"non fermé").contains("syntaxe YAML"))
    }
}

/// A value outside its list says so in one sentence, with or without a suggestion.
@Suite struct EnumValueMessageTests {
    @Test func theAllowedValuesFollowASemicolonOrTheQuestion() {
        let far = TestContent.diagnostics(project: TestContent.project().replacingOccurrences(of: "type: administration-centrale", with: "type: zzz"))
        #expect(far.map(\.message).contains { $0.hasPrefix("valeur « zzz » non autorisée pour « type du porteur » ; valeurs possibles : administration-centrale, ") }, "\(far)")
        let near = TestContent.diagnostics(project: TestContent.project().replacingOccurrences(of: "type: administration-centrale", with: "type: operatuer"))
        #expect(near.map(\.message).contains { $0.contains("vouliez-vous dire « operateur » ? Valeurs possibles : administration-centrale, ") }, "\(near)")
    }
}
