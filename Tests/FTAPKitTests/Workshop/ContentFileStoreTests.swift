import Foundation
@testable import FTAPContent
@testable import FTAPWorkshop
import Testing

/// The atelier writes only content files, only over the version it loaded, and only for its own
/// pages: nothing outside the content folder changes, whatever a request asks.
@Suite struct ContentFileStoreTests {
    /// A content folder with one sheet, a secret beside it, and the snapshot of everything.
    final class Folder {
        let root: URL
        let content: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-\(UUID().uuidString)")
            content = root.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: content.appendingPathComponent("projets"), withIntermediateDirectories: true)
            try "---\ntitre: \"Essai\"\n---\nTexte.\n".write(to: content.appendingPathComponent("projets/essai.md"), atomically: true, encoding: .utf8)
            try "secret\n".write(to: root.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        var store: ContentFileStore { ContentFileStore(contentPath: content.path) }
        var snapshot: [String: Data] { filesByPath(in: root) }
    }

    @Test func aSavedFileIsWrittenWholeOverTheVersionItWasLoadedFrom() throws {
        let folder = try Folder()
        let (text, version) = try folder.store.read(.project, "essai")
        try folder.store.save(text.replacingOccurrences(of: "Essai", with: "Essai modifié"), .project, "essai", expectedVersion: version)
        #expect(try String(contentsOf: folder.content.appendingPathComponent("projets/essai.md"), encoding: .utf8).contains("Essai modifié"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.content.appendingPathComponent("projets").path) == ["essai.md"])
    }

    @Test func aFileChangedOnDiskSinceTheFormWasLoadedIsNotOverwritten() throws {
        let folder = try Folder()
        let (text, version) = try folder.store.read(.project, "essai")
        let other = "---\ntitre: \"Changé par git pull\"\n---\nTexte.\n"
        try other.write(to: folder.content.appendingPathComponent("projets/essai.md"), atomically: true, encoding: .utf8)
        #expect(throws: ContentFileStore.Refusal.conflict(current: other)) {
            try folder.store.save(text + "Ajout.\n", .project, "essai", expectedVersion: version)
        }
        #expect(try String(contentsOf: folder.content.appendingPathComponent("projets/essai.md"), encoding: .utf8) == other)
    }

    @Test(arguments: ["../secret", "..", "/etc/passwd", "projets/essai", "Essai", "essai.md", "", "-x", "a%2e%2e", "é"])
    func aNameThatIsNotAContentFileNameIsRefusedAndNothingChanges(name: String) throws {
        let folder = try Folder()
        let before = folder.snapshot
        #expect(throws: ContentFileStore.Refusal.self) { try folder.store.save("x", .project, name, expectedVersion: nil) }
        #expect(throws: ContentFileStore.Refusal.self) { _ = try folder.store.read(.project, name) }
        #expect(folder.snapshot == before)
    }

    @Test func aKindFolderOrAFileThatIsALinkIsNeitherReadNorWritten() throws {
        let folder = try Folder()
        // actualites/ is a link to the folder above the content; projets/lien.md a link to the secret.
        try FileManager.default.createSymbolicLink(at: folder.content.appendingPathComponent("actualites"), withDestinationURL: folder.root)
        try FileManager.default.createSymbolicLink(at: folder.content.appendingPathComponent("projets/lien.md"),
                                                   withDestinationURL: folder.root.appendingPathComponent("secret.md"))
        let before = folder.snapshot
        #expect(throws: ContentFileStore.Refusal.self) { try folder.store.save("x", .news, "secret", expectedVersion: nil) }
        #expect(throws: ContentFileStore.Refusal.self) { _ = try folder.store.read(.news, "secret") }
        #expect(throws: ContentFileStore.Refusal.self) { _ = try folder.store.read(.project, "lien") }
        let version = ContentFileStore.version(of: Array("secret\n".utf8))
        #expect(throws: ContentFileStore.Refusal.self) { try folder.store.save("x", .project, "lien", expectedVersion: version) }
        #expect(folder.snapshot == before)
        #expect(try String(contentsOf: folder.root.appendingPathComponent("secret.md"), encoding: .utf8) == "secret\n")
    }

    @Test func aNewFileNeverReplacesAnExistingOne() throws {
        let folder = try Folder()
        #expect(throws: ContentFileStore.Refusal.self) { try folder.store.save("x", .project, "essai", expectedVersion: nil) }
        try folder.store.save("---\ntitre: \"Nouveau\"\n---\n", .project, "nouveau", expectedVersion: nil)
        #expect(FileManager.default.fileExists(atPath: folder.content.appendingPathComponent("projets/nouveau.md").path))
    }

    @Test func onlyTheAteliersOwnPagesWithTheSessionsTokenMayWrite() {
        let session = WorkshopSession(port: 8123)
        #expect(session.token.count == 64 && session.token != WorkshopSession(port: 8123).token)
        #expect(session.refusal(origins: ["http://127.0.0.1:8123"], token: session.token) == nil)
        #expect(session.refusal(origins: ["http://localhost:8123"], token: session.token) == nil)
        #expect(session.refusal(origins: ["https://exemple.fr"], token: session.token) != nil)
        #expect(session.refusal(origins: ["http://127.0.0.1:8124"], token: session.token) != nil)
        #expect(session.refusal(origins: [], token: session.token) != nil)
        #expect(session.refusal(origins: ["null"], token: session.token) != nil)
        #expect(session.refusal(origins: ["http://127.0.0.1:8123", "http://127.0.0.1:8123"], token: session.token) != nil)
        #expect(session.refusal(origins: ["http://127.0.0.1:8123"], token: nil) != nil)
        #expect(session.refusal(origins: ["http://127.0.0.1:8123"], token: String(session.token.dropLast()) + "0") != nil || session.token.hasSuffix("0"))
        #expect(session.refusal(origins: ["http://127.0.0.1:8123"], token: session.token + "0") != nil)
    }
}
