import Foundation
@testable import FTAPFileSystem
@testable import FTAPValidation
import Testing

/// The built binary on real folders: exit codes, messages, and what it writes or leaves alone.
@Suite(.serialized) struct EndToEndTests {
    /// One file per defect, with the line and code each must be reported at.
    static let defects: [(path: String, bytes: [UInt8], line: Int?, code: String)] = {
        func p(_ extra: String, amount: String = "1000000", carrier: String = "Direction test",
               type: String = "administration-centrale", year: String = "2019") -> String {
            TestContent.project(extra, amount: amount, carrier: carrier, type: type, year: year)
        }
        var list: [(String, [UInt8], Int?, String)] = [
            ("projets/cle-manquante.md", Array("---\ntitre: \"x\"\nappel: 2019\nporteur:\n  nom: \"a\"\n  type: operateur\n---\n".utf8), 2, "cle-manquante"),
            ("projets/type-incorrect.md", Array(p("objectifs: \"un\"").utf8), 9, "type-incorrect"),
            ("projets/enum.md", Array(p("statut: fini").utf8), 9, "valeur-non-autorisee"),
            ("projets/annee.md", Array(p("", year: "2016").utf8), 4, "annee-invalide"),
            ("projets/montant-negatif.md", Array(p("", amount: "-3").utf8), 8, "montant-invalide"),
            ("projets/date.md", Array(p("mise_a_jour: 2019-02-30").utf8), 9, "date-invalide"),
            ("projets/resume.md", Array(p("").replacingOccurrences(of: "Un résumé.", with: String(repeating: "a", count: 301)).utf8), 3, "resume-trop-long"),
            ("projets/cout.md", Array(p("cout_total: 10").utf8), 9, "cout-total-inferieur"),
            ("projets/versements.md", Array(p("versements:\n  - date: 2020-01-01\n    montant: 2000000").utf8), 9, "versements-superieurs"),
            ("projets/cle-inconnue.md", Array(p("montnat: 3").utf8), 9, "cle-inconnue"),
            ("projets/doublon.md", Array(p("montant: 4").utf8), 9, "cle-en-double"),
            ("projets/Mauvais_Nom.md", Array(p("").utf8), nil, "nom-de-fichier-invalide"),
            ("projets/type-a.md", Array(p("", carrier: "Agence Commune").utf8), nil, ""),
            ("projets/type-b.md", Array(p("", carrier: "AGENCE  COMMUNE", type: "operateur").utf8), 7, "porteur-types-differents"),
            ("temoignages/reference.md", Array("---\nauteur: \"A\"\nfonction: \"B\"\nprojet: inexistant\ndate: 2020-01-01\n---\nCitation.".utf8), 4, "projet-inconnu"),
            ("actualites/references.md", Array("---\ntitre: \"N\"\ndate: 2020-01-01\nresume: \"R\"\nprojets: [type-a, absent]\n---\n".utf8), 5, "projet-inconnu"),
            ("pages/utf8.md", Array("---\ntitre: \"caf".utf8) + [0xE9] + Array("\"\n---\n".utf8), 2, "utf8-invalide"),
            ("pages/binaire.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01], nil, "fichier-binaire"),
            ("pages/vide.md", [], nil, "fichier-vide"),
            ("pages/sans-entete.md", Array("# Titre\n".utf8), 1, "entete-absente"),
            ("pages/non-fermee.md", Array("---\ntitre: x\n".utf8), 1, "entete-non-fermee"),
            ("pages/syntaxe.md", Array("---\ntitre: \"x\"\nresume: 'y\n---\n".utf8), 3, "yaml-syntaxe"),
        ]
        list.append(("pages/lien.md", Array("---\ntitre: \"L\"\n---\nVoir [ceci](/projets/nexiste-pas/).".utf8), 4, "lien-interne-casse"))
        list.append(("pages/bom-crlf.md", [0xEF, 0xBB, 0xBF] + Array("---\r\ntitre: \"ok\"\r\n---\r\nTexte.\r\n".utf8), nil, ""))
        return list
    }()

    @Test func checkReportsEveryDefectOfEveryFileAtItsLine() throws {
        let folder = try TemporaryContent()
        for defect in Self.defects { try folder.write("content/" + defect.path, bytes: defect.bytes) }
        try FileManager.default.createSymbolicLink(atPath: folder.root.appendingPathComponent("content/pages/illisible.md").path,
                                                   withDestinationPath: "/nonexistent/ftap")
        let result = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        for defect in Self.defects where !defect.code.isEmpty {
            let file = "content/" + defect.path
            let found = diagnostics.filter { $0["file"] as? String == file }
            #expect(found.contains { $0["code"] as? String == defect.code && ($0["line"] as? Int) == defect.line },
                    "\(file): attendu \(defect.code) ligne \(defect.line.map(String.init) ?? "null"), obtenu \(found)")
        }
        #expect(diagnostics.contains { $0["file"] as? String == "content/pages/illisible.md" && $0["code"] as? String == "fichier-non-ordinaire" })
        for clean in ["content/pages/bom-crlf.md", "content/projets/type-a.md"] {
            #expect(!diagnostics.contains { $0["file"] as? String == clean }, "\(clean) ne doit rien signaler")
        }
        #expect(object["errors"] as? Int == diagnostics.filter { $0["severity"] as? String == "error" }.count)
    }

    @Test func productionFlagRequiresTheLegalNoticeSettings() throws {
        let folder = try TemporaryContent()
        let preview = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(!preview.stdout.contains("mention-legale-absente"))
        let production = try FTAPProcess.run(["check", "--production", "--format", "json"], in: folder.root)
        #expect(production.status == 1)
        #expect(production.stdout.components(separatedBy: "\"mention-legale-absente\"").count == 3, "\(production.stdout)")
    }

