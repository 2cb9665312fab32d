import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPKit
@testable import FTAPServing
@testable import FTAPWorkshop
import Testing

/// The atelier keeps the site's addresses: a file renamed keeps its old address (and a sheet its
/// identifier), a file deleted with a reason leaves a withdrawal (issue 28).
@Suite(.serialized) struct AtelierAddressTests {
    /// Deleting a published item with a reason declares its address withdrawn (`retraits.yml`),
    /// so the next publication shows why rather than refusing the build or breaking the address.
    @Test func aReasonGivenOnDeletionDeclaresTheAddressWithdrawn() async throws {
        let atelier = try AtelierServerTests.Atelier()
        let asked = await atelier.get("/supprimer/projets/bracelet-anti-rapprochement")
        #expect(asked.body.contains("Motif du retrait (facultatif)") && asked.body.contains("<code>/projets/bracelet-anti-rapprochement/</code>"))
        let reason = "Projet « abandonné » : \"fusionné\" avec un autre,\nannoncé par la DITP."
        let fields = FormTests.submitted(asked.body).map { $0.name == "motif" ? ($0.name, reason) : $0 }
        let before = atelier.everything
        let deleted = await atelier.post("/supprimer/projets/bracelet-anti-rapprochement", fields, origin: atelier.origin)
        #expect(deleted.status == 303 && deleted.raw.contains("Location: /?supprime=projets/bracelet-anti-rapprochement&retrait=1"), "\(deleted.raw.prefix(300))")
        let withdrawals = String(decoding: try #require(atelier.everything["content/retraits.yml"]), as: UTF8.self)
        let today = try BuildOptions.buildDate(environment: [:], now: Date().timeIntervalSince1970).iso
        #expect(withdrawals == """
        # Les adresses retirées exprès : chacune montre une page qui dit quand et pourquoi (partie 4.9 du guide).
        - adresse: /projets/bracelet-anti-rapprochement/
          date: \(today)
          motif: "Projet « abandonné » : \\"fusionné\\" avec un autre, annoncé par la DITP."

        """, "\(withdrawals)")
        var expected = before
        expected.removeValue(forKey: "content/projets/bracelet-anti-rapprochement.md")
        expected["content/retraits.yml"] = Data(withdrawals.utf8)
        #expect(atelier.everything == expected, "rien d'autre n'est écrit")
        #expect(await atelier.get("/?supprime=projets/bracelet-anti-rapprochement&retrait=1").body.contains("Son adresse est notée retirée dans retraits.yml"))
        let checked = try FTAPProcess.run(["check", "--content", atelier.root.appendingPathComponent("content").path], in: atelier.root,
                                          environment: FTAPProcess.exampleContentEnvironment)
        #expect(checked.status == 0, "\(checked.stderr)")
    }

    /// Renaming keeps the old address as a former one (it redirects), the project's identifier,
    /// and changes the files that refer to it; a taken, invalid or unchanged name is said beside
    /// the field, and nothing is written.
    @Test func aRenamedFileKeepsItsAddressAndItsReferences() async throws {
        let atelier = try AtelierServerTests.Atelier()
        let asked = await atelier.get("/renommer/projets/cloud-etat")
        #expect(asked.status == 200 && asked.body.contains("<code>actualites/premiers-laureats-ftap-2018.md</code>"), "\(asked.body)")
        let fields = FormTests.submitted(asked.body)
        func renamed(to name: String) -> [(String, String)] { fields.map { $0.name == "nom" ? ($0.name, name) : $0 } }
        let before = atelier.everything
        for (name, said) in [("cloud-etat", "c&apos;est déjà le nom de ce fichier"), ("franceconnect-deuxieme-phase", "existe déjà"),
                             ("Cloud État", "minuscules sans accents")] {
            let refused = await atelier.post("/renommer/projets/cloud-etat", renamed(to: name), origin: atelier.origin)
            #expect(refused.status == 200 && refused.body.contains(said) && refused.body.contains("fr-input-group--error"), "\(name) : \(refused.body.suffix(2000))")
        }
        #expect(atelier.everything == before)
        let done = await atelier.post("/renommer/projets/cloud-etat", renamed(to: "cloud-de-l-etat"), origin: atelier.origin)
        #expect(done.status == 303 && done.raw.contains("Location: /?renomme=projets/cloud-etat/cloud-de-l-etat"), "\(done.raw.prefix(400))")
        let after = atelier.everything
        func text(_ path: String, in files: [String: Data]) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
        #expect(after["content/projets/cloud-etat.md"] == nil)
        let sheet = text("content/projets/cloud-de-l-etat.md", in: after), old = text("content/projets/cloud-etat.md", in: before)
        #expect(sheet.contains("\nanciennes_adresses:\n  - \"/projets/cloud-etat/\"\n"), "\(sheet)")
        #expect(sheet.replacingOccurrences(of: "anciennes_adresses:\n  - \"/projets/cloud-etat/\"\n", with: "") == old, "le reste du texte ne change pas")
        for news in ["content/actualites/premiers-laureats-ftap-2018.md", "content/actualites/citp-novembre-2019-premier-bilan-ftap.md"] {
            #expect(text(news, in: after) == text(news, in: before).replacingOccurrences(of: "  - cloud-etat\n", with: "  - cloud-de-l-etat\n"), "\(news)")
        }
        #expect(Set(after.keys).symmetricDifference(before.keys) == ["content/projets/cloud-etat.md", "content/projets/cloud-de-l-etat.md"])
        #expect(await atelier.get("/?renomme=projets/cloud-etat/cloud-de-l-etat").body.contains("Son ancienne adresse, /projets/cloud-etat/, mène à la nouvelle."))
        // The site is valid, the old address leads to the new one, and the identifier is kept.
        let built = try FTAPProcess.run(["build", "--content", atelier.root.appendingPathComponent("content").path, "--templates", FTAPProcess.templates,
                                         "--output", "site"], in: atelier.root, environment: FTAPProcess.exampleContentEnvironment)
        #expect(built.status == 0, "\(built.stderr)")
        let site = filesByPath(in: atelier.root.appendingPathComponent("site"))
        #expect(text("projets/cloud-etat/index.html", in: site).contains("url=/projets/cloud-de-l-etat/"))
        #expect(text("donnees/projets.csv", in: site).contains("\ncloud-etat,Création d'un cloud d'État,"))
    }
}
