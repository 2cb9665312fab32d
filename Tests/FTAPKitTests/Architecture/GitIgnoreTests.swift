import Foundation
import Testing

/// Nothing an author adds is ignored by git: an image that works in the preview but never
/// reaches the repository would break the published site. Only what the build and the tools
/// write is ignored.
@Suite struct GitIgnoreTests {
    static let isCheckout = FileManager.default.fileExists(atPath: FTAPProcess.packageRoot.appendingPathComponent(".git").path)

    /// `git check-ignore` on each path; the ones git would ignore.
    static func ignored(_ paths: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["check-ignore", "--no-index", "--"] + paths
        process.currentDirectoryURL = FTAPProcess.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").map(String.init)
    }

    @Test(.enabled(if: isCheckout)) func nothingAnAuthorAddsIsIgnored() throws {
        let authored = ["content/media/photo.png", "photo.png", "content/media/Photo.PNG", "content/media/public/rapport.pdf",
                        "content/media/schema.svg", "content/media/donnees.csv", "content/media/bench-results.txt",
                        "content/projets/x.md", "content/pages/public.md", "content/site.yml", "content/media/.cache/x.png",
                        "templates/static/assets/logo.png", "templates/partials/x.mustache", "docs/images/capture.png"]
        #expect(try Self.ignored(authored) == [])
        // What the build and the tools write stays out of the repository.
        let written = ["public/index.html", ".build/x", ".build-fuzz/x", ".cache/large/x", ".venv/bin/python", "templates/static/dsfr/dsfr.min.css",
                       ".public-verrou", "gl-code-quality-report.json"]
        #expect(try Self.ignored(written).sorted() == written.sorted())
    }
}
