import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

/// Values that looked valid but could mislead a reader, a spreadsheet or a feed reader.
@Suite struct InputHardeningTests {
    @Test func directionOverrideInANameIsRefused() {
        let d = TestContent.diagnostics(project: TestContent.project(carrier: "Direction \u{202E}senaoud"))
        #expect(d.codesAndLines == ["caractere-invisible@6"])
        #expect(d[0].message.contains("U+202E"))
    }

    @Test func invisibleCharacterCannotSplitOneEntityInTwo() {
        let d = TestContent.diagnostics([
            TestContent.file(.project, "a", TestContent.project(carrier: "Direction des douanes")),
            TestContent.file(.project, "b", TestContent.project(amount: "2000000", carrier: "Direction des\u{200B} douanes", type: "operateur")),
        ])
        #expect(d.codesAndLines == ["porteur-types-differents@7"])
    }

    @Test(arguments: ["1_0__0", "_100", "100_", "1_00", "1000_000_0", "24300_000"])
    func amountUnderscoresMustGroupThousands(amount: String) {
        #expect(TestContent.diagnostics(project: TestContent.project(amount: amount)).codesAndLines == ["montant-invalide@8"])
    }

    @Test func amountsGroupedByThousandsAreAccepted() {
        for amount in ["24_300_000", "1_000", "999", "24300000"] {
            #expect(TestContent.diagnostics(project: TestContent.project(amount: amount)).isEmpty, "\(amount)")
        }
    }

    @Test(arguments: ["0001-01-01", "0017-01-01", "1989-12-31", "2100-01-01"])
    func implausibleYearInADateIsRefused(date: String) {
        let d = TestContent.diagnostics(project: TestContent.project("mise_a_jour: \(date)"))
        #expect(d.codesAndLines == ["date-invalide@9"])
        #expect(d[0].message.contains("improbable"))
    }

    @Test func rssDatesAlwaysHaveFourDigitYears() {
        #expect(RFC822.format(ContentDate(year: 17, month: 1, day: 1)!).hasSuffix(" 0017 00:00:00 +0000"))
    }

    @Test(arguments: ["!!binary aGVsbG8=", "!custom x", "!!str 2019"])
    func yamlTagsAreRefused(value: String) {
        let d = TestContent.diagnostics(project: TestContent.project("economies: \(value)"))
        #expect(d.codesAndLines == ["yaml-etiquette@9"])
    }

    @Test func exclamationInsideTextIsNotATag() {
        #expect(TestContent.diagnostics(project: TestContent.project(title: "Enfin !")).isEmpty)
    }

    @Test(arguments: ["https://exemple.gouv.fr\nDisallow: /", "https://exemple .gouv.fr", "https://exemple.gouv.fr/<script>",
                      "https://exemple", "javascript:alert(1)", "https://exemple.gouv.fr?x=1", "https://exemple.gouv.fr:99999",
                      "https://a..b/", "https://-a.b/", "https://a-.b/", "https://a.b./", "https://exemple.gouv.fr/\u{200B}page",
                      "https://exemple.gouv.fr/\u{00AD}", "https://exemple\u{200B}.gouv.fr/"])
    func siteAddressMustBeACleanURL(url: String) {
        let yaml = "titre: \"T\"\nurl: \(JSONText.quote(url))\ndescription: \"D\"\n"
        let (content, diagnostics) = TestContent.validate([], site: yaml)
        #expect(content == nil)
        #expect(diagnostics.map(\.code.rawValue).contains("url-invalide"), "\(url)")
    }

    @Test func sourceAddressesMayHaveQueriesAndAccents() {
        let extra = "sources:\n  - titre: \"S\"\n    url: \"https://www.info.gouv.fr/recherche?q=fonds&p=2#résultats\""
        #expect(TestContent.diagnostics(project: TestContent.project(extra)).isEmpty)
    }

