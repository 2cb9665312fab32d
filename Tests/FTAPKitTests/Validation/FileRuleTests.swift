import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPValidation
import Testing

@Suite struct FileRuleTests {
    private func diagnostics(bytes: [UInt8], kind: ContentKind = .project, slug: String = "fichier") -> [Diagnostic] {
        TestContent.diagnostics([ContentFile(path: "content/\(kind.folder)/\(slug).md", kind: kind, slug: slug, bytes: bytes)])
    }

    @Test func byteOrderMarkIsAccepted() {
        #expect(diagnostics(bytes: [0xEF, 0xBB, 0xBF] + Array(TestContent.project().utf8)).isEmpty)
    }

    @Test func crlfLineEndsAreAcceptedAndKeepLineNumbers() {
        let crlf = TestContent.project("montnat: 3").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(diagnostics(bytes: Array(crlf.utf8)).codesAndLines == ["cle-inconnue@9"])
        #expect(diagnostics(bytes: Array(TestContent.project().replacingOccurrences(of: "\n", with: "\r\n").utf8)).isEmpty)
    }

    @Test func invalidUTF8IsReportedAtItsLine() {
        var bytes = Array(TestContent.project().utf8)
        let line4 = bytes.indices.filter { bytes[$0] == 0x0A }[2] + 1
        bytes.insert(0xE9, at: line4 + 2)
        let d = diagnostics(bytes: bytes)
        #expect(d.codesAndLines == ["utf8-invalide@4"])
        #expect(d[0].position?.column == 3)
    }

    @Test func binaryFileIsReported() {
        #expect(diagnostics(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).codesAndLines == ["fichier-binaire@-"])
    }

    @Test func emptyFileIsReported() {
        #expect(diagnostics(bytes: Array(" \n\n".utf8)).codesAndLines == ["fichier-vide@-"])
    }

    @Test func missingFrontMatterIsReportedAtLineOne() {
        #expect(diagnostics(bytes: Array("# Titre\n\ntexte\n".utf8)).codesAndLines == ["entete-absente@1"])
    }

    @Test func unclosedFrontMatterIsReported() {
        #expect(diagnostics(bytes: Array("---\ntitre: x\n\ntexte\n".utf8)).codesAndLines == ["entete-non-fermee@1"])
    }

    @Test func yamlSyntaxErrorIsReportedAtParserLine() {
        let text = "---\ntitre: \"x\"\nresume: \"y\"\nappel: [2019\nmontant: 5\n---\n"
        let d = diagnostics(bytes: Array(text.utf8))
        #expect(d.count == 1)
        #expect(d[0].code.rawValue == "yaml-syntaxe")
        #expect((5...6).contains(d[0].position?.line ?? 0))
    }

    @Test func colonInUnquotedValueGetsAFrenchHint() {
        let text = "---\ntitre: Projet : phase 2: suite\n---\n"
        let d = diagnostics(bytes: Array(text.utf8), kind: .page)
        #expect(d.codesAndLines == ["yaml-syntaxe@2"])
        #expect(d[0].message.contains("guillemets"))
    }

    @Test func frontMatterThatIsAListIsReported() {
        #expect(diagnostics(bytes: Array("---\n- a\n- b\n---\n".utf8), kind: .page).codesAndLines == ["entete-pas-un-dictionnaire@2"])
    }

    @Test func invalidSlugIsReportedWithASuggestion() {
        let d = diagnostics(bytes: Array("---\ntitre: x\n---\n".utf8), kind: .page, slug: "Mentions_Légales")
        #expect(d.codesAndLines == ["nom-de-fichier-invalide@-"])
        #expect(d[0].message.contains("mentions-legales.md"))
    }

    @Test func reservedPageSlugIsRejected() {
        #expect(diagnostics(bytes: Array("---\ntitre: x\n---\n".utf8), kind: .page, slug: "projets").map(\.code.rawValue) == ["doublon"])
    }

    @Test func siteSettingsNeedAnHTTPSURL() {
        let result = TestContent.validate([], site: "titre: x\nurl: http://exemple.fr\ndescription: d\n")
        #expect(result.diagnostics.codesAndLines == ["url-invalide@2"])
    }

    @Test func missingMandatoryPageIsAWarning() {
        let source = ContentSource(root: "content", siteSettingsBytes: Array(TestContent.siteYAML.utf8), files: [])
        let result = ContentValidator.validate(source, context: ValidationContext(buildDate: TestContent.buildDate))
        #expect(result.diagnostics.map(\.code.rawValue) == Array(repeating: "page-obligatoire-absente", count: 3))
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics.map(\.file).contains("content/pages/accessibilite.md"))
        #expect(result.content != nil)
    }

    @Test func missingSiteSettingsIsAnError() {
        let source = ContentSource(root: "content", siteSettingsBytes: nil, files: [])
        let result = ContentValidator.validate(source, context: ValidationContext(buildDate: TestContent.buildDate))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue) == ["site-yml-absent"])
    }
}
