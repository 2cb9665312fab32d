import Foundation
import Testing

/// `ftap diff` on the example content and a copy with one amount changed, one sheet removed, one
/// published figure added and one page retitled: each change is named with its values before and
/// after, and nothing else changes; the same from two built sites.
@Suite(.serialized) struct DiffTests {
    /// The example content in `old/` and, in `new/`, the same with the four changes.
    static func contents() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        let example = FTAPProcess.packageRoot.appendingPathComponent("content")
        for side in ["old", "new"] {
            try FileManager.default.copyItem(at: example, to: folder.root.appendingPathComponent(side))
        }
        let new = folder.root.appendingPathComponent("new")
        func edit(_ path: String, _ from: String, _ to: String) throws {
            let file = new.appendingPathComponent(path)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(from), "\(path) : « \(from) »")
            try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
        }
        try edit("projets/cloud-etat.md", "montant: 24300000", "montant: 25000000")
        try FileManager.default.removeItem(at: new.appendingPathComponent("projets/bracelet-anti-rapprochement.md"))
        try edit("pages/a-propos.md", "titre: \"À propos du fonds\"", "titre: \"À propos du FTAP\"")
        try """
            ---
            titre: "Chiffre d'essai"
            date: 2019-05-02
            emetteur: etat
            emetteur_nom: "DITP"
            programme: ftap
            appel: 2019
            projets: 12
            sources:
              - titre: "Source d'essai"
                url: "https://exemple.gouv.fr/essai"
            ---
            Texte.

            """.write(to: new.appendingPathComponent("chiffres-officiels/essai.md"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The example content is checked against today's date (its sheets' check dates are recent).
    static let today = ["SOURCE_DATE_EPOCH": String(Int(Date().timeIntervalSince1970))]

    static func json(_ result: FTAPProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    /// The four changes, and only the figures they move.
    static func expectTheFourChanges(_ report: [String: Any]) {
        let figures = (report["chiffres_modifies"] as? [[String: String]]) ?? []
        func changed(_ subject: String, _ name: String) -> (String?, String?) {
            let found = figures.first { $0["sujet"] == subject && $0["chiffre"] == name }
            return (found?["avant"], found?["apres"])
        }
        #expect(changed("Projet « Création d'un cloud d'État »", "montant accordé") == ("24,3\u{00A0}M€", "25\u{00A0}M€"), "\(figures)")
        // Every other figure that moves is a count the changed or removed sheet is part of.
        let allowed: Set<String> = ["Projet « Création d'un cloud d'État »", "Total des fiches détaillées", "Appel 2018 (fiches détaillées)",
                                    "Appel 2020 (fiches détaillées)", "Type de porteur « Administration centrale »",
                                    "« Ministère de la Justice »", "« Services du Premier ministre »"]
        let unexpected = figures.filter { !allowed.contains($0["sujet"] ?? "") }
        #expect(unexpected.isEmpty, "figures that should not change: \(unexpected)")
        let total = figures.first { $0["sujet"] == "Total des fiches détaillées" && $0["chiffre"] == "projets" }
        #expect(total?["avant"] == "24" && total?["apres"] == "23", "\(figures)")

        let removed = (report["retires"] as? [[String: Any]]) ?? []
        #expect(removed.map { $0["sujet"] as? String } == ["Projet « Mise en œuvre du bracelet anti-rapprochement (violences conjugales) »"], "\(removed)")
        #expect((removed.first?["chiffres"] as? [String: String])?["montant accordé"] == "8,7\u{00A0}M€")
        let added = (report["ajoutes"] as? [[String: Any]]) ?? []
        #expect(added.map { $0["sujet"] as? String } == ["Chiffre publié « Chiffre d'essai »"], "\(added)")
        #expect((added.first?["chiffres"] as? [String: String])?["projets"] == "12")

        let pagesRemoved = ((report["pages_retirees"] as? [[String: Any]]) ?? []).map { $0["adresse"] as? String }
        #expect(pagesRemoved == ["/projets/bracelet-anti-rapprochement/"], "\(pagesRemoved)")
        #expect(((report["pages_ajoutees"] as? [[String: Any]]) ?? []).isEmpty)
        let retitled = ((report["pages_modifiees"] as? [[String: Any]]) ?? []).first { $0["adresse"] as? String == "/a-propos/" }
        #expect(retitled?["titre"] as? String == "À propos du FTAP" && retitled?["titre_precedent"] as? String == "À propos du fonds", "\(String(describing: retitled))")
        let data = ((report["donnees"] as? [[String: String]]) ?? []).map { $0["adresse"] ?? "" }
        #expect(data.contains("/donnees/projets.json") && data.contains("/donnees/agregats.json"), "\(data)")
    }

    @Test func twoContentFoldersAreBuiltAndComparedFigureByFigure() throws {
        let folder = try Self.contents()
        let result = try FTAPProcess.run(["diff", "old", "new", "--format", "json", "--templates", FTAPProcess.templates, "--cache", "cache"],
                                         in: folder.root, environment: Self.today)
        Self.expectTheFourChanges(try Self.json(result))

        let markdown = try FTAPProcess.run(["diff", "old", "new", "--templates", FTAPProcess.templates, "--cache", "cache"], in: folder.root, environment: Self.today)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("- Projet « Création d'un cloud d'État » — montant accordé : 24,3\u{00A0}M€ → 25\u{00A0}M€"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("### Fiches et chiffres retirés (1)"))
        let same = try FTAPProcess.run(["diff", "old", "old", "--templates", FTAPProcess.templates, "--cache", "cache"], in: folder.root, environment: Self.today)
        #expect(same.status == 0 && same.stdout.hasPrefix("Aucune différence"), "\(same.stdout)")
    }

    @Test func twoBuiltSitesAreComparedAsWell() throws {
        let folder = try Self.contents()
        for side in ["old", "new"] {
            let build = try FTAPProcess.run(["build", "--content", side, "--templates", FTAPProcess.templates, "--output", "\(side)-site",
                                             "--cache", "cache"], in: folder.root, environment: Self.today)
            #expect(build.status == 0, "\(build.stderr)")
        }
        Self.expectTheFourChanges(try Self.json(try FTAPProcess.run(["diff", "old-site", "new-site", "--format", "json"], in: folder.root, environment: Self.today)))
        let short = try FTAPProcess.run(["diff", "old-site", "new-site", "--format", "court"], in: folder.root, environment: Self.today)
        #expect(short.stdout.contains("- page /projets/bracelet-anti-rapprochement/"), "\(short.stdout)")
    }

    @Test func aFolderThatIsNeitherIsRefusedInFrench() throws {
        let folder = try TemporaryContent()
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("vide"), withIntermediateDirectories: true)
        let result = try FTAPProcess.run(["diff", "vide", "content"], in: folder.root, environment: Self.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("n'est ni un site construit par ftap") && result.stderr.contains("[comparaison-impossible]"), "\(result.stderr)")
    }
}
