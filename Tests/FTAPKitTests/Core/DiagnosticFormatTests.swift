import Foundation
import Testing
@testable import FTAPKit

@Suite struct DiagnosticFormatTests {
    let sample = [
        Diagnostic(file: "content/projets/x.md", position: SourcePosition(line: 9, column: 1), code: .unknownKey,
                   message: "clé inconnue « montnat » ; vouliez-vous dire « montant » ?"),
        Diagnostic(file: "content/projets/Y.md", position: nil, severity: .warning, code: .invalidSlug, message: "a \"b\": c, d"),
    ]

    @Test func textLineReadsFileLineColumnSeverityMessage() {
        #expect(DiagnosticFormat.text.render([sample[0]]) ==
                "content/projets/x.md:9:1: erreur: clé inconnue « montnat » ; vouliez-vous dire « montant » ? [cle-inconnue]")
    }

    @Test func jsonMatchesTheDesignContract() throws {
        let data = Data(DiagnosticFormat.json.render(sample).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        #expect(object["warnings"] as? Int == 1)
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(Set(items[0].keys) == ["file", "line", "column", "severity", "code", "message"])
        #expect(items[0]["line"] as? Int == 9)
        #expect(items[0]["severity"] as? String == "error")
        #expect(items[1]["line"] is NSNull)
        #expect(items[1]["message"] as? String == "a \"b\": c, d")
    }

    @Test func githubAnnotationEscapesProperties() {
        #expect(DiagnosticFormat.github.render([sample[0]]) ==
                "::error file=content/projets/x.md,line=9,col=1,title=cle-inconnue::clé inconnue « montnat » ; vouliez-vous dire « montant » ?")
        #expect(DiagnosticFormat.github.render([sample[1]]) == "::warning file=content/projets/Y.md,title=nom-de-fichier-invalide::a \"b\": c, d")
    }
}