    @Test func hostileFrontMattersGetDiagnosticsNotACrash() throws {
        let folder = try TemporaryContent()
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        try folder.write("content/pages/bombe.md", "---\n" + bomb + "titre: *j\n---\n")
        try folder.write("content/pages/crochets.md", "---\ntitre: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n---\n")
        try folder.write("content/pages/cles.md", "---\ntitre: x\n" + (0..<20_000).map { "cle\($0): \($0)" }.joined(separator: "\n") + "\n---\n")
        try folder.write("content/pages/doublons.md", "---\ntitre: x\n" + (0..<20_000).map { "cle\($0 % 25): \($0)" }.joined(separator: "\n") + "\n---\n")
        let result = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let codes = ((object["diagnostics"] as? [[String: Any]]) ?? []).map { "\($0["file"] ?? "")|\($0["code"] ?? "")" }
        #expect(codes.contains("content/pages/bombe.md|yaml-alias"))
        #expect(codes.contains("content/pages/crochets.md|yaml-trop-complexe"))
        #expect(codes.contains("content/pages/cles.md|cle-inconnue"))
        #expect(codes.contains("content/pages/doublons.md|cle-en-double"))
    }

    @Test func sheetWithTwentyMegabyteBodyIsRefusedAndAThreeMegabyteOneBuilds() throws {
        let folder = try TemporaryContent()
        let paragraph = "Un paragraphe de texte du projet, assez long pour peser.\n\n"
        try folder.write("content/projets/gros.md", TestContent.project() + "\n" + String(repeating: paragraph, count: 350_000))
        let refused = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/projets/gros.md:11:1: erreur: ce texte donnerait une page de plus de 5 Mo"))
        try folder.write("content/projets/gros.md", TestContent.project() + "\n" + String(repeating: paragraph, count: 50_000))
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let page = folder.root.appendingPathComponent("public/projets/gros/index.html")
        let size = (try FileManager.default.attributesOfItem(atPath: page.path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(size > 3_000_000)
    }

    @Test func misspeltContentFolderIsAnErrorWithASuggestion() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projet/x.md", TestContent.project())
        try folder.write("content/projets/2019/y.md", TestContent.project())
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/projet: erreur: dossier inconnu « projet », non lu ; vouliez-vous dire « projets » ?"))
        #expect(result.stderr.contains("content/projets/2019: erreur: sous-dossier non lu"))
    }

    @Test func textFormatPrintsFileLineColumnOnStandardError() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project("montnat: 3"))
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/projets/x.md:9:1: erreur: clé inconnue « montnat » ; vouliez-vous dire « montant » ?"))
    }

    @Test func githubFormatPrintsOneAnnotationPerError() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project("montnat: 3\nstatut: fini"))
        let result = try FTAPProcess.run(["check", "--format", "github"], in: folder.root)
        let annotations = result.stderr.split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(annotations.count == 2)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=content/projets/x.md,line=") })
    }

    @Test func validContentChecksWithStatusZero() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        #expect(try FTAPProcess.run(["check"], in: folder.root).status == 0)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let folder = try TemporaryContent()
        #expect(try FTAPProcess.run(["check", "--nope"], in: folder.root).status == 2)
    }

    @Test func missingContentFolderIsStatusTwo() throws {
        let folder = try TemporaryContent()
        let result = try FTAPProcess.run(["check", "--content", "absent"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("« absent » n'existe pas"))
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        let good = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(good.status == 0, "\(good.stderr)")
        let before = folder.files(under: "public")
        #expect(before["projets/x/index.html"] != nil)
        try folder.write("content/projets/y.md", TestContent.project("montnat: 3"))
        let bad = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("rien n'a été publié"))
        #expect(folder.files(under: "public") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.root.path)
            .filter { $0.hasPrefix(".public") && $0 != ".public-verrou" }
        #expect(leftovers.isEmpty)
    }

    @Test func leftoversOfAnInterruptedBuildAreRemoved() throws {
        let folder = try TemporaryContent()
        let stale = folder.root.appendingPathComponent(".public-construction-999999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        #expect(try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func brokenTemplateIsStatusTwoWithItsPlace() throws {
        let folder = try TemporaryContent()
        try folder.write("templates/home.mustache", "<p>\n{{#ouvert}}\n</p>")
        let result = try FTAPProcess.run(["build", "--templates", "templates"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("templates/home.mustache"))
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("public").path))
    }

    @Test func newFileIsAcceptedOnceFilledIn() throws {
        let folder = try TemporaryContent()
        for kind in ["projet", "temoignage", "actualite", "page"] {
            #expect(try FTAPProcess.run(["new", kind, "exemple-\(kind)"], in: folder.root).status == 0)
        }
        #expect(try FTAPProcess.run(["new", "page", "exemple-page"], in: folder.root).status == 2)
        let page = folder.root.appendingPathComponent("content/pages/exemple-page.md")
        let filled = try String(contentsOf: page, encoding: .utf8)
            .replacingOccurrences(of: ScaffoldExample.pageTitle, with: "Plan d'action")
            .replacingOccurrences(of: ScaffoldExample.pageBody, with: "Le plan d'action du fonds.")
        try filled.write(to: page, atomically: true, encoding: .utf8)
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func newRefusesAMissingContentFolderAndCreatesNothing() throws {
        let folder = try TemporaryContent()
        let result = try FTAPProcess.run(["new", "page", "x", "--content", "absent/content"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("le dossier de contenu « absent/content » n'existe pas"))
        #expect(FileKind(atPath: folder.root.appendingPathComponent("absent").path) == .missing)
    }
}
