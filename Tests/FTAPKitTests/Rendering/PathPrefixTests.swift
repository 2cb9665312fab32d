import Foundation
@testable import FTAPPlan
@testable import FTAPRendering
@testable import FTAPServing
import Testing

/// A site published under a path (`https://org.gitlab.io/ftap/`): every root address of a page
/// goes under it, nothing else changes; the preview serves it under that path as at its root.
@Suite struct PathPrefixTests {
    @Test(arguments: [
        ("https://ftap.modernisation.gouv.fr", ""), ("https://ftap.modernisation.gouv.fr/", ""),
        ("https://org.gitlab.io/ftap", "/ftap"), ("https://org.gitlab.io/ftap/", "/ftap"),
        ("https://example.org/sous-dossier/apercu/", "/sous-dossier/apercu"), ("https://example.org:8443/a/?x=1", "/a"),
    ])
    func theSitesPathComesFromItsAddress(url: String, path: String) {
        #expect(SitePlan.pathPrefix(of: url) == path)
    }

    @Test func everyRootAddressOfAPageGoesUnderThePath() {
        let html = """
            <a href="/projets/x/">x</a> <a href="https://exemple.fr/">y</a> <a href="#jalons">z</a> <a href="//cdn.exemple.fr/a.js">w</a>
            <link rel="stylesheet" href="/dsfr/dsfr.min.css"><script src="/assets/filtres.js" defer></script>
            <picture><source type="image/webp" srcset="/media/a-400w.webp 400w, /media/a-800w.webp 800w" sizes="100vw"><img src="/media/a.jpg" alt="/pas/une/adresse" srcset="/media/a-400w.jpg 400w,/media/a.jpg 800w"></picture>
            <form action="/recherche/"><video poster="/media/v.jpg"></video></form><p>Le chemin /projets/ dans un texte.</p>
            """
        let prefixed = String(decoding: PathPrefixMarkup(baseURL: "https://org.gitlab.io/ftap/").applied(to: Array(html.utf8)), as: UTF8.self)
        #expect(prefixed == """
            <a href="/ftap/projets/x/">x</a> <a href="https://exemple.fr/">y</a> <a href="#jalons">z</a> <a href="//cdn.exemple.fr/a.js">w</a>
            <link rel="stylesheet" href="/ftap/dsfr/dsfr.min.css"><script src="/ftap/assets/filtres.js" defer></script>
            <picture><source type="image/webp" srcset="/ftap/media/a-400w.webp 400w, /ftap/media/a-800w.webp 800w" sizes="100vw"><img src="/ftap/media/a.jpg" alt="/pas/une/adresse" srcset="/ftap/media/a-400w.jpg 400w,/ftap/media/a.jpg 800w"></picture>
            <form action="/ftap/recherche/"><video poster="/ftap/media/v.jpg"></video></form><p>Le chemin /projets/ dans un texte.</p>
            """)
        #expect(PathPrefixMarkup(baseURL: "https://ftap.modernisation.gouv.fr").applied(to: Array(html.utf8)) == Array(html.utf8))
    }

    @Test func thePreviewServesTheSiteUnderItsPathAsAtItsRoot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("projets/x"), withIntermediateDirectories: true)
        try Data("<p>accueil</p>".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data("<p>fiche</p>".utf8).write(to: folder.appendingPathComponent("projets/x/index.html"))
        let responder = PreviewResponder(output: ServedFolder(path: folder.path), port: 8080, generation: 1, failure: nil,
                                         staticFiles: ServedFolder(path: folder.path), sitePath: "/ftap")
        func body(_ path: String) -> String {
            let response = responder.response(to: HTTPRequestHead(method: "GET", target: path, version: "HTTP/1.1",
                                                                  headers: [.init(name: "Host", value: "localhost")]))
            return response.status == .ok ? String(decoding: response.body.allBytes ?? Data(), as: UTF8.self) : "\(response.status)"
        }
        #expect(body("/ftap/projets/x/").contains("fiche"))
        #expect(body("/projets/x/").contains("fiche"))
        #expect(body("/ftap/").contains("accueil") && body("/ftap").contains("accueil") && body("/").contains("accueil"))
        #expect(!body("/ftapx/projets/x/").contains("fiche"))
    }
}
