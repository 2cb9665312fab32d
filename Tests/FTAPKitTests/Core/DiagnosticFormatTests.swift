import Foundation
@testable import FTAPCore
import Testing

@Suite struct DiagnosticFormatTests {
    let sample = [
        Diagnostic(file: "content/projets/x.md", position: SourcePosition(line: 9, column: 1), code: .unknownKey,
                   message: "clé inconnue « montnat » ; vouliez-vous dire « montant » ?"),
        Diagnostic(file: "content/projets/Y.md", position: nil, severity: .warning, code: .invalidSlug, message: "a \"b\": c, d"),
    ]

    @Test func textLineReadsFileLineColumnSeverityMessage() {
        #expect(DiagnosticFormat.text.render([sample[0]]) == "=== content/projets/x.md : 1 erreur ===\n"
                + "content/projets/x.md:9:1: erreur: clé inconnue « montnat » ; vouliez-vous dire « montant » ? [cle-inconnue]")
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

    @Test func gitlabReportIsACodeQualityArray() throws {
        let data = Data(DiagnosticFormat.gitlab.render(sample).utf8)
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(Set(items[0].keys) == ["description", "check_name", "fingerprint", "severity", "location"])
        #expect(items[0]["check_name"] as? String == "cle-inconnue")
        #expect(items[0]["severity"] as? String == "major")
        #expect(items[1]["severity"] as? String == "minor")
        let location = try #require(items[1]["location"] as? [String: Any])
        #expect(location["path"] as? String == "content/projets/Y.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 1, "sans ligne : la ligne 1 du fichier")
        #expect(DiagnosticFormat.gitlab.render([]) == "[]")
        #expect(DiagnosticFormat.gitlab.isMachineReport && DiagnosticFormat.json.isMachineReport)
        #expect(!DiagnosticFormat.text.isMachineReport && !DiagnosticFormat.github.isMachineReport)
    }

    /// Published FNV-1a 128 test vectors: the fingerprint must not depend on the machine or the run.
    @Test func stableHashIsFNV1a128() {
        #expect(StableHash.hex("") == "6c62272e07bb014262b821756295c58d")
        #expect(StableHash.hex("a") == "d228cb696f1a8caf78912b704e4a8964")
        #expect(StableHash.hex("content/projets/x.md") == "5c20bc99510c67027bb4a3479f124140")
    }

    @Test func fingerprintChangesWithEachPartOfADiagnostic() {
        let base = sample[0]
        var variants = [base]
        var other = base; other.file = "content/projets/z.md"; variants.append(other)
        other = base; other.position = SourcePosition(line: 10, column: 1); variants.append(other)
        other = base; other.code = .invalidEnum; variants.append(other)
        other = base; other.message += "."; variants.append(other)
        let prints = variants.map(CodeQualityReport.fingerprint)
        #expect(Set(prints).count == variants.count)
        #expect(CodeQualityReport.fingerprint(base) == CodeQualityReport.fingerprint(sample[0]))
    }
}
