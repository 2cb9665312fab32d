import Foundation
@testable import FTAPCore
@testable import FTAPKit
import Testing

/// Builds the small fixture site and compares every generated file with the committed expected
/// output. Run with `UPDATE_GOLDEN=1` to rewrite the expected files on purpose after a change.
@Suite(.serialized) struct GoldenTests {
    static let fixture = FTAPProcess.packageRoot.appendingPathComponent("Tests/FTAPKitTests/Fixtures/golden")
    /// Copied static files are not the builder's output.
    static func isGenerated(_ path: String) -> Bool { !path.hasPrefix("dsfr/") && !path.hasPrefix("assets/") }

    static func build(into output: URL) async throws {
        var options = BuildOptions(buildDate: ContentDate(year: 2026, month: 11, day: 25)!)
        options.contentPath = fixture.appendingPathComponent("content").path
        // The fixture is in this project's repository: its history is not the fixture's.
        options.readsHistory = false
        options.templatesPath = FTAPProcess.templates
        options.outputPath = output.path
        let outcome = try await SiteBuilder(options: options).build()
        #expect(!outcome.hasErrors, "\(outcome.diagnostics)")
    }

    static func files(in folder: URL) -> [String: Data] { filesByPath(in: folder) }

    @Test func outputMatchesExpectedFiles() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try await Self.build(into: output)
        let actual = Self.files(in: output).filter { Self.isGenerated($0.key) }
        let expectedFolder = Self.fixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in actual {
                let url = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let expected = Self.files(in: expectedFolder)
        #expect(Set(actual.keys) == Set(expected.keys), "fichiers en plus ou en moins ; UPDATE_GOLDEN=1 pour réécrire")
        for (path, data) in actual.sorted(by: { $0.key < $1.key }) {
            #expect(expected[path] == data, "\(path) diffère du fichier attendu ; UPDATE_GOLDEN=1 pour réécrire")
        }
    }

    @Test func twoBuildsGiveIdenticalFiles() async throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-repro-a-\(UUID().uuidString)")
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-repro-b-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        try await Self.build(into: first)
        try await Self.build(into: second)
        let a = Self.files(in: first), b = Self.files(in: second)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func draftsScheduledAndOtherProgrammesStayOutOfTheFundFigures() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-agg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try await Self.build(into: output)
        let files = Self.files(in: output)
        #expect(files["projets/brouillon/index.html"] == nil)
        #expect(files["projets/futur/index.html"] == nil)
        let data = try #require(files["donnees/agregats.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(countsOnly(json["total"]) == ["projets": 3, "montant": 25_550_000, "entites": 3,
                                                    "verse": 10_250_000, "projets_sans_montant": 1, "projets_avec_versements": 2])
        let csvData = try #require(files["donnees/projets.csv"])
        let csv = String(decoding: csvData, as: UTF8.self)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)
        let homeData = try #require(files["index.html"])
        let home = String(decoding: homeData, as: UTF8.self)
        #expect(home.contains("25,55\u{00A0}M€"))
    }
}
