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

    @Test func aRenamedSheetKeepsItsFormerAddressAsARedirect() throws {
        let folder = try Self.folder()
        #expect(try Self.build(folder).status == 0)
        try FileManager.default.copyItem(at: folder.root.appendingPathComponent("public/adresses.json"), to: folder.root.appendingPathComponent("precedent.json"))
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/second.md"))
        try folder.write("content/projets/deuxieme.md", TestContent.project("anciennes_adresses:\n  - /projets/second/", title: "Second projet"))
        let result = try Self.build(folder, ["--precedent", "precedent.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "public")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path) absent"), as: UTF8.self) }
        let page = try text("projets/second/index.html")
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/projets/deuxieme/\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://exemple.gouv.fr/projets/deuxieme/\">") && page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<a href=\"/projets/deuxieme/\">https://exemple.gouv.fr/projets/deuxieme/</a>"))
        #expect(try text("_redirects") == "/projets/second/ /projets/deuxieme/ 301\n")
        #expect(!(try text("sitemap.xml")).contains("/projets/second/"))
        #expect(try text("adresses.json").contains("{\"de\": \"/projets/second/\", \"vers\": \"/projets/deuxieme/\"}"))

        // A former address that a live page has, or that two files claim, is refused at its line;
        // so is one that is not an address of the site (read with the file, before the others).
        try folder.write("content/projets/troisieme.md", TestContent.project("anciennes_adresses:\n  - /projets/premier/\n  - /projets/second/", title: "Troisième projet"))
        let refused = try Self.build(folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/projets/troisieme.md:10:5: erreur: « /projets/premier/ » est l'adresse d'une page que le site publie"), "\(refused.stderr)")
        #expect(refused.stderr.contains("content/projets/troisieme.md:11:5: erreur: « /projets/second/ » est déjà une ancienne adresse de « content/projets/deuxieme.md »"), "\(refused.stderr)")
        try folder.write("content/projets/troisieme.md", TestContent.project("anciennes_adresses:\n  - \"https://exemple.gouv.fr/x/\"", title: "Troisième projet"))
        let invalid = try Self.build(folder)
        #expect(invalid.stderr.contains("content/projets/troisieme.md:10:5: erreur: « https://exemple.gouv.fr/x/ » n'est pas une adresse de page de ce site : écrivez-la sans « https:// »"), "\(invalid.stderr)")
    }
}
