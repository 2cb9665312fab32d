import Foundation
import Testing

/// The mistakes real authors make, one file each, run through `ftap check` as CI does: each is an
/// error at the very line that is wrong, with the fix in the message. The example content has
/// none of them.
@Suite(.serialized) struct AuthorMistakesTests {
    /// One mistake: the body line written in a news item, the code expected at that line, and
    /// words of the fix.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var line: String
        var code: String
        var fix: String
        var testDescription: String { line }
    }

    static let linksAndImages: [Mistake] = [
        Mistake(line: "![Réunion de lancement](media/reunion.jpg)", code: "lien-interne-casse", fix: "écrivez « /media/reunion.jpg »"),
        Mistake(line: "Voir [la fiche](geoplateforme.md).", code: "lien-interne-casse", fix: "écrivez l'adresse de la page, « /projets/geoplateforme/ »"),
        Mistake(line: "Voir [la fiche](../../projets/geoplateforme/).", code: "lien-interne-casse", fix: "écrivez « /projets/geoplateforme/ »"),
        Mistake(line: "Voir [le Géoportail](www.geoportail.gouv.fr).", code: "lien-externe-incomplet", fix: "écrivez « https://www.geoportail.gouv.fr »"),
        Mistake(line: "![Le guichet](C:\\Users\\agent\\Images\\Guichet Accueil.JPG)", code: "chemin-de-l-ordinateur", fix: "écrivez « /media/guichet-accueil.jpg »"),
        Mistake(line: "Voir [la fiche](https://exemple.gouv.fr/projets/geoplateforme/).", code: "lien-interne-casse", fix: "écrivez seulement « /projets/geoplateforme/ »"),
        Mistake(line: "![Le guichet rénové](/media/guichet.jpg)", code: "lien-interne-casse", fix: "le fichier s'écrit « /media/Guichet.JPG »"),
        Mistake(line: "![](/media/reunion.jpg)", code: "image-sans-alternative", fix: "n'a pas de texte alternatif"),
        Mistake(line: "![reunion.jpg](/media/reunion.jpg)", code: "image-sans-alternative", fix: "le nom de son fichier"),
        Mistake(line: "![Photo](/media/reunion.jpg)", code: "image-sans-alternative", fix: "qui ne dit pas ce qu'elle montre"),
        Mistake(line: "![La réunion](/media/ma réunion.jpg)", code: "lien-interne-casse", fix: "renommez le fichier sans espace (par exemple « ma-reunion.jpg »)"),
    ]

    /// A content folder with a sheet `geoplateforme`, two images, and a news item whose body
    /// holds `line` on the file's line 7.
    static func folder(withNewsLine line: String) throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/geoplateforme.md", TestContent.project())
        try folder.write("content/media/reunion.jpg", "jpg")
        try folder.write("content/media/Guichet.JPG", "jpg")
        try folder.write("content/actualites/essai.md", "---\ntitre: \"Essai\"\ndate: 2024-01-15\nresume: \"Un essai.\"\n---\n\n\(line)\n")
        return folder
    }

    static func diagnostics(_ folder: TemporaryContent) throws -> [[String: Any]] {
        let result = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates, "--format", "json"], in: folder.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return object["diagnostics"] as? [[String: Any]] ?? []
    }

    @Test(arguments: linksAndImages)
    func eachLinkOrImageMistakeIsAnErrorAtItsLineWithItsFix(_ mistake: Mistake) throws {
        let found = try Self.diagnostics(try Self.folder(withNewsLine: mistake.line))
        let atLine = found.filter { $0["file"] as? String == "content/actualites/essai.md" && $0["line"] as? Int == 7 }
        #expect(atLine.map { $0["code"] as? String } == [mistake.code], "\(found)")
        let message = atLine.first?["message"] as? String ?? ""
        #expect(message.contains(mistake.fix), "\(message)")
        let errors = found.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == atLine.count, "rien d'autre : \(errors)")
    }

    @Test func goodLinksAndImagesPass() throws {
        let lines = ["![Les agents devant le nouveau guichet](/media/Guichet.JPG) et [la fiche](/projets/geoplateforme/#resume), "
                     + "[le Géoportail](https://www.geoportail.gouv.fr), [écrire](mailto:contact@exemple.gouv.fr), "
                     + "le site https://exemple.gouv.fr et [plus bas](#suite)."]
        let found = try Self.diagnostics(try Self.folder(withNewsLine: lines[0])).filter { $0["code"] as? String != "page-obligatoire-absente" }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theExampleContentHasNoneOfThem() throws {
        let result = try FTAPProcess.run(["check", "--content", FTAPProcess.packageRoot.appendingPathComponent("content").path,
                                          "--templates", FTAPProcess.templates], in: FTAPProcess.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
