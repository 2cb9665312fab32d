import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPRendering
import Testing

/// The two CSV files of the projects (for programs and for a spreadsheet) and the open-data page
/// that presents them.
@Suite struct OpenDataTests {
    /// Two projects whose texts need quoting or defusing in a CSV, one with payments and sources.
    static func site() throws -> PublishedSite {
        let paid = """
        versements:
          - date: 2024-03-01
            montant: 250000
          - date: 2025-01-15
            montant: 100000
        sources:
          - titre: "Dossier de presse"
            url: "https://www.modernisation.gouv.fr/presse?annee=2024"
          - titre: "Rapport"
            url: "https://www.senat.fr/rap/l20-138.html"
        """
        let (content, diagnostics) = TestContent.validate([
            TestContent.file(.project, "a-quote", TestContent.project(paid, title: "Titre ; avec \\\"guillemets\\\", virgule")),
            TestContent.file(.project, "b-formula", TestContent.project(title: "Autre projet", carrier: "=SOMME(A1)")),
        ])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return PublishedSite(content: try #require(content), buildDate: TestContent.buildDate, includeDrafts: false)
    }

    /// The cells of a CSV text, read by the rules of RFC 4180 with the given delimiter.
    static func cells(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, previous: Character? = nil
        for character in text {
            if quoted {
                if character == "\"" { quoted = false } else { cell.append(character) }
            } else if character == "\"" {
                if previous == "\"" { cell.append("\"") }
                quoted = true
            } else if character == delimiter {
                row.append(cell); cell = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        return rows
    }

    /// Cells as a CSV reader finds them, code point by code point: a quote followed by a
    /// combining mark is a quote for it, though Swift sees one character.
    static func scalarCells(_ text: String, delimiter: Unicode.Scalar) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = String.UnicodeScalarView(), quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { cell.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == delimiter {
                row.append(String(cell)); cell = .init()
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                row.append(String(cell)); rows.append(row); row = []; cell = .init()
            } else {
                cell.append(scalar)
            }
        }
        return rows
    }

    /// Hostile titles: quotes with combining marks, every quote-like character, direction
    /// controls, line breaks, and formulas at the start: every row keeps the header's number of
    /// cells, and no cell starts with a formula sign.
    @Test func quotingAndTheFormulaGuardHoldForEveryQuoteLikeCharacter() throws {
        let titles = ["Titre \"\u{0301},=2+5,", "\"=2+5", "=1+1", "\u{0301}\",=1", "\u{202E}=1", "＂,=1", "“,=1”", "« ,=1 »",
                      "-2,+3", "+33 1", "@SUM(1)", "a\r\n=1", "a\n\"b\u{0308}\"\n,=c", "\t=1", "\";=1;\"", "'=1"]
        let base = try Self.site().projects[0]
        let projects = titles.enumerated().map { index, title in
            ProjectSheet(slug: "p\(index)", file: "p\(index).md", title: title, summary: title, programme: .ftap, callYear: 2019,
                         carrier: Carrier(name: title, type: nil, ministry: title), amount: 1, totalCost: nil, savings: nil,
                         levers: [], status: .laureat, milestones: [], disbursements: [], objectives: [], sources: [],
                         checkedOn: nil, publishOn: nil, isDraft: false, body: base.body)
        }
        for (dialect, delimiter) in [(CSVDialect.rfc4180, Unicode.Scalar(",")), (.spreadsheet, ";")] {
            let text = ProjectTable.csv(projects, baseURL: "https://x.gouv.fr", dialect: dialect)
            let rows = Self.scalarCells(String(text.unicodeScalars.drop { $0 == "\u{FEFF}" }), delimiter: delimiter)
            #expect(rows.count == titles.count + 1, "\(dialect.schemaName)")
            for row in rows {
                #expect(row.count == ProjectTable.columns.count, "\(dialect.schemaName) : \(row)")
                for cell in row {
                    #expect(!(cell.unicodeScalars.first.map { "=+-@".unicodeScalars.contains($0) } ?? false), "\(dialect.schemaName) : « \(cell) »")
                }
            }
            // The titles come back as they were, behind the guard's « ' » when they start with a sign.
            for row in rows.dropFirst() {
                let title = titles[Int(row[0].dropFirst()) ?? 0]
                let guarded = "=+-@\t\r".unicodeScalars.contains(title.unicodeScalars.first ?? " ") ? "'" + title : title
                #expect(row[1] == guarded, "\(dialect.schemaName) : « \(row[1]) » pour « \(title) »")
            }
        }
    }

    @Test func spreadsheetFileStartsWithTheByteOrderMarkAndUsesSemicolonsAndCRLF() throws {
        let text = ProjectTable.csv(try Self.site().projects, baseURL: "https://exemple.gouv.fr", dialect: .spreadsheet)
        let bytes = Array(text.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.dropFirst().hasPrefix("identifiant;titre;programme;"))
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains(";\"Titre ; avec \"\"guillemets\"\", virgule\";"), "a cell with ';' or '\"' is quoted")
        #expect(text.contains(";'=SOMME(A1);"), "a formula is defused")
    }

    @Test func machineFileHasNoByteOrderMarkAndUsesCommas() throws {
        let text = ProjectTable.csv(try Self.site().projects, baseURL: "https://exemple.gouv.fr", dialect: .rfc4180)
        #expect(text.hasPrefix("identifiant,titre,programme,"))
        #expect(text.contains(",\"Titre ; avec \"\"guillemets\"\", virgule\","))
    }

    @Test func bothFilesHoldTheSameCells() throws {
        let projects = try Self.site().projects
        let machine = Self.cells(ProjectTable.csv(projects, baseURL: "https://x.gouv.fr", dialect: .rfc4180), delimiter: ",")
        let spreadsheet = Self.cells(String(ProjectTable.csv(projects, baseURL: "https://x.gouv.fr", dialect: .spreadsheet).dropFirst()), delimiter: ";")
        #expect(machine.count == 3)
        #expect(machine.allSatisfy { $0.count == ProjectTable.columns.count })
        #expect(spreadsheet == machine)
    }

    @Test func paymentsAndSourcesAreInTheFiles() throws {
        let rows = Self.cells(ProjectTable.csv(try Self.site().projects, baseURL: "https://x.gouv.fr", dialect: .rfc4180), delimiter: ",")
        let header = try #require(rows.first)
        let row = try #require(rows.dropFirst().first { $0.first == "a-quote" })
        func value(_ column: String) -> String? { header.firstIndex(of: column).map { row[$0] } }
        #expect(value("verse_eur") == "350000")
        #expect(value("dernier_versement") == "2025-01-15")
        #expect(value("sources") == "https://www.modernisation.gouv.fr/presse?annee=2024 https://www.senat.fr/rap/l20-138.html")
        #expect(header.last == "sources", "a new column comes last, after the columns the contract fixes")
    }

    @Test func cellsQuoteLineBreaksAndUseTheDialectsDecimalMark() {
        #expect(ProjectTable.field("a\nb", .string, .spreadsheet) == "\"a\nb\"")
        #expect(ProjectTable.field("a,b", .string, .spreadsheet) == "a,b")
        #expect(ProjectTable.field("a,b", .string, .rfc4180) == "\"a,b\"")
        #expect(ProjectTable.field("24.3", .number, .spreadsheet) == "24,3")
        #expect(ProjectTable.field("24.3", .number, .rfc4180) == "24.3")
        #expect(ProjectTable.field("24.3", .string, .spreadsheet) == "24.3", "only numbers change their decimal mark")
        #expect(ProjectTable.field("+33 1", .string, .spreadsheet) == "'+33 1")
    }

    @Test func eachFileHasItsOwnSchema() throws {
        let machine = ProjectTable.tableSchema(baseURL: "https://x.gouv.fr", buildDate: TestContent.buildDate, dialect: .rfc4180)
        let spreadsheet = ProjectTable.tableSchema(baseURL: "https://x.gouv.fr", buildDate: TestContent.buildDate, dialect: .spreadsheet)
        for (schema, name, path) in [(machine, "ftap-projets", "/donnees/schema.json"), (spreadsheet, "ftap-projets-tableur", "/donnees/schema-tableur.json")] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
            #expect(json["name"] as? String == name)
            #expect(json["path"] as? String == "https://x.gouv.fr" + path)
            #expect((json["fields"] as? [[String: Any]])?.map { $0["name"] as? String } == ProjectTable.columns.map(\.name))
        }
    }

    @Test func openDataPageShowsEachFilesRealSizeAndTheBuildDate() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-opendata-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try await GoldenTests.build(into: output)
        let files = GoldenTests.files(in: output)
        let page = String(decoding: try #require(files["donnees/index.html"]), as: UTF8.self)
        for (path, format) in [("donnees/projets.csv", "CSV"), ("donnees/projets-tableur.csv", "CSV"), ("donnees/schema-tableur.json", "JSON")] {
            let size = try #require(files[path]).count
            let link = "href=\"/\(path)\">\(path.dropFirst(8)) <span class=\"fr-link__detail\">"
            #expect(page.contains(link + "\(format) – \(FrenchFormat.fileSize(size)) – mis à jour le 25 novembre 2026</span>"), "\(path)")
        }
        #expect(page.contains("<td class=\"fr-cell--multiline\" data-label=\"Type\">nombre entier</td>"))
        #expect(!page.contains(">integer<") && !page.contains(">string<"))
    }
}
