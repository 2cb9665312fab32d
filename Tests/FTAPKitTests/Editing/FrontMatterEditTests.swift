import Foundation
@testable import FTAPContent
@testable import FTAPEditing
@testable import FTAPValidation
import Testing

/// Editing a file in place: what the form did not change stays as the author wrote it, what it
/// changed is written as an author would, and the file still checks.
@Suite struct FrontMatterEditTests {
    /// The top-level values of a file, as the atelier's form starts with them.
    static func values(of text: String) throws -> [FrontMatterEntry] {
        try FrontMatterEdit.entries(of: text)
    }

    static func setting(_ entries: [FrontMatterEntry], _ key: String, _ value: FrontMatterValue?) -> [FrontMatterEntry] {
        var result = entries
        if let index = result.firstIndex(where: { $0.key == key }) {
            if let value { result[index].value = value } else { result.remove(at: index) }
        } else if let value {
            result.append(FrontMatterEntry(key, value))
        }
        return result
    }

    static let sheet = """
    ---
    # Fiche relue le 3 mars.
    titre: "Création d'un cloud d'État"
    resume: 'Projet de la DINSIC.'
    appel: 2018
    porteur:
      nom: "DINSIC"   # nom de 2018
      type: administration-centrale
    montant: 24_300_000  # communiqué du 20 juin 2018
    statut: laureat
    jalons: []

    # Les sources de la fiche.
    sources:
    - titre: "DITP"
      url: "https://www.modernisation.gouv.fr/"
    brouillon: false
    ---
    Le texte, **tel quel**.

    """

    @Test func aFileSavedWithoutChangeIsTheSameBytes() throws {
        let edit = try FrontMatterEdit(Self.sheet, values: try Self.values(of: Self.sheet), schema: ContentSchema.project)
        #expect(edit.text == Self.sheet)
        #expect(edit.lostComments.isEmpty)
    }