    @Test func csvCellsThatSpreadsheetsWouldRunAreDefused() throws {
        let (content, _) = TestContent.validate([TestContent.file(.project, "x", TestContent.project(title: "=HYPERLINK(\\\"http://x\\\")", carrier: "@SUM(1)"))])
        let site = PublishedSite(content: try #require(content), buildDate: TestContent.buildDate, includeDrafts: false)
        let csv = ProjectTable.csv(site.projects, baseURL: "https://exemple.gouv.fr", dialect: .rfc4180)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.contains(",'@SUM(1),"))
        #expect(!csv.contains(",=") && !csv.contains(",@"))
    }

    /// libyaml gives a byte offset for a character it refuses to read: the place is still a line and column.
    @Test func aControlCharacterIsReportedAtItsLineAndColumn() {
        let (node, diagnostics) = YAMLFrontMatterParser.parse("titre: \"Été\"\nresume: \"é\u{07}\"\n", firstLine: 2, file: "f.md")
        #expect(node == nil)
        #expect(diagnostics.map(\.position) == [SourcePosition(line: 3, column: 11)])
    }

    @Test func aKeyWrittenThreeTimesIsReportedAtEachRepeatAndTheFirstValueIsKept() throws {
        let (node, diagnostics) = YAMLFrontMatterParser.parse("titre: A\nappel: 2019\ntitre: B\n  \ntitre: C\n", firstLine: 2, file: "f.md")
        #expect(diagnostics.map(\.position) == [SourcePosition(line: 4, column: 1), SourcePosition(line: 6, column: 1)])
        #expect(try #require(node).mapping?.compactMap { $0.value.scalar?.string } == ["A", "2019"])
    }

