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
        Mistake(line: "Voir [les jalons](/projets/geoplateforme/#jalon).", code: "lien-interne-casse", fix: "mène à la section « #jalon », que la page « /projets/geoplateforme/ » n'a pas : le lecteur arriverait en haut de la page ; vouliez-vous dire « #jalons » ?"),
        Mistake(line: "Voir [plus bas](#suite).", code: "lien-interne-casse", fix: "que la page « /actualites/essai/ » n'a pas"),
    ]

    /// A content folder with a sheet `geoplateforme`, two images, and a news item whose body
    /// holds `line` on the file's line 7.
    static func folder(withNewsLine line: String) throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/geoplateforme.md", TestContent.project())
        let photo = try Self.photo
        try folder.write("content/media/reunion.jpg", bytes: photo)
        try folder.write("content/media/Guichet.JPG", bytes: photo)
        try folder.write("content/actualites/essai.md", "---\ntitre: \"Essai\"\ndate: 2024-01-15\nresume: \"Un essai.\"\n---\n\n\(line)\n")
        return folder
    }

    /// A real photo (the build reads every image to its last pixel), made once.
    static var photo: [UInt8] {
        get throws { try photoMade.get() }
    }
    private static let photoMade = Result { try TestImages.jpeg(width: 64, height: 48) }

    /// A JSON diagnostic's message, empty when there is none.
    static func message(_ diagnostic: [String: Any]?) -> String {
        diagnostic?["message"] as? String ?? ""
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

    /// Front-matter mistakes: the faulty line replaces line 8 (`montant: 5`) of a valid sheet, or
    /// is given whole with its line; each is an error at that line, with the fix.
    /// An address written plain in a list (`- https://…`) is a text, as YAML reads it, not a key
    /// missing its space.
    @Test func anAddressWrittenPlainInAListIsNotAKey() {
        let diagnostics = TestContent.diagnostics([TestContent.file(.project, "x", TestContent.project("objectifs:\n  - https://exemple.fr/plan"))])
        #expect(!diagnostics.contains { $0.code == .yamlSyntax }, "\(diagnostics)")
    }

    static let frontMatter: [(text: String, line: Int, fix: String)] = [
        (sheet("montant 3600000"), 8, "il manque « : » après « montant » : écrivez « montant: 3600000 »"),
        (sheet("montant:3600000"), 8, "il manque une espace après « : » : écrivez « montant: 3600000 »"),
        (sheet("montant: \"3600000"), 8, "le guillemet « \" » ouvert ici n'est jamais refermé"),
        (sheet("montant:\u{00A0}3600000"), 8, "une espace insécable (invisible, souvent insérée par le clavier ou le traitement de texte) suit « : »"),
        (sheet("montant\u{00A0}: 3600000"), 8, "une espace insécable (invisible) sépare « montant » de « : »"),
        (sheet("montant: 5\ntitre \"Un autre titre\""), 9, "il manque « : » après « titre »"),
        (sheet("montant: 5\nstatut: laureat\nen-cours"), 10, "elle semble continuer la valeur de « statut » (ligne 9)"),
        (sheet("montant: 5", title: "titre: “Projet de test”"), 2, "la valeur commence par un guillemet typographique (« “ »)"),
        (sheet("montant: 5", title: "titre: « Projet de test »"), 2, "la valeur commence par un guillemet typographique (« « »)"),
        (sheet("montant: 5", title: "titre: Projet #FTAP 2"), 2, "tout ce qui suit « # » serait ignoré"),
    ]

    /// A valid sheet whose line 8 is `line` (and line 2 `title`).
    static func sheet(_ line: String, title: String = "titre: \"Projet de test\"") -> String {
        "---\n\(title)\nresume: \"Un résumé.\"\nappel: 2019\nporteur:\n  nom: \"Direction test\"\n  type: operateur\n\(line)\n---\n"
    }

    @Test(arguments: frontMatter.indices)
    func eachFrontMatterMistakeIsAnErrorAtItsLineWithItsFix(_ index: Int) throws {
        let mistake = Self.frontMatter[index]
        let folder = try TemporaryContent()
        try folder.write("content/projets/essai.md", mistake.text)
        let found = try Self.diagnostics(folder).filter { $0["severity"] as? String == "error" }
        #expect(found.count == 1 && found.first?["line"] as? Int == mistake.line && found.first?["code"] as? String == "yaml-syntaxe", "\(found)")
        #expect(Self.message(found.first).contains(mistake.fix), "\(found)")
    }

    /// The line shown under the error holds the no-break space as « ⍽ », with the line above it.
    @Test func theExcerptShowsTheInvisibleSpaceAndTheLineAbove() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/essai.md", Self.sheet("montant:\u{00A0}3600000"))
        let result = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.stderr.contains(" 7 |   type: operateur\n 8 | montant:⍽3600000\n   |         ^"), "\(result.stderr)")
    }

    /// Files meant to be sheets but named or saved so they would not be published.
    @Test func nearMissFilesAreErrorsWithTheRenameToDo() throws {
        let folder = try TemporaryContent()
        for name in ["A.MD", "b.md.txt", "c.txt"] { try folder.write("content/projets/\(name)", Self.sheet("montant: 5")) }
        try folder.write("content/projets/notes.md", bytes: Array("\u{FEFF}---\ntitre: x\n---\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        try folder.write("content/projets/riche.md", "{\\rtf1\\ansi Projet}")
        let found = try Self.diagnostics(folder).filter { $0["severity"] as? String == "error" }
        let messages = Dictionary(found.map { (($0["file"] as? String ?? ""), $0["message"] as? String ?? "") }) { first, _ in first }
        #expect(messages["content/projets/A.MD"]?.contains("renommez-le « a.md »") == true, "\(messages)")
        #expect(messages["content/projets/b.md.txt"]?.contains("renommez-le « b.md »") == true, "\(messages)")
        #expect(messages["content/projets/c.txt"]?.contains("renommez-le « c.md »") == true, "\(messages)")
        #expect(messages["content/projets/notes.md"]?.contains("UTF-16") == true, "\(messages)")
        #expect(messages["content/projets/riche.md"]?.contains("document RTF") == true, "\(messages)")
    }

    /// Raw HTML is a warning at its line naming what to write instead (the item is still published).
    @Test func rawHTMLIsAWarningAtItsLine() throws {
        let folder = try Self.folder(withNewsLine: "Un mot en <b>gras</b>.\n\n<iframe src=\"https://www.youtube.com/embed/x\"></iframe>")
        let found = try Self.diagnostics(folder).filter { $0["code"] as? String == "html-retire" }
        #expect(found.map { $0["line"] as? Int } == [7, 9], "\(found)")
        #expect(Self.message(found.first).contains("pour du gras, écrivez **texte**"))
        #expect(Self.message(found.last).contains("mettez un lien vers lui"))
        #expect(found.allSatisfy { $0["severity"] as? String == "warning" })
    }

    /// Values possible but unlikely (the tests build on 25 November 2025): each at its line,
    /// an error or a warning as the guide says.
    @Test func implausibleValuesAreFoundAtTheirLines() throws {
        let folder = try TemporaryContent()
        let title = "titre: \"" + String(repeating: "Modernisation de l'action publique ", count: 5) + "\""
        try folder.write("content/projets/essai.md", Self.sheet("montant: 5\nversements:\n  - date: 2026-03-01\n    montant: 5\n"
                                                                + "jalons:\n  - date: 2024-05-01\n    libelle: \"Mise en service\"\n    etat: prevu\n"
                                                                + "mise_a_jour: 2026-01-05", title: title))
        let found = try Self.diagnostics(folder).filter { $0["code"] as? String == "valeur-invraisemblable" }
        let seen = found.map { "\($0["line"] as? Int ?? 0) \($0["severity"] as? String ?? "")" }
        #expect(seen == ["2 warning", "10 error", "15 warning", "16 error"], "\(found)")
        #expect(Self.message(found[1]).contains("le site le compterait comme « versé à ce jour »"))
        #expect(Self.message(found[2]).contains("écrivez « etat: atteint »"))
    }

    @Test func goodLinksAndImagesPass() throws {
        let lines = ["![Les agents devant le nouveau guichet](/media/Guichet.JPG) et [la fiche](/projets/geoplateforme/#contenu), "
                     + "[le Géoportail](https://www.geoportail.gouv.fr), [écrire](mailto:contact@exemple.gouv.fr), "
                     + "le site https://exemple.gouv.fr et [le contenu](#contenu)."]
        // The folder's own warnings apart: pages the law asks for, « Guichet.JPG »'s capitals, the unused photo.
        let folderWarnings: Set<String> = ["page-obligatoire-absente", "nom-de-media-a-changer", "image-inutilisee"]
        let found = try Self.diagnostics(try Self.folder(withNewsLine: lines[0])).filter { !folderWarnings.contains($0["code"] as? String ?? "") }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theExampleContentHasNoneOfThem() throws {
        let result = try FTAPProcess.run(["check", "--content", FTAPProcess.packageRoot.appendingPathComponent("content").path,
                                          "--templates", FTAPProcess.templates], in: FTAPProcess.packageRoot,
                                         environment: FTAPProcess.exampleContentEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
