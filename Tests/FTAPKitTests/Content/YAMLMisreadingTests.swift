import Testing
@testable import FTAPKit

/// The three YAML mistakes whose libyaml complaint pointed elsewhere now say what to change.
@Suite struct YAMLMisreadingTests {
    static func message(_ yaml: String) -> String {
        let d = TestContent.diagnostics([TestContent.file(.page, "p", "---\n\(yaml)\n---\nTexte.\n")])
        return d.first { $0.code == .yamlSyntax }.map { "\($0.position?.line ?? 0): \($0.message)" } ?? "\(d)"
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
