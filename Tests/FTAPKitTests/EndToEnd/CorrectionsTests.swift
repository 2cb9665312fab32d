import Foundation
import Testing

/// Issue 28, point 1: a correction (`rectificatifs`) of a sheet, of an official figure and of a
/// news item is shown, dated, on the item's page, on `/rectificatifs/` (newest first, with its
/// feed), in the three news feeds (the news item's entry updated, the others as entries of their
/// own) and in the open data (`projets.csv`, `projets-tableur.csv`, `projets.json`, `agregats.json`).
@Suite(.serialized) struct CorrectionsTests {
    static func folder() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/corrige.md", TestContent.project(
            "rectificatifs:\n  - date: 2025-03-03\n    texte: \"Le porteur était mal nommé.\"", title: "Projet corrigé"))
        try folder.write("content/projets/autre.md", TestContent.project(title: "Autre projet"))
        try folder.write("content/chiffres-officiels/laureats-2019.md",
                         TestContent.officialFigure("appel: 2019", projects: 12, amount: 90_000_000).replacingOccurrences(
                            of: "sources:\n", with: "rectificatifs:\n  - date: 2025-04-01\n    texte: \"Le nombre de lauréats était faux.\"\nsources:\n"))
        try folder.write("content/actualites/annonce.md", """
            ---
            titre: "Annonce"
            date: 2020-01-10
            resume: "Une annonce."
            rectificatifs:
              - date: 2025-05-02
                texte: "La date de la réunion était fausse."
            ---
            Texte de l'annonce.
            """)
        return folder
    }

    @Test func aCorrectionIsOnItsPageOnTheListInTheFeedsAndInTheOpenData() throws {
        let folder = try Self.folder()
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "public")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path) absent"), as: UTF8.self) }

        // On each item's page, dated.
        #expect(try text("projets/corrige/index.html").contains("Rectifié le <time datetime=\"2025-03-03\">3 mars 2025</time>\u{00A0}: Le porteur était mal nommé."))
        #expect(!(try text("projets/autre/index.html")).contains("Rectifié le"))
        #expect(try text("appels/2019/index.html").contains("Rectifié le <time datetime=\"2025-04-01\">1<sup>er</sup> avril 2025</time>\u{00A0}: Le nombre de lauréats était faux."))
        #expect(try text("actualites/annonce/index.html").contains("Rectifié le <time datetime=\"2025-05-02\">2 mai 2025</time>"))

        // On /rectificatifs/, newest first, and in its feed.
        let list = try text("rectificatifs/index.html")
        let places = ["La date de la réunion", "Le nombre de lauréats", "Le porteur était mal nommé"].map { list.range(of: $0)?.lowerBound }
        #expect(places.allSatisfy { $0 != nil } && places == places.sorted { ($0 ?? list.endIndex) < ($1 ?? list.endIndex) }, "du plus récent au plus ancien")
        #expect(list.contains("<a href=\"/projets/corrige/\">Projet corrigé</a>") && list.contains("href=\"/appels/2019/\""))
        #expect(try text("rectificatifs/atom.xml").components(separatedBy: "<entry>").count == 4)
        #expect(try text("plan-du-site/index.html").contains("href=\"/rectificatifs/\""))

        // In the three feeds: the news item updated on its correction's day, the others as entries.
        let atom = try text("atom.xml")
        #expect(atom.contains("<published>2020-01-10T00:00:00Z</published>\n    <updated>2025-05-02T00:00:00Z</updated>"), "\(atom)")
        #expect(atom.contains("<title>Rectificatif\u{00A0}: Projet corrigé</title>") && atom.contains("<updated>2025-03-03T00:00:00Z</updated>"))
        #expect(atom.contains("<title>Rectificatif\u{00A0}: Chiffre officiel</title>"))
        #expect(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"") && atom.contains("  <updated>2025-05-02T00:00:00Z</updated>"))
        let rss = try text("rss.xml")
        #expect(rss.contains("Rectificatif\u{00A0}: Projet corrigé") && rss.contains("Rectifié le 2\u{00A0}mai 2025") || rss.contains("Rectifié le 2 mai 2025"), "\(rss)")
        let json = try text("feed.json")
        #expect(json.contains("\"date_modified\": \"2025-05-02T00:00:00Z\"") && json.contains("Rectificatif\u{00A0}: Chiffre officiel"), "\(json)")

        // In the open data.
        let csv = try text("donnees/projets.csv")
        #expect(csv.contains(",rectificatifs,dernier_rectificatif,url,"), "\(csv.prefix(400))")
        #expect(csv.contains(",1,2025-03-03,https://exemple.gouv.fr/projets/corrige/,") && csv.contains(",0,,https://exemple.gouv.fr/projets/autre/,"), "\(csv)")
        let spreadsheet = String(decoding: try #require(files["donnees/projets-tableur.csv"]), as: UTF8.self)
        #expect(spreadsheet.contains(";1;2025-03-03;https://exemple.gouv.fr/projets/corrige/;"), "\(spreadsheet)")
        let projects = try text("donnees/projets.json")
        #expect(projects.contains("\"rectificatifs\": [{\"date\": \"2025-03-03\", \"texte\": \"Le porteur était mal nommé.\"}], \"dernier_rectificatif\": \"2025-03-03\""))
        #expect(projects.contains("\"rectificatifs\": [], \"dernier_rectificatif\": null"))
        #expect(try text("donnees/agregats.json").contains("\"rectificatifs\": [{\"date\": \"2025-04-01\", \"texte\": \"Le nombre de lauréats était faux.\"}]"))
    }

    @Test func aCorrectionDatedInTheFutureOrWithoutItsTextIsRefusedAtItsLine() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/corrige.md", TestContent.project(
            "rectificatifs:\n  - date: 2026-01-01\n    texte: \"Plus tard.\"\n  - date: 2025-01-05", title: "Projet corrigé"))
        let result = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/projets/corrige.md:10:11: erreur: ce rectificatif est daté du 1er janvier 2026, dans le futur"), "\(result.stderr)")
        #expect(result.stderr.contains("content/projets/corrige.md:12:5:") && result.stderr.contains("texte"), "\(result.stderr)")
    }
}
