import Foundation
import Testing

/// The program published as an archive (`bin/ftap` beside `share/ftap/dsfr/`) makes the site with
/// the DSFR it carries when the templates have none; without either, the layout's link to the
/// DSFR's stylesheet is an error at its line and nothing is published.
@Suite struct InstalledDSFRTests {
    /// A copy of the templates without `static/dsfr/`, as a clone has before `make dsfr`.
    static func templatesWithoutDSFR(in root: URL) throws -> URL {
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: FTAPProcess.templates, toPath: templates.path)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("static/dsfr"))
        return templates
    }

    /// `bin/ftap` (a hard link to the built program, on the same disk) and `share/ftap/dsfr` (the
    /// templates' DSFR) under a folder of `.build`, laid out as the archive unpacks.
    static func installation() throws -> URL {
        let root = FTAPProcess.packageRoot.appendingPathComponent(".build/installed-dsfr-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("share/ftap"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(at: FTAPProcess.binary.resolvingSymlinksInPath(), to: root.appendingPathComponent("bin/ftap"))
        try FileManager.default.copyItem(atPath: FTAPProcess.templates + "/static/dsfr", toPath: root.appendingPathComponent("share/ftap/dsfr").path)
        return root
    }

    @Test func theArchivesDSFRGivesTheSiteItsLookWhenTheTemplatesHaveNone() throws {
        let work = try TemporaryContent()
        let templates = try Self.templatesWithoutDSFR(in: work.root)
        let installed = try Self.installation()
        defer { try? FileManager.default.removeItem(at: installed) }
        let process = Process()
        process.executableURL = installed.appendingPathComponent("bin/ftap")
        process.arguments = ["build", "--content", FTAPProcess.packageRoot.appendingPathComponent("content").path,
                             "--templates", templates.path, "--output", work.root.appendingPathComponent("public").path]
        process.currentDirectoryURL = work.root
        process.environment = ProcessInfo.processInfo.environment.merging(FTAPProcess.exampleContentEnvironment) { _, new in new }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let stylesheet = try String(contentsOf: work.root.appendingPathComponent("public/dsfr/dsfr.min.css"), encoding: .utf8)
        #expect(stylesheet.contains(".fr-header"))
        let fonts = try FileManager.default.contentsOfDirectory(atPath: work.root.appendingPathComponent("public/dsfr/fonts").path)
        #expect(fonts.contains("Marianne-Regular.woff2"), "\(fonts)")
    }

    @Test func withoutTheDSFRNothingIsPublishedAndTheLayoutsLineIsNamed() throws {
        let work = try TemporaryContent()
        _ = try Self.templatesWithoutDSFR(in: work.root)
        try FileManager.default.removeItem(at: work.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(atPath: FTAPProcess.packageRoot.appendingPathComponent("content").path,
                                         toPath: work.root.appendingPathComponent("content").path)
        let result = try FTAPProcess.run(["build"], in: work.root, environment: FTAPProcess.exampleContentEnvironment)
        let layout = try String(contentsOf: work.root.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        let line = try #require(layout.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("dsfr/dsfr.min.css") }) + 1
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("templates/layout.mustache:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("erreur: les fichiers du DSFR (feuille de style, polices, icônes) ne sont ni dans « templates/static/dsfr »"), "\(result.stderr)")
        #expect(result.stderr.contains("lancez « make dsfr »") && result.stderr.contains("[dsfr-absent]"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.root.appendingPathComponent("public").path))
    }
}