    @Test(arguments: [
        ("titre: \"\\u00zz\"", "séquence « \\u » ou « \\x »"),
        ("titre: \"\\xZZ\"", "séquence « \\u » ou « \\x »"),
        ((0..<1_100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x", "imbrication trop profonde"),
        ("titre: \"a\u{07}b\"", "U+0007 (caractère de contrôle)"),
    ])
    func yamlProblemsAreWordedInFrench(yaml: String, words: String) {
        let d = TestContent.diagnostics([TestContent.file(.page, "p", "---\n\(yaml)\n---\n")])
        #expect(!d.isEmpty)
        for diagnostic in d {
            #expect(diagnostic.message.contains(words), "\(diagnostic.message)")
            for english in ["found", "expected", "Maximum", "while ", "nesting"] {
                #expect(!diagnostic.message.contains(english), "\(diagnostic.message)")
            }
        }
    }

    @Test func printedReportIsCappedPerFileAndInAll() {
        let many = (0..<3_000).map { i in
            Diagnostic(file: "content/projets/p\(i / 100).md", position: SourcePosition(line: i % 100 + 1, column: 1), code: .unknownKey, message: "m")
        }
        let text = DiagnosticFormat.text.render(many).split(separator: "\n")
        #expect(text.filter { $0.contains(": erreur: ") }.count == DiagnosticFormat.printedInAll)
        #expect(text.filter { $0.hasPrefix("content/projets/p0.md:") }.count == DiagnosticFormat.printedPerFile)
        #expect(text.filter { $0.hasPrefix("=== ") }.count == DiagnosticFormat.printedInAll / DiagnosticFormat.printedPerFile)
        #expect(text.contains("=== content/projets/p0.md : 100 erreurs ==="), "l'en-tête compte aussi les problèmes non affichés")
        #expect(text.last?.contains("2500 autres problèmes non affichés") == true)
        let github = DiagnosticFormat.github.render(many).split(separator: "\n")
        #expect(github.count == DiagnosticFormat.printedInAll + 1)
        let json = try? JSONSerialization.jsonObject(with: Data(DiagnosticFormat.json.render(many).utf8)) as? [String: Any]
        #expect((json?["diagnostics"] as? [Any])?.count == 3_000)
    }
}

/// Characters no page, feed or data file may hold (controls, noncharacters) are refused at the
/// line and column where they are, with their name; they once made `atom.xml` ill-formed while
/// `check` passed.
@Suite struct ForbiddenCharacterTests {
    @Test func controlsAndNoncharactersAreRefusedWhereTheyAre() {
        let cases: [(String, String, Int, Int, String)] = [
            ("vt", "---\ntitre: \"Ligne\u{000B}manuelle\"\ndate: 2020-01-01\nresume: \"R\"\n---\nTexte.\n", 2, 14, "U+000B (saut de ligne manuel de Word)"),
            ("fffe", "---\ntitre: \"T\"\ndate: 2020-01-01\nresume: \"R\"\n---\nUn \u{FFFE} texte.\n", 6, 4, "U+FFFE (non-caractère Unicode)"),
            ("esc", "---\ntitre: \"T\"\ndate: 2020-01-01\nresume: \"\u{001B}]0;TITRE\u{0007}\"\n---\nTexte.\n", 4, 10, "U+001B (caractère d'échappement)"),
            ("c1", "---\ntitre: \"T\u{0085}\"\ndate: 2020-01-01\nresume: \"R\"\n---\nTexte.\n", 2, 10, "U+0085 (caractère de contrôle)"),
            ("plane", "---\ntitre: \"T\"\ndate: 2020-01-01\nresume: \"R \u{1FFFF}\"\n---\nTexte.\n", 4, 12, "U+1FFFF (non-caractère Unicode)"),
        ]
        for (slug, text, line, column, name) in cases {
            let d = TestContent.diagnostics([TestContent.file(.news, slug, text)])
            #expect(d.map(\.code.rawValue) == ["caractere-interdit"], "\(slug) : \(d)")
            #expect(d.first?.position == SourcePosition(line: line, column: column), "\(slug) : \(String(describing: d.first?.position))")
            #expect(d.first?.message.contains(name) == true, "\(slug) : \(d.first?.message ?? "")")
        }
        // Tabs, line ends (CRLF included) and ordinary accents pass.
        #expect(TestContent.diagnostics([TestContent.file(.news, "ok", "---\r\ntitre: \"Été\"\r\ndate: 2020-01-01\r\nresume: \"R\"\r\n---\r\n\tTexte ÿ \u{FFFD}.\r\n")]).isEmpty)
    }

    @Test func siteYmlSaysWhatIsWrongWithIt() {
        let empty = TestContent.validate([], site: "  \n").diagnostics
        #expect(empty.map(\.code.rawValue) == ["fichier-vide"])
        #expect(empty.first?.message.contains("« titre », « url » et « description »") == true)
        let control = TestContent.validate([], site: TestContent.siteYAML + "\u{000C}\n").diagnostics
        #expect(control.map(\.code.rawValue) == ["caractere-interdit"])
        let huge = TestContent.validate([], site: TestContent.siteYAML + "# " + String(repeating: "x", count: 1_200_000) + "\n").diagnostics
        #expect(huge.map(\.code.rawValue) == ["yaml-trop-complexe"])
        #expect(huge.first?.message.hasPrefix("« site.yml » pèse 1,2\u{00A0}Mo, pour 1 Mo au plus : il ne tient que les réglages du site") == true, "\(huge.first?.message ?? "")")
    }

    /// A folder named site.yml is said to be one, once, with what to do.
    @Test func aFolderNamedSiteYmlIsSaidOnce() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        let settings = folder.root.appendingPathComponent("content/site.yml")
        try FileManager.default.removeItem(at: settings)
        try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: false)
        let result = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/site.yml: erreur: c'est un dossier, pas un fichier : « site.yml » doit être un fichier de réglages : renommez ce dossier, puis créez le fichier (voir la partie 4.7 du guide de rédaction) [fichier-illisible]"), "\(result.stderr)")
        #expect(!result.stderr.contains("site-yml-absent") && !result.stderr.contains("sans « .md »"), "\(result.stderr)")
    }
}

extension ForbiddenCharacterTests {
    /// YAML's escapes write characters the file's bytes do not hold: they are refused too.
    @Test func yamlEscapesCannotWriteThem() {
        for escape in ["\\v", "\\e", "\\0", "\\uFFFE", "\\x85"] {
            let d = TestContent.diagnostics([TestContent.file(.news, "n", "---\ntitre: \"a\(escape)b\"\ndate: 2020-01-01\nresume: \"R\"\n---\nTexte.\n")])
            #expect(d.map(\.code.rawValue) == ["caractere-interdit"], "\(escape) : \(d)")
            #expect(d.first?.position?.line == 2, "\(escape)")
        }
    }
}

