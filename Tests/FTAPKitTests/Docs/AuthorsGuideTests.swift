import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPValidation
import Testing

/// The authors' guide (`docs/guide-redaction.md`) says every diagnostic code and every allowed
/// value, and nothing the code does not know (its key tables are the schema's: `ContentSchemaTests`).
@Suite struct AuthorsGuideTests {
    static let guide: String = {
        let url = FTAPProcess.packageRoot.appendingPathComponent("docs/guide-redaction.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Each `#### \`code\`` heading with the text under it.
    static func documentedCodes(in guide: String) -> [String: String] {
        var codes: [String: String] = [:]
        let parts = guide.components(separatedBy: "\n#### `").dropFirst()
        for part in parts {
            guard let end = part.firstIndex(of: "`") else { continue }
            let text = part[part.index(after: end)...]
            let paragraph = text.components(separatedBy: "\n#").first ?? ""
            codes[String(part[..<end])] = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return codes
    }

    @Test func everyDiagnosticCodeHasItsParagraphAndNoOther() {
        let documented = Self.documentedCodes(in: Self.guide)
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        let missing = codes.subtracting(documented.keys)
        let unknown = Set(documented.keys).subtracting(codes)
        #expect(missing.isEmpty, "codes sans paragraphe dans le guide : \(missing.sorted())")
        #expect(unknown.isEmpty, "codes du guide inconnus du code : \(unknown.sorted())")
        let thin = documented.filter { $0.value.count < 60 }.keys
        #expect(thin.isEmpty, "paragraphes trop courts pour dire la cause et le remède : \(thin.sorted())")
    }

    @Test func everyAllowedValueIsInTheGuide() {
        let values = Programme.allCases.map(\.rawValue) + BeneficiaryType.allCases.map(\.rawValue) + Lever.allCases.map(\.rawValue)
            + ProjectStatus.allCases.map(\.rawValue) + MilestoneState.allCases.map(\.rawValue)
            + Publisher.allCases.map(\.rawValue) + FigureNature.allCases.map(\.rawValue) + AmountApproximation.allCases.map(\.rawValue)
        let missing = values.filter { !Self.guide.contains("`\($0)`") }
        #expect(missing.isEmpty, "valeurs possibles absentes du guide : \(missing)")
    }

    @Test func theParsersSeeWhatTheyShould() throws {
        let sample = "<!-- clés : x -->\n| clé | sens |\n|---|---|\n| `a` | A |\n| `b.c` | C |\n\n#### `code-un`\nUn paragraphe.\n#### `code-deux`\nDeux.\n"
        let table = try #require(ContentSchemaTests.table("x", in: sample))
        #expect(sample[table] == "| clé | sens |\n|---|---|\n| `a` | A |\n| `b.c` | C |\n")
        #expect(Self.documentedCodes(in: sample) == ["code-un": "Un paragraphe.", "code-deux": "Deux."])
    }

    /// The complete examples of the guide (code blocks that start with `---` and have a body) are
    /// valid content: an author who copies one gets no error.
    @Test func theGuidesCompleteExamplesAreValid() throws {
        let blocks = Self.guide.components(separatedBy: "```\n---\n").dropFirst()
            .map { "---\n" + ($0.components(separatedBy: "```").first ?? "") }
            .filter { $0.components(separatedBy: "---\n").count == 3 && !$0.hasSuffix("---\n") }
        func kind(_ text: String) -> ContentKind? {
            if text.contains("\nannee:") { return .budgetExecution }
            if text.contains("\nporteur:") { return .project }
            if text.contains("\nauteur:") { return .testimonial }
            if text.contains("\nrubriques:") { return .news }
            if text.contains("\nsources:") { return .officialFigure }
            return text.contains("\ntitre:") ? .page : nil
        }
        // A budget execution's file is named by its year.
        func name(_ kind: ContentKind, _ text: String, _ index: Int) -> String {
            kind == .budgetExecution ? text.firstMatch(of: /\nannee: ([0-9]{4})/).map { String($0.1) } ?? "" : "exemple-\(index)"
        }
        let examples = blocks.enumerated().compactMap { index, text in
            kind(text).map { TestContent.file($0, name($0, text, index), text) }
        }
        #expect(Set(examples.map(\.kind)) == Set(ContentKind.allCases), "un exemple complet par type : \(examples.map(\.kind))")
        let cited = ["inserre-prisons-experimentales", "inrap-big-data-ia"].map { slug in
            TestContent.file(.project, slug, TestContent.project(title: slug, carrier: slug))
        }
        // The files of `media/` the examples name: photos and drawings as libvips reads them, and documents.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guide-media-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = Set(examples.flatMap { String(decoding: $0.bytes, as: UTF8.self).matches(of: /\/media\/([a-z0-9\/.-]+)/).map { String($0.1) } })
        var media: [MediaFile] = []
        for path in named.sorted() {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let bytes = path.hasSuffix(".jpg") ? try TestImages.jpeg(width: 1200, height: 800) : Array("%PDF-1.4\n%%EOF\n".utf8)
            try Data(bytes).write(to: file)
            media.append(MediaFile(relativePath: path, sourcePath: file.path, byteCount: bytes.count))
        }
        let result = TestContent.validate(examples + cited, media: media)
        #expect(!media.isEmpty, "the guide's examples show an image, a video and a document")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    }

    @Test func theREADMELinksTheGuide() throws {
        let readme = try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(docs/guide-redaction.md)"))
    }
}
