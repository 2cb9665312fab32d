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

        // ftap check says the same, before anything is built (the pipelines' check of a commit).
        let checked = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates, "--precedent", "precedent.json"], in: folder.root)
        #expect(checked.status == 1 && checked.stderr.contains("content/projets/second.md: erreur: l'adresse « /projets/second/ »"), "\(checked.stderr)")

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
        // For a host that reads `_redirects` and serves an existing file first, no page shadows the rule.
        #expect(try Self.build(folder, ["--output", "hebergeur", "--redirections", "hebergeur"]).status == 0)
        let hosted = folder.files(under: "hebergeur")
        #expect(hosted["projets/second/index.html"] == nil && hosted["_redirects"].map { String(decoding: $0, as: UTF8.self) } == "/projets/second/ /projets/deuxieme/ 301\n")

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

    /// Issue 28's first « Done when », without the browser (`checks/addresses_check.py` follows the
    /// pages in Chromium): renamed, removed and withdrawn sheets against the previous list.
    @Test func renamedRemovedAndWithdrawnSheetsAgainstThePreviousList() throws {
        let folder = try TemporaryContent()
        for (name, title) in [("premier", "Premier projet"), ("second", "Second projet"), ("troisieme", "Troisième projet"), ("quatrieme", "Quatrième projet")] {
            try folder.write("content/projets/\(name).md", TestContent.project(title: title))
        }
        #expect(try Self.build(folder).status == 0)
        try FileManager.default.copyItem(at: folder.root.appendingPathComponent("public/adresses.json"), to: folder.root.appendingPathComponent("precedent.json"))
        // Renamed with its former address, removed without anything, withdrawn in retraits.yml.
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/premier.md"))
        try folder.write("content/projets/premier-projet.md", TestContent.project("anciennes_adresses:\n  - /projets/premier/", title: "Premier projet"))
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/second.md"))
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/troisieme.md"))
        let withdrawal = "# Adresses retirées\n- adresse: /projets/troisieme/\n  date: 2025-11-02\n  motif: \"Projet abandonné avant tout versement.\"\n"
        try folder.write("content/retraits.yml", withdrawal)
        let refused = try Self.build(folder, ["--precedent", "precedent.json"])
        #expect(refused.status == 1)
        let errors = refused.stderr.components(separatedBy: "\n").filter { $0.contains(": erreur: ") }
        #expect(errors.count == 1, "\(refused.stderr)")
        #expect(errors.first?.hasPrefix("content/projets/second.md: erreur: l'adresse « /projets/second/ », publiée par la version précédente du site, n'existerait plus") == true, "\(errors)")
        #expect(errors.first?.contains("dites-le dans « content/retraits.yml » (adresse, date, motif") == true, "\(errors)")

        // Fixed by withdrawing it too: the build passes, each address answers, none is in the sitemap.
        try folder.write("content/retraits.yml", withdrawal + "- adresse: /projets/second/\n  date: 2025-11-03\n  motif: Fiche en double.\n")
        let built = try Self.build(folder, ["--precedent", "precedent.json"])
        #expect(built.status == 0, "\(built.stderr)")
        let files = folder.files(under: "public")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path) absent"), as: UTF8.self) }
        let withdrawn = try text("projets/troisieme/index.html")
        #expect(withdrawn.contains("Ce contenu a été retiré le <time datetime=\"2025-11-02\">2 novembre 2025</time>."), "\(withdrawn)")
        #expect(withdrawn.contains("<p class=\"fr-callout__text\">Projet abandonné avant tout versement.</p>"))
        #expect(withdrawn.contains("<meta name=\"robots\" content=\"noindex\">") && !withdrawn.contains("data-pagefind-body"))
        #expect(try text("projets/premier/index.html").contains("url=/projets/premier-projet/"))
        let sitemap = try text("sitemap.xml")
        for address in ["/projets/premier/", "/projets/second/", "/projets/troisieme/"] {
            #expect(!sitemap.contains(address + "<"), "\(address) dans le plan du site")
        }
        let list = try text("adresses.json")
        #expect(list.contains("{\"adresse\": \"/projets/troisieme/\", \"date\": \"2025-11-02\", \"motif\": \"Projet abandonné avant tout versement.\"}"), "\(list)")
        #expect(!list.contains("\"/projets/troisieme/\",\n"), "une adresse retirée n'est pas parmi les pages")

        // The next version keeps them: dropping the withdrawal is refused in its turn.
        try FileManager.default.copyItem(at: folder.root.appendingPathComponent("public/adresses.json"), to: folder.root.appendingPathComponent("suivant.json"))
        try folder.write("content/retraits.yml", withdrawal)
        let dropped = try Self.build(folder, ["--precedent", "suivant.json"])
        #expect(dropped.status == 1 && dropped.stderr.contains("l'adresse « /projets/second/ », publiée par la version précédente"), "\(dropped.stderr)")
    }

    /// `retraits.yml` is checked at its lines: each key, a real address, no future day, no
    /// address twice, none the site still publishes or redirects.
    @Test func aWithdrawalIsCheckedAtItsLine() throws {
        let folder = try Self.folder()
        try folder.write("content/projets/quatrieme.md", TestContent.project("anciennes_adresses:\n  - /projets/ancien/", title: "Quatrième projet"))
        try folder.write("content/retraits.yml", """
        - adresse: /projets/premier/
          date: 2025-11-02
          motif: Publié encore.
        - adresse: /projets/ancien/
          date: 2025-11-02
          motif: Renvoyée ailleurs.
        - adresse: https://exemple.gouv.fr/x/
          date: 2025-11-02
          motif: Adresse complète.
        - adresse: /projets/disparu/
          date: 2099-01-01
          motif: Daté plus tard.
        - adresse: /projets/sans-motif/
          date: 2025-11-02
        - adresse: /projets/double/
          date: 2025-11-02
          motif: Une fois.
        - adresse: /projets/double/
          date: 2025-11-03
          motif: Deux fois.

        """)
        let refused = try Self.build(folder)
        #expect(refused.status == 1)
        for expected in [
            "content/retraits.yml:7:12: erreur: « https://exemple.gouv.fr/x/ » n'est pas une adresse de page de ce site : écrivez-la sans « https:// »",
            "content/retraits.yml:11:9: erreur: ce retrait est daté du 1er janvier 2099, dans le futur",
            "content/retraits.yml:13:3: erreur: clé obligatoire « motif du 5e retrait » manquante",
            "content/retraits.yml:18:12: erreur: « /projets/double/ » est déjà retirée au 6e retrait",
        ] {
            #expect(refused.stderr.contains(expected), "\(expected)\n\(refused.stderr)")
        }
        // The whole-site rules run once the file itself is right.
        try folder.write("content/retraits.yml", "- adresse: /projets/premier/\n  date: 2025-11-02\n  motif: Publié encore.\n- adresse: /projets/ancien/\n  date: 2025-11-02\n  motif: Renvoyée.\n")
        let site = try Self.build(folder)
        #expect(site.stderr.contains("content/retraits.yml:1:12: erreur: « /projets/premier/ » est l'adresse d'une page que le site publie encore"), "\(site.stderr)")
        #expect(site.stderr.contains("content/retraits.yml:4:12: erreur: « /projets/ancien/ » est une ancienne adresse de « content/projets/quatrieme.md »"), "\(site.stderr)")
        // Not a list, or comments only.
        try folder.write("content/retraits.yml", "adresse: /projets/x/\n")
        #expect(try Self.build(folder).stderr.contains("content/retraits.yml:1:1: erreur: ce fichier est une liste : chaque élément commence par « - »"))
        try folder.write("content/retraits.yml", "# Aucun retrait pour l'instant.\n")
        #expect(try Self.build(folder).status == 0)
        // A text's link to a withdrawn address is refused, with the day it was withdrawn.
        try folder.write("content/retraits.yml", "- adresse: /projets/disparu/\n  date: 2025-11-02\n  motif: Abandonné.\n")
        try folder.write("content/projets/quatrieme.md", TestContent.project(title: "Quatrième projet") + "\nVoir [l'ancien projet](/projets/disparu/).\n")
        let linked = try Self.build(folder)
        #expect(linked.stderr.contains("content/projets/quatrieme.md:12:6: erreur: le lien « /projets/disparu/ » mène à un contenu retiré le 2 novembre 2025 (content/retraits.yml) : retirez le lien"), "\(linked.stderr)")
    }

    /// `--precedent` given the live site's address: its list is fetched (here from the preview
    /// of the previous version); a site that publishes none yet (404), or that cannot be reached,
    /// is a warning that says nothing was checked, never a silent pass nor a blocked first publication.
    @Test func thePreviousListIsFetchedFromTheLiveSite() async throws {
        let live = try Self.folder()
        let (process, port) = try FTAPProcess.serve(in: live.root)
        defer { process.terminate() }
        let list = "http://127.0.0.1:\(port)/adresses.json"
        #expect(await TemplateMistakesTests.wait(for: list) { $0.contains("/projets/second/") } != nil)

        let next = try Self.folder()
        try FileManager.default.removeItem(at: next.root.appendingPathComponent("content/projets/second.md"))
        let refused = try Self.build(next, ["--precedent", list])
        #expect(refused.status == 1 && refused.stderr.contains("content/projets/second.md: erreur: l'adresse « /projets/second/ », publiée par la version précédente du site, n'existerait plus"), "\(refused.stderr)")
        let first = try Self.build(next, ["--precedent", "http://127.0.0.1:\(port)/absente/adresses.json"])
        #expect(first.status == 0)
        #expect(first.stderr.contains("content: avertissement: le site en ligne ne publie pas encore de liste d'adresses à « http://127.0.0.1:\(port)/absente/adresses.json » (réponse 404 : c'est sans doute sa première publication par ftap) : les adresses publiées ne sont pas vérifiées cette fois"), "\(first.stderr)")
        let unreachable = try Self.build(next, ["--precedent", "http://127.0.0.1:1/adresses.json"])
        #expect(unreachable.status == 0 && unreachable.stderr.contains("n'a pas pu être récupérée à « http://127.0.0.1:1/adresses.json » (le serveur ne répond pas)"), "\(unreachable.stderr)")
    }

    /// `ftap serve` warns, as the author works, of an address the site last built in its output
    /// folder published and that would vanish; a draft's page is not one the public site promised.
    @Test func thePreviewWarnsOfAnAddressTheLastBuildPublished() async throws {
        let folder = try Self.folder()
        try folder.write("content/projets/brouillon.md", TestContent.project("brouillon: true", title: "Brouillon"))
        #expect(try Self.build(folder, ["--drafts"]).status == 0)
        let list = String(decoding: try #require(folder.files(under: "public")["adresses.json"]), as: UTF8.self)
        #expect(list.contains("/projets/second/") && !list.contains("/projets/brouillon/"), "une page de brouillon n'est pas promise : \(list)")
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/second.md"))
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/brouillon.md"))

        let errors = Pipe()
        let (process, port) = try FTAPProcess.serve(in: folder.root, errors: errors)
        #expect(await TemplateMistakesTests.wait(for: "http://127.0.0.1:\(port)/adresses.json") { !$0.contains("/projets/second/") } != nil)
        process.terminate()
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.contains("content/projets/second.md: avertissement: l'adresse « /projets/second/ », publiée par la dernière construction du site dans « public », n'existerait plus"), "\(said)")
        #expect(!said.contains("/projets/brouillon/"), "\(said)")
    }
}
