import Foundation
@testable import FTAPCore
import Testing

/// Hostile front matter must give a diagnostic, never a crash or a hang.
@Suite struct SafetyTests {
    private func diagnostics(_ yaml: String) -> [Diagnostic] {
        TestContent.diagnostics([TestContent.file(.page, "p", "---\n" + yaml + "\n---\n")])
    }

    @Test func aliasBombIsRefused() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        yaml += "titre: *j"
        let d = diagnostics(yaml)
        #expect(d.codesAndLines == ["yaml-alias@3"])
    }

    @Test func aliasOnItsOwnLineIsRefused() {
        #expect(diagnostics("base: &b x\ntitre:\n  *b").map(\.code.rawValue) == ["yaml-alias"])
    }

    @Test func deepNestingIsRefused() {
        let yaml = "titre: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        #expect(diagnostics(yaml).map(\.code.rawValue) == ["yaml-trop-complexe"])
    }

    @Test func deepBlockNestingIsRefused() {
        let yaml = "titre:\n" + String(repeating: "- ", count: 5_000) + "x"
        #expect(diagnostics(yaml).map(\.code.rawValue) == ["yaml-trop-complexe"])
    }

    @Test func twentyThousandKeysGiveBoundedDiagnostics() {
        let yaml = "titre: x\n" + (0..<20_000).map { "cle\($0): \($0)" }.joined(separator: "\n")
        let d = diagnostics(yaml)
        #expect(d.count == DiagnosticCollector.maximumPerFile + 1)
        #expect(d.last?.code.rawValue == "trop-d-erreurs")
    }

    @Test func asteriskInsideTextIsNotAnAlias() {
        let yaml = "titre: \"*important*\"\nresume: |\n  * point un\n  * point deux\n"
        #expect(diagnostics(yaml).isEmpty)
    }

    @Test func multiLineQuotedTextStartingWithAsteriskIsNotAnAlias() {
        #expect(diagnostics("titre: \"début\n  *suite* fin\"").isEmpty)
    }

    @Test func twentyMegabyteBodyIsRefusedAtItsFirstLine() throws {
        let body = String(repeating: "Un paragraphe de texte du projet, assez long pour peser.\n\n", count: 350_000)
        let result = TestContent.validate([TestContent.file(.project, "gros", TestContent.project() + "\n" + body)])
        #expect(result.diagnostics.codesAndLines == ["texte-trop-long@11"])
    }

    @Test func threeMegabyteBodyIsAccepted() throws {
        let body = String(repeating: "Un paragraphe de texte du projet, assez long pour peser.\n\n", count: 50_000)
        let result = TestContent.validate([TestContent.file(.project, "gros", TestContent.project() + "\n" + body)])
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.content).projects[0].body.html.utf8.count > 3_000_000)
    }
}