    /// Every file of the example content, with its kind's schema.
    static func exampleFiles() throws -> [(path: String, text: String, schema: KindSchema)] {
        let content = FTAPProcess.packageRoot.appendingPathComponent("content")
        let kinds: [(String, KindSchema)] = [("projets", ContentSchema.project), ("temoignages", ContentSchema.testimonial),
                                              ("actualites", ContentSchema.news), ("pages", ContentSchema.page),
                                              ("chiffres-officiels", ContentSchema.officialFigure), ("execution-budgetaire", ContentSchema.budgetExecution)]
        return try kinds.flatMap { folder, schema in
            try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(folder).path).sorted()
                .filter { $0.hasSuffix(".md") }
                .map { name in ("\(folder)/\(name)", try String(contentsOf: content.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8), schema) }
        }
    }

    @Test func everyExampleFileSavedWithoutChangeIsTheSameBytes() throws {
        let files = try Self.exampleFiles()
        for file in files {
            let edit = try FrontMatterEdit(file.text, values: try Self.values(of: file.text), schema: file.schema)
            #expect(edit.text == file.text, "\(file.path)")
        }
        #expect(files.count > 50)
    }

    /// Written again key by key, every example file is the same bytes, but for its comments (which
    /// an edit in place keeps): the example content is in the form the atelier writes.
    @Test func theExampleFilesAreInTheFormTheAtelierWrites() throws {
        var commented: [String] = []
        for file in try Self.exampleFiles() {
            let lines = try #require(FrontMatterFile(file.text)).yamlLines
            if lines.contains(where: { $0.drop { $0 == " " }.hasPrefix("#") }) {
                commented.append(file.path)
                continue
            }
            let written = try Self.values(of: file.text).flatMap { FrontMatterLines.lines($0, field: file.schema.field(at: $0.key)) }
            #expect(written == lines, "\(file.path)")
        }
        #expect(commented.count < 10, "\(commented)")
    }

    @Test func aChangedAmountChangesItsLineOnlyAndSaysItsCommentIsLost() throws {
        let values = Self.setting(try Self.values(of: Self.sheet), "montant", .text("25000000"))
        let edit = try FrontMatterEdit(Self.sheet, values: values, schema: ContentSchema.project)
        #expect(edit.text == Self.sheet.replacingOccurrences(of: "montant: 24_300_000  # communiqué du 20 juin 2018", with: "montant: 25000000"))
        #expect(edit.lostComments == [FrontMatterEdit.LostComment(key: "montant", comments: ["# communiqué du 20 juin 2018"])])
    }

    /// The comments a rewritten key loses are named with their text: ends of lines inside a
    /// group too, but not a `#` inside quotes or in the text of a `|` block.
    @Test func theCommentsOfARewrittenKeyAreNamedNotTheTextThatLooksLikeThem() throws {
        let text = """
        ---
        titre: 'L''appel # 1'
        porteur:
          nom: "DINSIC # 2018"   # nom de 2018
          # type: operateur
        videos:
          - titre: "Vidéo"
            url: "https://tube.numerique.gouv.fr/w/abc"
            transcription: |
              # Pas un commentaire
              Texte #2.
            # un commentaire
        ---

        """
        var values = Self.setting(try Self.values(of: text), "porteur", .group([FrontMatterEntry("nom", .text("DINUM"))]))
        values = Self.setting(values, "titre", .text("Autre"))
        values = Self.setting(values, "videos", .list([]))
        let edit = try FrontMatterEdit(text, values: values, schema: ContentSchema.project)
        #expect(edit.lostComments == [
            FrontMatterEdit.LostComment(key: "porteur", comments: ["# nom de 2018", "# type: operateur"]),
            FrontMatterEdit.LostComment(key: "videos", comments: ["# un commentaire"]),
        ])
    }

    @Test func aMilestoneAddedIsWrittenAsABlockListInItsPlace() throws {
        let milestone = FrontMatterValue.group([FrontMatterEntry("date", .text("2026-03-01")), FrontMatterEntry("libelle", .text("Mise en service : étape 1")),
                                                FrontMatterEntry("etat", .text("prevu"))])
        let values = Self.setting(try Self.values(of: Self.sheet), "jalons", .list([milestone]))
        let edit = try FrontMatterEdit(Self.sheet, values: values, schema: ContentSchema.project)
        #expect(edit.text == Self.sheet.replacingOccurrences(of: "jalons: []\n", with: """
        jalons:
          - date: 2026-03-01
            libelle: "Mise en service : étape 1"
            etat: prevu

        """))
        #expect(edit.lostComments.isEmpty)
    }

    @Test func aNewKeyGoesAfterTheKeyBeforeItInTheSchemaAndARemovedOneGoes() throws {
        var values = Self.setting(try Self.values(of: Self.sheet), "cout_total", .text("30000000"))
        values = Self.setting(values, "programme", .text("ftap"))
        values = Self.setting(values, "statut", nil)
        let edit = try FrontMatterEdit(Self.sheet, values: values, schema: ContentSchema.project)
        var expected = Self.sheet.replacingOccurrences(of: "montant: 24_300_000  # communiqué du 20 juin 2018\n",
                                                       with: "montant: 24_300_000  # communiqué du 20 juin 2018\ncout_total: 30000000\n")
        expected = expected.replacingOccurrences(of: "resume: 'Projet de la DINSIC.'\n", with: "resume: 'Projet de la DINSIC.'\nprogramme: ftap\n")
        expected = expected.replacingOccurrences(of: "statut: laureat\n", with: "")
        #expect(edit.text == expected)
    }

    /// `ftap new` leaves optional keys commented out (`# montant: 24_300_000`, `# image:` and the
    /// lines of its value): a key set in the form takes that place, as an author uncommenting it would.
    @Test func aNewKeyTakesThePlaceOfItsCommentedOutLine() throws {
        let text = """
        ---
        titre: "Essai"
        # Montant accordé par le fonds, en euros entiers.
        # montant: 24_300_000
        # Facultatif : cout_total: 0
        statut: laureat
        #date_publication: 2026-12-06   (pas publiée avant cette date)
        # image:
        #   fichier: /media/photos/nom.jpg
        #   alt: "Ce que montre la photo"
        # Brouillon.
        brouillon: true
        ---

        """
        var values = Self.setting(try Self.values(of: text), "montant", .text("1200000"))
        values = Self.setting(values, "cout_total", .text("2000000"))
        values = Self.setting(values, "date_publication", .text("2027-01-04"))
        values = Self.setting(values, "image", .group([FrontMatterEntry("fichier", .text("/media/photos/a.jpg")), FrontMatterEntry("decorative", .text("true"))]))
        let edit = try FrontMatterEdit(text, values: values, schema: ContentSchema.project)
        #expect(edit.text == """
        ---
        titre: "Essai"
        # Montant accordé par le fonds, en euros entiers.
        montant: 1200000
        cout_total: 2000000
        # Facultatif : cout_total: 0
        statut: laureat
        date_publication: 2027-01-04
        image:
          fichier: /media/photos/a.jpg
          decorative: true
        # Brouillon.
        brouillon: true
        ---

        """)
        #expect(edit.lostComments.isEmpty)
    }

    @Test func aNewBodyReplacesTheTextAfterTheFrontMatter() throws {
        let edit = try FrontMatterEdit(Self.sheet, values: try Self.values(of: Self.sheet), schema: ContentSchema.project, body: "Nouveau texte.\n")
        #expect(edit.text.hasSuffix("brouillon: false\n---\nNouveau texte.\n"))
    }

    @Test func aBrokenHeaderIsRefusedWithItsReason() {
        #expect(throws: FrontMatterEdit.Unreadable.self) { try FrontMatterEdit("titre: x\n", values: [], schema: ContentSchema.page) }
        #expect(throws: FrontMatterEdit.Unreadable.self) { try FrontMatterEdit("---\ntitre: 'L'appel'\n---\n", values: [], schema: ContentSchema.page) }
        // Written between braces, or shifted: left to the author's editor, never half rewritten.
        #expect(throws: FrontMatterEdit.Unreadable.self) { try FrontMatterEdit("---\n{titre: x, resume: y}\n---\n", values: [], schema: ContentSchema.page) }
        #expect(throws: FrontMatterEdit.Unreadable.self) { try FrontMatterEdit("---\n  titre: x\n  resume: y\n---\n", values: [], schema: ContentSchema.page) }
    }

    /// Texts that YAML would misread are quoted, and every text reads back as itself.
    @Test(arguments: ["Plan", "L'appel 2021", "Titre : suite", "2021", "24_300_000", "true", "Non", "# pas un commentaire", "- tiret",
                      "a #b", "guillemet \" et \\ barre", " espace", "tab\tulation", "deux\nlignes", "https://www.modernisation.gouv.fr/?a=1#b",
                      "[crochets]", "{accolades}", "@arobase", "100 %", "Sécurité : « données »", "", "é", "2021-06-24", "12:30", "~",
                      "cloche\u{07}", "suppr\u{7F}", "c1\u{85}", "ligne\u{2028}séparée"])
    func aTextReadsBackAsItself(text: String) throws {
        let written = FrontMatterLines.lines(FrontMatterEntry("titre", .text(text)), field: ContentSchema.page.field(at: "titre"))
        let yaml = written.joined(separator: "\n") + "\n"
        let node = try #require(YAMLFrontMatterParser.parse(yaml, firstLine: 2, file: "").node, "\(yaml)")
        #expect(FrontMatterValue(node) == .group([FrontMatterEntry("titre", .text(text))]), "\(yaml)")
    }

    @Test func textsAreQuotedAsTheGuideWritesThemOtherValuesOnlyWhenNeeded() {
        func line(_ text: String, _ key: String = "titre", _ schema: KindSchema = ContentSchema.page) -> String {
            FrontMatterLines.lines(FrontMatterEntry(key, .text(text)), field: schema.field(at: key))[0]
        }
        #expect(line("L'appel 2021") == "titre: \"L'appel 2021\"")
        let file = FrontMatterLines.lines(FrontMatterEntry("fichier", .text("/media/photos/a.jpg")), field: MediaSchema.table.field(at: "image.fichier"))
        #expect(file == ["fichier: /media/photos/a.jpg"])
        #expect(line("Titre : suite") == "titre: \"Titre : suite\"")
        #expect(line("2021") == "titre: \"2021\"")
        #expect(line("true") == "titre: \"true\"")
        #expect(line("true", "brouillon") == "brouillon: true")
        #expect(line("24300000", "montant", ContentSchema.project) == "montant: 24300000")
        #expect(line("2026-03-01", "mise_a_jour", ContentSchema.project) == "mise_a_jour: 2026-03-01")
        #expect(line("deux\nlignes") == "titre: |-")
    }

    /// An edited example sheet still checks.
    @Test func anEditedExampleSheetStillChecks() throws {
        let path = FTAPProcess.packageRoot.appendingPathComponent("content/projets/cloud-etat.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        var values = Self.setting(try Self.values(of: text), "objectifs", .list([.text("Un premier objectif : mesurable"), .text("2021")]))
        values = Self.setting(values, "resume", .text("Résumé avec « guillemets », deux-points : et dièse #1."))
        let edit = try FrontMatterEdit(text, values: values, schema: ContentSchema.project)
        let result = TestContent.validate([TestContent.file(.project, "cloud-etat", edit.text)])
        #expect(result.diagnostics.filter { $0.severity == .error && $0.file.hasSuffix("cloud-etat.md") }.isEmpty, "\(result.diagnostics)\n\(edit.text)")
        #expect(edit.text.contains("objectifs:\n  - \"Un premier objectif : mesurable\"\n  - \"2021\"\n"), "\(edit.text)")
    }
}
