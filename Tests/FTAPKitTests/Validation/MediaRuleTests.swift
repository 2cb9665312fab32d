import Foundation
@testable import FTAPValidation
import Testing

/// `media/` is published as it is on the site's own address: a page, a script or an SVG that
/// runs or loads something is refused at its file, an inert image is published.
@Suite(.serialized) struct MediaRuleTests {
    static let files: [(String, String, String?)] = [
        ("page.html", "<html><script>alert(1)</script></html>", "ce format peut exécuter un script"),
        ("code.js", "alert(1)", "ce format peut exécuter un script"),
        ("notes.xyz", "x", "n'est pas dans la liste"),
        ("script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "élément « script »"),
        ("onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "attribut d'événement « onload »"),
        ("objet.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div/></foreignObject></svg>", "élément « foreignObject »"),
        ("lien.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>", "référence externe"),
        ("style.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.fr/a.css);</style></svg>", "feuille de style"),
        ("anime.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>", "anime l'attribut"),
        ("entite.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e \"x\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&e;</svg>", "entité XML"),
        ("casse.svg", "<svg><rect></svg>", "XML mal formé"),
        ("sain.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"10\" height=\"10\"/><use xlink:href=\"#g\"/><image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>", nil),
        ("photo.JPG", "jpeg", nil), ("rapport.pdf", "%PDF-1.4", nil), ("donnees.csv", "a,b", nil), ("sous/titres.vtt", "WEBVTT", nil),
    ]

    @Test func onlyInertFilesArePublished() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteYAML)
        for (name, text, _) in Self.files { try folder.write("content/media/\(name)", text) }
        let result = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let found = ((object["diagnostics"] as? [[String: Any]]) ?? []).filter { $0["code"] as? String == "media-refuse" }
        for (name, _, why) in Self.files {
            let diagnostic = found.first { ($0["file"] as? String)?.hasSuffix("media/\(name)") == true }
            if let why {
                #expect((diagnostic?["message"] as? String)?.contains(why) == true, "\(name) : \(String(describing: diagnostic))")
            } else {
                #expect(diagnostic == nil, "\(name) : \(String(describing: diagnostic))")
            }
        }
        #expect(found.count == Self.files.filter { $0.2 != nil }.count)
    }

    @Test func theGuideListsTheFormatsTheCodeAccepts() throws {
        let guide = AuthorsGuideTests.guide
        for fileExtension in MediaRules.allowedExtensions { #expect(guide.contains("`\(fileExtension)`"), "\(fileExtension)") }
    }
}
