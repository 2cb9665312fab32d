import Foundation
@testable import FTAPCore
@testable import FTAPServing
import Testing

/// The preview's error page: in the site's look, grouped by file, each place said in words and
/// shown with its line and a mark, and the stylesheets it needs served while the build fails.
@Suite struct PreviewErrorPageTests {
    static let file = "/site/content/projets/appel.md"
    static let diagnostics = [
        Diagnostic(file: file, position: SourcePosition(line: 4, column: 9), code: .invalidEnum,
                   message: "valeur « <b>x</b> » non autorisée"),
        Diagnostic(file: "/site/content/site.yml", position: nil, severity: .warning, code: .unexpectedFile, message: "à voir"),
    ]
    static let page = PreviewErrorPage(
        diagnostics: diagnostics,
        sources: SourceLines(for: diagnostics) { $0 == file ? "---\ntitre: \"Été\"\nappel: 2019\nstatut: <b>x</b> & y\n---\n" : nil },
        workingDirectory: "/site", siteTitle: "Le site d'essai")

    @Test func errorsAreGroupedByFileWithThePlaceInWordsAndTheMarkForTheEye() {
        let html = Self.page.html(generation: 3)
        #expect(html.contains("<h1>1 erreur à corriger</h1>"))
        #expect(html.contains("<h2 class=\"fr-h6\"><code class=\"ftap-chemin\"><span>content/</span><wbr><span>projets/</span><wbr><span>appel.md</span></code> "
            + "<span class=\"fr-text--md fr-text--regular\">(1\u{00A0}erreur)</span></h2>"))
        #expect(html.contains("<code class=\"ftap-chemin\"><span>content/</span><wbr><span>site.yml</span></code>"))
        #expect(!html.contains("/site/content"))
        #expect(html.contains("ligne 4, colonne 9\u{00A0}: valeur «\u{202F}&lt;b&gt;x&lt;/b&gt;\u{202F}» non autorisée"))
        #expect(html.contains("<span class=\"ftap-marge\" aria-hidden=\"true\"> 4 | </span>statut: &lt;b&gt;x&lt;/b&gt; &amp; y\n"
                + "<span aria-hidden=\"true\"><span class=\"ftap-marge\">   | </span><span class=\"ftap-marque\">        ^</span></span></pre>"))
        #expect(html.contains("Code <code>valeur-non-autorisee</code>"), "le code en petit, pas comme texte principal")
    }

    @Test func pageHasTheSiteLookAndReloadsItself() {
        let html = Self.page.html(generation: 3)
        #expect(html.contains("<html lang=\"fr\""))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/dsfr/dsfr.min.css\">"))
        #expect(html.contains("<p class=\"fr-header__service-title\">Le site d’essai</p>"))
        #expect(html.contains("fr-badge--error") && html.contains("fr-badge--warning"))
        #expect(html.contains("var g=3"))
    }

    /// The page's own sentences are in French typography, as the site's pages are: ’ for the
    /// apostrophe, a no-break space before « : » and narrow ones inside « » and before « ; ».
    @Test func thePageOwnTextIsTypeset() {
        let html = Self.page.html(generation: 3)
        #expect(html.contains("<title>1 erreur à corriger — Le site d’essai</title>"))
        #expect(html.contains("<div class=\"fr-alert fr-alert--error fr-mb-5w\"><p>Le site n’a pas été reconstruit. "
            + "Corrigez ces lignes et enregistrez\u{00A0}: la page se rechargera d’elle-même. "))
        let failed = PreviewErrorPage(diagnostics: [], sources: SourceLines(), workingDirectory: nil, siteTitle: nil).html(generation: 1)
        #expect(failed.contains("<h1>Le site n’a pas pu être construit</h1>"))
        #expect(failed.contains("<title>Le site n’a pas pu être construit — Aperçu du site</title>"))
        let many = (1...60).map { Diagnostic(file: Self.file, position: SourcePosition(line: $0, column: 1), code: .unknownKey, message: "m") }
        let hidden = PreviewErrorPage(diagnostics: many, sources: SourceLines(), workingDirectory: "/site", siteTitle: nil).html(generation: 1)
        #expect(hidden.contains("<p>… et 10 autres problèmes non affichés (au plus 50 par fichier et 500 en tout)\u{202F}; "
            + "«\u{202F}--format json\u{202F}» les donne tous.</p>"))
    }

    /// Codes are not links and the guide is a file of the repository: the page says where it is
    /// in words, not as a path the browser cannot open.
    @Test func theGuideIsNamedWhereAnAuthorFindsIt() {
        let html = Self.page.html(generation: 3)
        #expect(html.contains("Le code écrit sous chaque message est expliqué, avec la façon de corriger, dans la partie 7 du guide de rédaction "
            + "(le fichier guide-redaction.md, dans le dossier docs du dépôt).</p></div>"))
        #expect(!html.contains("docs/guide-redaction.md"))
    }

    /// A YAML syntax error stops the checks of its file: said once, under it, and not under the
    /// file's other problems.
    @Test func aMistakeThatStopsTheFileSaysTheOtherChecksWait() {
        let yaml = Diagnostic(file: Self.file, position: SourcePosition(line: 2, column: 10), code: .yamlSyntax, message: "syntaxe YAML : apostrophe")
        let slug = Diagnostic(file: Self.file, position: nil, code: .invalidSlug, message: "nom")
        let sources = SourceLines(for: [yaml]) { _ in "---\ntitre: 'L'appel 2021'\n---\n" }
        let html = PreviewErrorPage(diagnostics: [yaml, slug], sources: sources, workingDirectory: "/site", siteTitle: nil).html(generation: 1)
        let notice = "<p class=\"fr-text--sm fr-mb-1w\">Les autres vérifications de ce fichier reprendront une fois cette erreur corrigée\u{00A0}: "
            + "d’autres erreurs peuvent alors apparaître.</p>"
        #expect(html.components(separatedBy: notice).count == 2, "une seule fois")
        #expect(html.contains("</span></span></pre>" + notice + "<p class=\"fr-text--xs fr-mb-0\">Code <code>yaml-syntaxe</code>"))
        #expect(!Self.page.html(generation: 3).contains("Les autres vérifications"))
    }

    /// At 375 pixels a path breaks only after a « / » (each part is kept whole unless wider than
    /// the screen) and « (2 erreurs et 1 avertissement) » stays on one line.
    @Test func aPathBreaksOnlyAfterASlashAndTheCountStaysWhole() {
        #expect(PreviewErrorPage.pathCutAtSlashes("content/projets/appel-a-projets-2021.md")
            == "<span>content/</span><wbr><span>projets/</span><wbr><span>appel-a-projets-2021.md</span>")
        #expect(PreviewErrorPage.pathCutAtSlashes("/tmp/a&b.md") == "<span>/</span><wbr><span>tmp/</span><wbr><span>a&amp;b.md</span>")
        let diagnostics = [
            Diagnostic(file: Self.file, position: nil, code: .invalidSlug, message: "a"),
            Diagnostic(file: Self.file, position: nil, code: .unknownKey, message: "b"),
            Diagnostic(file: Self.file, position: nil, severity: .warning, code: .unexpectedFile, message: "c"),
        ]
        let html = PreviewErrorPage(diagnostics: diagnostics, sources: SourceLines(), workingDirectory: "/site", siteTitle: nil).html(generation: 1)
        #expect(html.contains("(2\u{00A0}erreurs\u{00A0}et\u{00A0}1\u{00A0}avertissement)"))
        #expect(html.contains(".ftap-chemin>span{display:inline-block;overflow-wrap:anywhere}"))
    }

    /// The first build of a preview may fail before any site exists: the stylesheets then come
    /// from the templates' static files; other paths still get the error page.
    @Test func stylesheetsAreServedWhileTheBuildFails() {
        let responder = PreviewResponder(output: ServedFolder(path: "/nonexistent-ftap-output"), port: 8080, generation: 1,
                                         failure: Self.page,
                                         staticFiles: ServedFolder(path: FTAPProcess.templates + "/static"))
        func get(_ path: String) -> PreviewResponse {
            responder.response(to: HTTPRequestHead(method: "GET", target: path, version: "HTTP/1.1",
                                                   headers: [.init(name: "Host", value: "localhost")]))
        }
        let css = get("/assets/ftap.css")
        #expect(css.status == .ok && css.contentType == "text/css")
        #expect(css.body.count > 0 && css.body.allBytes?.count == css.body.count)
        for path in ["/", "/projets/x/", "/assets/absent.css", "/donnees/agregats.schema.json"] {
            let page = get(path)
            #expect(page.status == .ok && String(decoding: page.body.allBytes ?? Data(), as: UTF8.self).contains("1 erreur à corriger"), "\(path)")
        }
    }
}
