import Foundation
@testable import FTAPOutput
import Testing

/// The `.gz` and `.br` siblings: the same bytes once decompressed, the same siblings from the same
/// file, and only for text worth it.
@Suite struct PrecompressionTests {
    static let text = Array(String(repeating: "Le Fonds pour la transformation de l’action publique. ", count: 200).utf8)

    @Test func gzipGivesTheFileBackAndNoTimeOrName() throws {
        let compressed = try #require(Precompression.gzip(Self.text))
        #expect(compressed.count < Self.text.count / 10)
        #expect(Array(compressed.prefix(10)) == [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xFF], "no time, no name, best compression, system unknown")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.gz")
        try Data(compressed).write(to: file)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gunzip.arguments = ["-c", "gzip -dc '\(file.path)'"]
        let pipe = Pipe()
        gunzip.standardOutput = pipe
        try gunzip.run()
        let back = pipe.fileHandleForReading.readDataToEndOfFile()
        gunzip.waitUntilExit()
        #expect(Array(back) == Self.text)
    }

    @Test func bothAreReproducible() {
        #expect(Precompression.gzip(Self.text) == Precompression.gzip(Self.text))
        #expect(Precompression.brotli(Self.text) == Precompression.brotli(Self.text))
        #expect((Precompression.brotli(Self.text)?.count ?? .max) < Self.text.count / 10)
        #expect(Precompression.brotli([]) != nil && Precompression.gzip([]) != nil)
    }

    /// The shared stylesheets and scripts at brotli's strongest, everything else at quality 5;
    /// both decompress the same, and quality 5 is far quicker (not timed here: `make bench`).
    @Test func sharedFilesGetTheStrongestBrotliAndPagesAQuickOne() {
        #expect(Precompression.brotliQuality(for: "dsfr/dsfr.min.css") == 11)
        #expect(Precompression.brotliQuality(for: "assets/ftap.css") == 11)
        for path in ["index.html", "projets/a/index.html", "donnees/projets.json", "atom.xml", "pagefind/pagefind.js"] {
            #expect(Precompression.brotliQuality(for: path) == 5, "\(path)")
        }
        let strong = Precompression.brotli(Self.text), quick = Precompression.brotli(Self.text, quality: 5)
        #expect(strong != nil && quick != nil && strong != quick)
    }

    @Test func onlyTextFilesGetSiblings() {
        for path in ["index.html", "dsfr/dsfr.min.css", "a/b.JS", "donnees/projets.csv", "feed.json", "atom.xml", "x.svg"] {
            #expect(Precompression.compresses(path), "\(path)")
        }
        for path in ["dsfr/fonts/M.woff2", "media/photo.jpg", "pagefind/wasm.fr.pagefind", "README", "a.b/c", "x.html.gz"] {
            #expect(!Precompression.compresses(path), "\(path)")
        }
    }
}
