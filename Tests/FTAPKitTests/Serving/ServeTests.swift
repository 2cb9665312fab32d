import Foundation
@testable import FTAPServing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `ftap serve` on a real folder: it serves the site, rebuilds on a save and shows errors in the page.
@Suite(.serialized) struct ServeTests {
    private func get(_ url: String) async -> String? {
        guard let (data, _) = try? await URLSession.shared.data(from: URL(string: url)!) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private func waitFor(_ url: String, until condition: (String) -> Bool) async -> String? {
        for _ in 0..<60 {
            if let body = await get(url), condition(body) { return body }
            try? await Task.sleep(nanoseconds: 250_000_000)
        }
        return nil
    }

    @Test func servesRebuildsAndShowsErrorsInThePage() async throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        let (process, port) = try FTAPProcess.serve(in: folder.root)
        defer { process.terminate() }
        let base = "http://127.0.0.1:\(port)"
        let page = await waitFor(base + "/projets/x/") { $0.contains("Projet test") }
        #expect(page?.contains("/__ftap/generation") == true)
        try folder.write("content/projets/x.md", TestContent.project("montnat: 3"))
        let errors = await waitFor(base + "/") { $0.contains("erreur") }
        #expect(errors?.contains("clé inconnue «\u{202F}montnat\u{202F}»") == true)
    }

    /// Issue 13, point 5: a file broken while `ftap serve` runs shows, in the page, its path from
    /// the current folder, the line and column in words, the faulty line and the mark under it.
    @Test func brokenFileShowsItsFaultyLineWithAMarkInThePage() async throws {
        let folder = try TemporaryContent()
        let content = folder.root.appendingPathComponent("content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: FTAPProcess.packageRoot.appendingPathComponent("content"), to: content)
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = FTAPProcess.binary
        // The content folder given as an absolute path: the page still names it from the current folder.
        process.arguments = ["serve", "--content", content.path, "--templates", FTAPProcess.templates, "--port", String(port)]
        process.currentDirectoryURL = folder.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        let base = "http://127.0.0.1:\(port)"
        #expect(await waitFor(base + "/projets/bracelet-anti-rapprochement/") { $0.contains("bracelet anti-rapprochement") } != nil)

        let relative = "content/projets/bracelet-anti-rapprochement.md"
        let sheet = try String(contentsOf: folder.root.appendingPathComponent(relative), encoding: .utf8)
        let broken = "Évalué à l’été : voir [là](/projets/inexistant/)."
        let line = sheet.split(separator: "\n", omittingEmptySubsequences: false).count
        let column = broken.unicodeScalars.prefix { $0 != "[" }.count + 1
        try folder.write(relative, sheet + broken + "\n")

        let page = try #require(await waitFor(base + "/") { $0.contains("lien-interne-casse") })
        let text = page.replacing(/<[^>]*>/, with: "")
        #expect(text.contains(relative + " (1\u{00A0}erreur)"), "\(text)")
        #expect(!text.contains(folder.root.path))
        #expect(text.contains("ligne \(line), colonne \(column)\u{00A0}: le lien «\u{202F}/projets/inexistant/\u{202F}»"), "\(text)")
        let gutter = String(line).count
        #expect(text.contains(" \(line) | \(broken)\n"), "\(text)")
        #expect(text.contains("\n " + String(repeating: " ", count: gutter) + " | " + String(repeating: " ", count: column - 1) + "^"), "\(text)")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/dsfr/dsfr.min.css\">"))
        #expect(page.contains("Fonds pour la transformation de l’action publique"), "le nom du site dans l'en-tête, en typographie française")
        let stylesheet = try #require(await get(base + "/assets/ftap.css"), "la feuille de style est servie malgré l'erreur")
        #expect(!stylesheet.contains("<html"))
    }

    @Test func takenPortIsReportedInFrenchAndNoPreviewIsAnnounced() async throws {
        let folder = try TemporaryContent()
        let taken = try PreviewListener.bind(port: 0)
        defer { taken.close() }
        let process = Process()
        process.executableURL = FTAPProcess.binary
        process.arguments = ["serve", "--templates", FTAPProcess.templates, "--port", String(taken.port)]
        process.currentDirectoryURL = folder.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Only a guard against hanging should the port error ever go unnoticed.
        for _ in 0..<120 where process.isRunning {
            try await Task.sleep(nanoseconds: 250_000_000)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("le port \(taken.port) est déjà utilisé : arrêtez l'autre aperçu ou choisissez un autre port avec --port"))
        #expect(!stderr.contains("Aperçu sur"))
    }
}