extension ForbiddenCharacterTests {
    /// Markdown's character references (« &#11; », « &#x85; ») would write them into the page.
    @Test func characterReferencesCannotWriteThem() {
        let d = TestContent.diagnostics([TestContent.file(.news, "n", "---\ntitre: \"T\"\ndate: 2020-01-01\nresume: \"R\"\n---\nUn texte.\n\nA &#x85; B\n")])
        #expect(d.map(\.code.rawValue) == ["caractere-interdit"])
        #expect(d.first?.position == SourcePosition(line: 8, column: 3))
        #expect(d.first?.message.contains("U+0085") == true)
        // An ordinary reference stays welcome.
        #expect(TestContent.diagnostics([TestContent.file(.news, "ok", "---\ntitre: \"T\"\ndate: 2020-01-01\nresume: \"R\"\n---\nA &#233; &amp; B\n")]).isEmpty)
    }

    /// Each refused address says what is wrong with it, and a valid one passes.
    @Test func aRefusedAddressSaysWhy() {
        let cases: [(String, String)] = [
            ("https://a..b/", "« url » : le nom de domaine « a..b » n'en est pas un ; il s'écrit en mots de lettres, chiffres et tirets séparés par des points, sans point double ni tiret au début ou à la fin d'un mot (trouvé : « https://a..b/ »)"),
            ("https://-a.b/", "le nom de domaine « -a.b » n'en est pas un"),
            ("https://exemple.gouv.fr:0/", "« url » : le port « 0 » n'est pas un nombre de 1 à 65535"),
            ("https://exemple.gouv.fr/\u{200B}x", "« url » : l'adresse contient un caractère invisible (U+200B) (trouvé : « https://exemple.gouv.fr/<U+200B>x »)"),
            ("https://exemple.gouv.fr/a^b", "l'adresse contient le caractère « ^ », interdit dans une adresse"),
            ("ftp://exemple.gouv.fr/", "« url » doit être une adresse web complète et commencer par https://"),
        ]
        for (url, expected) in cases {
            let yaml = "titre: \"T\"\nurl: \(JSONText.quote(url))\ndescription: \"D\"\n"
            let (_, diagnostics) = TestContent.validate([], site: yaml)
            let message = diagnostics.first { $0.code == .invalidURL }?.message ?? ""
            #expect(message.contains(expected), "\(url) → \(message)")
        }
        for url in ["https://www.modernisation.gouv.fr/", "https://a-b.c-d.fr:8443/x?y=1#z", "https://fr.wikipedia.org/wiki/État", "https://1.2.3.4/"] {
            #expect(WebAddress.isValid(url, httpsOnly: true), "\(url)")
        }
    }
}

/// The words authors use for an allowed value get it suggested.
@Suite struct ValueSynonymTests {
    @Test(arguments: [("prefecture", "service-deconcentre"), ("DDT", "service-deconcentre"), ("Ministère", "administration-centrale"),
                      ("Service déconcentré", "service-deconcentre"), ("commune", "collectivite")])
    func aCarrierTypeWrittenAnotherWayIsSuggested(written: String, meant: String) {
        let diagnostics = TestContent.diagnostics(project: TestContent.project(type: written))
        #expect(diagnostics.first?.message.contains("vouliez-vous dire « \(meant) » ?") == true, "\(diagnostics)")
    }

    @Test func aStatusWithSpacesOrAccentsIsSuggested() {
        for (written, meant) in [("en cours", "en-cours"), ("Terminé", "termine")] {
            let diagnostics = TestContent.diagnostics(project: TestContent.project("statut: \(written)"))
            #expect(diagnostics.first?.message.contains("vouliez-vous dire « \(meant) » ?") == true, "\(diagnostics)")
        }
    }
}
