import Foundation
import Testing

/// Issue 28, point 2: every address the site promises to keep is in `/adresses.json`; a build
/// given the previous list (`--precedent`) refuses to drop one that nothing keeps, naming it.
@Suite(.serialized) struct AddressesTests {
    static func folder() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        for (name, title) in [("premier", "Premier projet"), ("second", "Second projet"), ("troisieme", "Troisième projet")] {
            try folder.write("content/projets/\(name).md", TestContent.project(title: title))
        }
        return folder
    }

    static func build(_ folder: TemporaryContent, _ extra: [String] = []) throws -> FTAPProcess.Result {
        try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"] + extra, in: folder.root)
    }

    @Test func aBuildThatWouldDropAPublishedAddressIsRefusedNamingIt() throws {
        let folder = try Self.folder()
        #expect(try Self.build(folder).status == 0)
        let list = String(decoding: try #require(folder.files(under: "public")["adresses.json"]), as: UTF8.self)
        for address in ["\"/\"", "\"/projets/premier/\"", "\"/projets/second/\"", "\"/donnees/projets.csv\"", "\"/rectificatifs/\""] {
            #expect(list.contains(address), "\(address) absente de adresses.json")
        }
        #expect(!list.contains("/404.html"))
        try Data(list.utf8).write(to: folder.root.appendingPathComponent("precedent.json"))
        let before = folder.files(under: "public")

        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/second.md"))
        let refused = try Self.build(folder, ["--precedent", "precedent.json"])
        #expect(refused.status == 1)
        let vanished = refused.stderr.components(separatedBy: "\n").filter { $0.contains("[adresse-disparue]") }
        #expect(vanished.count == 1, "\(refused.stderr)")
        #expect(vanished.first?.hasPrefix("content/projets/second.md: erreur: l'adresse « /projets/second/ », publiée par la version précédente du site, n'existerait plus") == true, "\(vanished)")
        #expect(folder.files(under: "public") == before, "le site précédent reste en place")

        // Without the previous list, nothing is checked; with the sheet back, the build passes.
        try folder.write("content/projets/second.md", TestContent.project(title: "Second projet"))
        #expect(try Self.build(folder, ["--precedent", "precedent.json"]).status == 0)
        let unreadable = try Self.build(folder, ["--precedent", "absent.json"])
        #expect(unreadable.status == 1 && unreadable.stderr.contains("« absent.json » ne peut pas être lu"), "\(unreadable.stderr)")
    }
}
