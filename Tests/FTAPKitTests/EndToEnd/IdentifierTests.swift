import Foundation
import Testing

/// Issue 28, point 3: a project keeps its identifier in the open data when its file is renamed,
/// so its row can be followed from one version of the data to the next.
@Suite(.serialized) struct IdentifierTests {
    static func build(_ folder: TemporaryContent) throws -> FTAPProcess.Result {
        try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root)
    }

    static func rows(_ folder: TemporaryContent) throws -> (csv: String, json: String) {
        let files = folder.files(under: "public")
        return (String(decoding: try #require(files["donnees/projets.csv"]), as: UTF8.self),
                String(decoding: try #require(files["donnees/projets.json"]), as: UTF8.self))
    }

    @Test func aRenamedSheetKeepsItsIdentifier() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/premier.md", TestContent.project(title: "Premier projet"))
        try folder.write("content/projets/second.md", TestContent.project("identifiant: second-projet", title: "Second projet"))
        #expect(try Self.build(folder).status == 0)
        let before = try Self.rows(folder)
        #expect(before.csv.contains("\npremier,Premier projet,") && before.csv.contains("\nsecond-projet,Second projet,"), "\(before.csv)")

        // Renamed twice with its former addresses (the oldest first), or with its identifiant.
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/premier.md"))
        try folder.write("content/projets/premier-nom-definitif.md",
                         TestContent.project("anciennes_adresses:\n  - /projets/premier/\n  - /projets/premier-nom/", title: "Premier projet"))
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/second.md"))
        try folder.write("content/projets/deuxieme.md", TestContent.project("identifiant: second-projet", title: "Second projet"))
        #expect(try Self.build(folder).status == 0)
        let after = try Self.rows(folder)
        #expect(after.csv.contains("\npremier,Premier projet,") && after.csv.contains("\nsecond-projet,Second projet,"), "\(after.csv)")
        #expect(after.json.contains("{\"identifiant\": \"premier\", \"titre\": \"Premier projet\""), "\(after.json)")
        #expect(after.csv.contains("https://exemple.gouv.fr/projets/premier-nom-definitif/"), "l'adresse, elle, suit le fichier")
    }

    @Test func anIdentifierIsCheckedAtItsLine() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/premier.md", TestContent.project("identifiant: Premier Projet", title: "Premier projet"))
        try folder.write("content/projets/second.md", TestContent.project(title: "Second projet"))
        try folder.write("content/projets/troisieme.md", TestContent.project("identifiant: second", title: "Troisième projet"))
        let refused = try Self.build(folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("content/projets/premier.md:9:14: erreur: « Premier Projet » ne peut pas être un identifiant : il s'écrit en minuscules sans accents, chiffres et tirets, comme un nom de fichier (« premier-projet »)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("content/projets/troisieme.md:9:14: erreur: « second » est l'identifiant de deux fiches, content/projets/second.md et content/projets/troisieme.md"), "\(refused.stderr)")
    }

    @Test func ftapNewWritesTheIdentifier() throws {
        let folder = try TemporaryContent()
        let result = try FTAPProcess.run(["new", "projet", "cloud-etat"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try #require(folder.files(under: "content")["projets/cloud-etat.md"]), as: UTF8.self)
        #expect(text.contains("\nidentifiant: cloud-etat\n"), "\(text)")
    }
}
