import Foundation
import RegexBuilder
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPOutput
@testable import FTAPValidation
import Testing

/// The one description of the content (`ContentSchema`) is what the guide shows and what
/// validation asks for: the guide's key tables are made from it, and a file without any key is
/// told exactly the keys the description says are required.
@Suite struct ContentSchemaTests {
    static let guideURL = FTAPProcess.packageRoot.appendingPathComponent("docs/guide-redaction.md")

    /// The table after `<!-- clés : name -->`, as it is in the guide.
    static func table(_ name: String, in guide: String) -> Range<String.Index>? {
        guard let marker = guide.range(of: "<!-- clés : \(name) -->\n") else { return nil }
        var end = marker.upperBound
        while end < guide.endIndex, guide[end] == "|", let line = guide[end...].firstIndex(of: "\n") {
            end = guide.index(after: line)
        }
        return marker.upperBound..<end
    }

    /// The guide's key tables are the schema's; `UPDATE_GOLDEN=1` writes them into the guide.
    @Test func theGuidesKeyTablesAreTheSchemas() throws {
        var guide = try String(contentsOf: Self.guideURL, encoding: .utf8)
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        for schema in ContentSchema.all {
            let range = try #require(Self.table(schema.table, in: guide), "tableau « \(schema.table) » absent du guide")
            if update {
                guide.replaceSubrange(range, with: schema.guideTable + "\n")
            } else {
                #expect(String(guide[range]) == schema.guideTable + "\n", "le tableau « \(schema.table) » du guide n'est pas celui du schéma : UPDATE_GOLDEN=1 swift test --filter ContentSchemaTests")
            }
        }
        if update { try guide.write(to: Self.guideURL, atomically: true, encoding: .utf8) }
    }

    /// The keys a file lacking every key is told it misses (`cle-manquante`).
    static func missingKeys(_ diagnostics: [Diagnostic], file: String) -> Set<String> {
        Set(diagnostics.filter { $0.code == .missingKey && $0.file == file }.compactMap { diagnostic in
            diagnostic.message.firstMatch(of: /« ([a-z_]+) »/).map { String($0.1) }
        })
    }

    /// The keys the schema requires, and the first of each set of alternatives.
    static func required(_ schema: KindSchema) -> Set<String> {
        Set(schema.fields.filter(\.isRequired).map(\.key) + schema.alternatives.compactMap(\.first))
    }

    @Test(arguments: [(ContentKind.project, "projets"), (.testimonial, "temoignages"), (.news, "actualites"), (.page, "pages"),
                      (.officialFigure, "chiffres-officiels"), (.budgetExecution, "execution-budgetaire")])
    func aFileWithoutKeysIsToldTheRequiredOnes(kind: ContentKind, table: String) throws {
        let schema = try #require(ContentSchema.all.first { $0.table == table })
        let slug = kind == .budgetExecution ? "2020" : "vide"
        let file = TestContent.file(kind, slug, "---\nbrouillon: true\n---\nTexte.\n")
        let told = Self.missingKeys(TestContent.validate([file]).diagnostics, file: file.path)
        #expect(told == Self.required(schema), "\(kind)")
    }

    @Test func siteSettingsWithoutKeysAreToldTheRequiredOnes() {
        let told = Self.missingKeys(TestContent.validate([], site: "langue: fr\n").diagnostics, file: "content/site.yml")
        #expect(told == Self.required(ContentSchema.site))
    }

    /// `ftap new` writes every key of its kind, given or commented, with its sub-keys.
    @Test(arguments: [(ContentKind.project, "projets"), (.testimonial, "temoignages"), (.news, "actualites"), (.page, "pages"),
                      (.officialFigure, "chiffres-officiels"), (.budgetExecution, "execution-budgetaire")])
    func theScaffoldNamesEveryKeyOfItsKind(kind: ContentKind, table: String) throws {
        let schema = try #require(ContentSchema.all.first { $0.table == table })
        let text = ContentScaffold.text(for: kind, today: TestContent.buildDate, slug: "2024")
        func named(_ key: String) -> Bool {
            text.contains(Regex { ChoiceOf { Anchor.startOfLine; " "; "«"; "{"; "-" }; key; ":" })
        }
        func visit(_ fields: [FieldDescription], _ path: String) {
            for field in fields {
                if case .obsolete = field.form { continue }
                #expect(named(field.key), "ftap new \(kind) : clé « \(path)\(field.key) » absente")
                visit(field.children, "\(path)\(field.key).")
            }
        }
        visit(schema.fields, "")
    }

    /// Every value of a closed list is named in its key's « valeurs possibles ».
    @Test func everyChoiceIsInItsValues() {
        func visit(_ fields: [FieldDescription], _ table: String) {
            for field in fields {
                if case let .choice(choices) = field.form {
                    for choice in choices where !field.values.contains("`\(choice.value)`") && !field.values.contains("comme pour les fiches") {
                        Issue.record("\(table) : « \(field.key) » ne dit pas la valeur « \(choice.value) »")
                    }
                }
                visit(field.children, table)
            }
        }
        for schema in ContentSchema.all { visit(schema.fields, schema.table) }
    }
}
