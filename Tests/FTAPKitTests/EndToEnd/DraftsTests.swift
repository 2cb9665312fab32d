import Foundation
@testable import FTAPPlan
import Testing

/// Issue 22, point 7: every kind can be a draft; the public site leaves drafts out, figures
/// included, and writes a published text's link to one as its text; `--drafts` shows them with a
/// « Brouillon » mark on their page and wherever they are listed.
@Suite(.serialized) struct DraftsTests {
    static let banner = "<strong>Brouillon</strong>\u{00A0}: cette page n’est montrée que dans l’aperçu."
    static let badge = "Brouillon</p>"

    static func folder() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/publie.md", TestContent.project().replacingOccurrences(
            of: "Corps du texte.", with: "Voir [le projet suivant](/projets/suivant/#jalons) et [la page](/a-venir/)."))
        try folder.write("content/projets/suivant.md", TestContent.project("brouillon: true", title: "Projet suivant"))
        try folder.write("content/pages/a-venir.md", "---\ntitre: \"Page à venir\"\nbrouillon: true\n---\nTexte.\n")
        try folder.write("content/pages/mentions-legales.md", "---\ntitre: \"Mentions légales\"\nbrouillon: true\n---\nTexte.\n")
        try folder.write("content/actualites/annonce.md", "---\ntitre: \"Annonce\"\ndate: 2020-01-10\nresume: \"R\"\nbrouillon: true\n---\nTexte.\n")
        try folder.write("content/temoignages/camille.md", "---\nauteur: \"Camille Martin\"\nfonction: \"Cheffe de projet\"\ndate: 2020-01-01\nbrouillon: true\n---\nUne citation.\n")
        try folder.write("content/chiffres-officiels/laureats.md",
                         TestContent.officialFigure("appel: 2019", projects: 12, amount: 90_000_000).replacingOccurrences(of: "sources:\n", with: "brouillon: true\nsources:\n"))
        return folder
    }

    @Test func thePublicSiteLeavesDraftsOutAndUnlinksThem() throws {
        let folder = try Self.folder()
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("non publié : 6 brouillons"), "\(result.stderr)")
        #expect(result.stderr.contains("content/projets/publie.md:11:6: avertissement: le lien « /projets/suivant/#jalons » mène à une page pas encore publiée"), "\(result.stderr)")
        #expect(result.stderr.contains("page « Mentions légales » en brouillon : elle ne sera pas publiée"), "\(result.stderr)")
        let files = folder.files(under: "public")
        let page = String(decoding: try #require(files["projets/publie/index.html"]), as: UTF8.self)
        #expect(page.contains("Voir le projet suivant et la page."), "le texte des liens, sans lien")
        #expect(!page.contains("/projets/suivant/") && !page.contains(Self.banner))
        for absent in ["projets/suivant/index.html", "a-venir/index.html", "mentions-legales/index.html", "actualites/annonce/index.html"] {
            #expect(files[absent] == nil, "\(absent) publié")
        }
        let figures = String(decoding: try #require(files["donnees/agregats.json"]), as: UTF8.self)
        #expect(!figures.contains("90000000"), "un chiffre en brouillon n'est pas compté")
        #expect(!String(decoding: try #require(files["temoignages/index.html"]), as: UTF8.self).contains("Camille Martin"))
    }

    @Test func thePreviewShowsDraftsMarkedAsSuch() throws {
        let folder = try Self.folder()
        let result = try FTAPProcess.run(["build", "--drafts", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The published sheet's link still leads to a draft: said in the preview too.
        #expect(result.stderr.contains("le lien « /projets/suivant/#jalons » mène à une page pas encore publiée"), "\(result.stderr)")
        let files = folder.files(under: "public")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path) absent"), as: UTF8.self) }
        #expect(try text("projets/suivant/index.html").contains(Self.banner))
        #expect(try text("a-venir/index.html").contains(Self.banner))
        #expect(try text("actualites/annonce/index.html").contains(Self.banner))
        #expect(!(try text("projets/publie/index.html")).contains(Self.banner))
        #expect(try text("projets/publie/index.html").contains("<a href=\"/projets/suivant/#jalons\">le projet suivant</a>"))
        // Their cards, quotes and figures carry the mark.
        #expect(try text("projets/index.html").components(separatedBy: Self.badge).count == 2, "une seule carte de projet en brouillon")
        #expect(try text("actualites/index.html").contains(Self.badge))
        #expect(try text("temoignages/index.html").contains("Camille Martin <span class=\"fr-badge fr-badge--sm fr-badge--new\">Brouillon</span>"))
        #expect(try text("chiffres-cles/index.html").contains("Chiffre officiel <span class=\"fr-badge fr-badge--sm fr-badge--new\">Brouillon</span>"))
    }
}
