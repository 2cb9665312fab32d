import Foundation
import Testing
@testable import FTAPKit

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
        #expect(html.contains("<code>content/projets/appel.md</code> <span class=\"fr-text--md fr-text--regular\">(1 erreur)</span>"))
        #expect(html.contains("<code>content/site.yml</code>"))
        #expect(!html.contains("/site/content"))
        #expect(html.contains("ligne 4, colonne 9 : valeur « &lt;b&gt;x&lt;/b&gt; » non autorisée"))
        #expect(html.contains("<span class=\"ftap-marge\" aria-hidden=\"true\"> 4 | </span>statut: &lt;b&gt;x&lt;/b&gt; &amp; y\n"
                + "<span aria-hidden=\"true\"><span class=\"ftap-marge\">   | </span><span class=\"ftap-marque\">        ^</span></span></pre>"))
        #expect(html.contains("Code <code>valeur-non-autorisee</code>"), "le code en petit, pas comme texte principal")
    }

    @Test func pageHasTheSiteLookAndReloadsItself() {
        let html = Self.page.html(generation: 3)
        #expect(html.contains("<html lang=\"fr\""))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"/dsfr/dsfr.min.css\">"))
        #expect(html.contains("<p class=\"fr-header__service-title\">Le site d&apos;essai</p>"))
        #expect(html.contains("fr-badge--error") && html.contains("fr-badge--warning"))
        #expect(html.contains("var g=3"))
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
        #expect(!css.body.isEmpty)
        for path in ["/", "/projets/x/", "/assets/absent.css", "/donnees/agregats.schema.json"] {
            let page = get(path)
            #expect(page.status == .ok && String(decoding: page.body, as: UTF8.self).contains("1 erreur à corriger"), "\(path)")
        }
    }
}
