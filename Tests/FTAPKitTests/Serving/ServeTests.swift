@testable import FTAPKit
import Foundation
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
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = FTAPProcess.binary
        process.arguments = ["serve", "--templates", FTAPProcess.templates, "--port", String(port)]
        process.currentDirectoryURL = folder.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        let base = "http://127.0.0.1:\(port)"
        let page = await waitFor(base + "/projets/x/") { $0.contains("Projet test") }
        #expect(page?.contains("/__ftap/generation") == true)
        try folder.write("content/projets/x.md", TestContent.project("montnat: 3"))
        let errors = await waitFor(base + "/") { $0.contains("erreur") }
        #expect(errors?.contains("clé inconnue « montnat »") == true)
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
