import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPKit
@testable import FTAPServing
@testable import FTAPWorkshop
import Testing

/// `ftap atelier` over HTTP, on a copy of the example content: a form sent back from its own page
/// saves the file; a request from elsewhere, without the session's token, for a path outside the
/// content, too large, or over a file changed since the form was loaded, changes nothing.
@Suite(.serialized) struct AtelierServerTests {
    final class Atelier {
        let root: URL
        let port: UInt16
        let task: Task<Void, any Error>

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-serveur-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: FTAPProcess.packageRoot.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
            try "secret\n".write(to: root.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
            // The example content is checked on the day it is read, as authors see it.
            var options = BuildOptions(buildDate: try BuildOptions.buildDate(environment: [:], now: Date().timeIntervalSince1970))
            options.contentPath = root.appendingPathComponent("content").path
            options.templatesPath = FTAPProcess.templates
            let listener = try PreviewListener.bind(port: 0)
            port = listener.port
            let server = AtelierServer(options: options, listener: listener)
            task = Task { try await server.run() }
        }

        deinit {
            task.cancel()
            try? FileManager.default.removeItem(at: root)
        }

        var origin: String { "http://127.0.0.1:\(port)" }
        var everything: [String: Data] { filesByPath(in: root) }
        var sheet: String { (try? String(contentsOf: root.appendingPathComponent("content/projets/cloud-etat.md"), encoding: .utf8)) ?? "" }

        func get(_ path: String) async -> LoopbackExchange {
            await LoopbackExchange.run(port: port, request: Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
        }

        func post(_ path: String, _ fields: [(name: String, value: String)], origin: String?, length: Int? = nil) async -> LoopbackExchange {
            let body = fields.map { Self.encoded($0.name) + "=" + Self.encoded($0.value) }.joined(separator: "&")
            let originLine = origin.map { "Origin: \($0)\r\n" } ?? ""
            let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(originLine)Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(length ?? body.utf8.count)\r\n\r\n"
            return await LoopbackExchange.run(port: port, request: Array((head + (length == nil ? body : "")).utf8))
        }

        static func encoded(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        }

        /// A form with files, as `multipart/form-data`.
        func postMultipart(_ path: String, _ fields: [(name: String, value: String)], files: [(field: String, name: String, bytes: [UInt8])]) async -> LoopbackExchange {
            let boundary = "----atelier\(UUID().uuidString)"
            var body: [UInt8] = []
            for field in fields {
                body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n".utf8)
            }
            for file in files {
                body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
                body += file.bytes + Array("\r\n".utf8)
            }
            body += Array("--\(boundary)--\r\n".utf8)
            let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: \(origin)\r\nContent-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.count)\r\n\r\n"
            return await LoopbackExchange.run(port: port, request: Array(head.utf8) + body)
        }

        /// The form of the sheet, as the browser would send it back.
        func form() async -> [(name: String, value: String)] {
            FormTests.submitted(await get("/modifier/projets/cloud-etat").body)
        }
    }

    @Test func theListShowsEveryFileWithItsState() async throws {
        let atelier = try Atelier()
        let page = await atelier.get("/")
        #expect(page.status == 200)
        #expect(page.body.contains("<h2 id=\"projets\">Fiches projets (24)</h2>"), "\(page.body.prefix(500))")
        #expect(page.body.contains("href=\"/modifier/projets/cloud-etat\">Création d&apos;un cloud d&apos;État</a>"))
        #expect(page.body.contains("fr-badge--info\">Brouillon"))
        let found = await atelier.get("/?q=cloud")
        #expect(found.body.contains("fichier pour « cloud »") || found.body.contains("fichiers pour « cloud »"))
        // The drafts only: the three of the example content, nothing published.
        let drafts = await atelier.get("/?etat=brouillon")
        #expect(drafts.body.contains("3 fichiers pour l&apos;état « Brouillon ».") || drafts.body.contains("3 fichiers pour l'état « Brouillon »."), "\(drafts.body)")
        #expect(!drafts.body.contains("fr-badge--success\">Publié") && drafts.body.contains("<option value=\"brouillon\" selected>"))
    }

    @Test func aFormSentBackFromItsPageSavesTheFileAndShowsItsErrorsBesideTheirFields() async throws {
        let atelier = try Atelier()
        let before = atelier.sheet
        let unchanged = await atelier.post("/modifier/projets/cloud-etat", await atelier.form(), origin: atelier.origin)
        #expect(unchanged.status == 303 && atelier.sheet == before && unchanged.raw.contains("Location: /modifier/projets/cloud-etat?enregistre=1"))
        #expect(await atelier.get("/modifier/projets/cloud-etat?enregistre=1").body.contains("Le fichier est enregistré, sans erreur."))
        #expect(!(await atelier.get("/modifier/projets/cloud-etat").body.contains("Le fichier est enregistré")))
        let fields = await atelier.form().map { field -> (name: String, value: String) in
            switch field.name {
            case "versements.0.date": (field.name, "2019-01-15")
            case "versements.0.montant": (field.name, "30 000 000 €")
            default: field
            }
        }
        let saved = await atelier.post("/modifier/projets/cloud-etat", fields, origin: atelier.origin)
        #expect(saved.status == 303 && saved.raw.contains("Location: /modifier/projets/cloud-etat"))
        #expect(atelier.sheet.contains("\nversements:\n  - date: 2019-01-15\n    montant: 30000000\n"), "\(atelier.sheet)")
        let page = await atelier.get("/modifier/projets/cloud-etat?enregistre=1")
        #expect(page.body.contains("Le fichier est enregistré, mais le site ne sera pas publié tant que les problèmes ci-dessous restent."))
        #expect(page.body.contains("fr-fieldset--error\" id=\"champ-versements\""))
        #expect(page.body.contains("La somme des versements (30") && page.body.contains("dépasse le montant accordé (24"))
    }

    /// A changed key whose lines held a comment: the form comes back naming the comment, nothing
    /// written; sent again from that page, the file is saved without it.
    @Test func commentsASaveWouldLoseAreNamedBeforeAnythingIsWritten() async throws {
        let atelier = try Atelier()
        let path = atelier.root.appendingPathComponent("content/projets/cloud-etat.md")
        let commented = atelier.sheet.replacingOccurrences(of: "\nmontant: 24300000\n", with: "\nmontant: 24300000   # communiqué du 20 juin 2018\n")
        try commented.write(to: path, atomically: true, encoding: .utf8)
        let fields = await atelier.form().map { $0.name == "montant" ? ($0.name, "25 000 000") : $0 }
        let warned = await atelier.post("/modifier/projets/cloud-etat", fields, origin: atelier.origin)
        #expect(warned.status == 200)
        #expect(warned.body.contains("Rien n'est encore enregistré : des commentaires seraient retirés"))
        #expect(warned.body.contains("# communiqué du 20 juin 2018"))
        #expect(atelier.sheet == commented)
        let confirmed = await atelier.post("/modifier/projets/cloud-etat", FormTests.submitted(warned.body), origin: atelier.origin)
        #expect(confirmed.status == 303)
        #expect(atelier.sheet == commented.replacingOccurrences(of: "montant: 24300000   # communiqué du 20 juin 2018", with: "montant: 25000000"))
    }

    @Test func aWriteFromElsewhereWithoutTheTokenOutsideTheContentOrTooLargeChangesNothing() async throws {
        let atelier = try Atelier()
        let before = atelier.everything
        let fields = await atelier.form()
        #expect(await atelier.post("/modifier/projets/cloud-etat", fields, origin: "https://exemple.fr").status == 403)
        #expect(await atelier.post("/modifier/projets/cloud-etat", fields, origin: nil).status == 403)
        #expect(await atelier.post("/modifier/projets/cloud-etat", fields.filter { $0.name != "jeton" }, origin: atelier.origin).status == 403)
        for path in ["/modifier/projets/..%2F..%2Fsecret", "/modifier/projets/../../secret", "/modifier/..%2Fsecret/x", "/modifier/projets/%2Fetc%2Fpasswd"] {
            #expect(await atelier.post(path, fields, origin: atelier.origin).status == 404, "\(path)")
        }
        #expect(await atelier.post("/modifier/projets/cloud-etat", fields, origin: atelier.origin, length: 30_000_000).status == 413)
        #expect(atelier.everything == before)
    }

    @Test func aFileChangedOnDiskSinceTheFormWasLoadedIsNotOverwritten() async throws {
        let atelier = try Atelier()
        let fields = await atelier.form()
        let other = atelier.sheet + "\nAjouté par un autre éditeur.\n"
        try other.write(to: atelier.root.appendingPathComponent("content/projets/cloud-etat.md"), atomically: true, encoding: .utf8)
        let refused = await atelier.post("/modifier/projets/cloud-etat", fields, origin: atelier.origin)
        #expect(refused.status == 409)
        #expect(refused.body.contains("Ajouté par un autre éditeur."))
        #expect(refused.body.contains("tel que votre formulaire l&apos;aurait écrit"))
        #expect(refused.body.contains("montant: 24300000"))
        #expect(atelier.sheet == other)
    }

    /// Deleting asks first, naming the files that refer to the one deleted; only the atelier's
    /// own page, with its token and over the version it showed, deletes it, and nothing else.
    @Test func aFileIsDeletedOnlyOnConfirmationFromItsPageAndNothingElseChanges() async throws {
        let atelier = try Atelier()
        let target = "content/projets/inrap-big-data-ia.md"
        let asked = await atelier.get("/supprimer/projets/inrap-big-data-ia")
        #expect(asked.status == 200 && asked.body.contains("<code>actualites/ftap-2021-12-laureats.md</code>"))
        let fields = FormTests.submitted(asked.body)
        #expect(fields.contains { $0.name == "version" } && fields.contains { $0.name == "jeton" })
        let before = atelier.everything
        #expect(await atelier.post("/supprimer/projets/inrap-big-data-ia", fields, origin: "https://exemple.fr").status == 403)
        #expect(await atelier.post("/supprimer/projets/inrap-big-data-ia", fields.filter { $0.name != "jeton" }, origin: atelier.origin).status == 403)
        let stale = fields.map { $0.name == "version" ? ($0.name, "0") : $0 }
        #expect(await atelier.post("/supprimer/projets/inrap-big-data-ia", stale, origin: atelier.origin).status == 409)
        for path in ["/supprimer/projets/..%2F..%2Fsecret", "/supprimer/projets/../../secret", "/supprimer/..%2Fsecret/x"] {
            #expect(await atelier.post(path, fields, origin: atelier.origin).status == 404, "\(path)")
        }
        #expect(atelier.everything == before)
        let deleted = await atelier.post("/supprimer/projets/inrap-big-data-ia", fields, origin: atelier.origin)
        #expect(deleted.status == 303 && deleted.raw.contains("Location: /?supprime=projets/inrap-big-data-ia"))
        var expected = before
        expected.removeValue(forKey: target)
        #expect(atelier.everything == expected)
        #expect(await atelier.get("/?supprime=projets/inrap-big-data-ia").body.contains("Fichier supprimé : projets/inrap-big-data-ia.md."))
        #expect(!(await atelier.get("/?supprime=projets/cloud-etat").body.contains("Fichier supprimé")))
    }

    @Test func aFileCreatedFromItsKindStartsAsADraftWithItsTitleAndOpensInItsForm() async throws {
        let atelier = try Atelier()
        let token = FormTests.submitted(await atelier.get("/nouveau/projets").body).first { $0.name == "jeton" }?.value ?? ""
        let created = await atelier.post("/nouveau/projets", [("jeton", token), ("titre", "Nouvelle fiche d'essai"), ("nom", "")], origin: atelier.origin)
        #expect(created.status == 303 && created.raw.contains("Location: /modifier/projets/nouvelle-fiche-d-essai"), "\(created.raw.prefix(300))")
        let text = try String(contentsOf: atelier.root.appendingPathComponent("content/projets/nouvelle-fiche-d-essai.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitre: \"Nouvelle fiche d'essai\"\n") && text.contains("\nbrouillon: true\n"), "\(text)")
        let result = TestContent.validate([TestContent.file(.project, "nouvelle-fiche-d-essai", text)])
        #expect(result.diagnostics.filter { $0.severity == .error && $0.file.hasSuffix("nouvelle-fiche-d-essai.md") }.isEmpty, "\(result.diagnostics)")
        let again = await atelier.post("/nouveau/projets", [("jeton", token), ("titre", "Nouvelle fiche d'essai"), ("nom", "")], origin: atelier.origin)
        #expect(again.status == 200 && again.body.contains("existe déjà"))
        let reserved = await atelier.post("/nouveau/pages", [("jeton", token), ("titre", "Projets"), ("nom", "projets")], origin: atelier.origin)
        #expect(reserved.status == 200 && reserved.body.contains("réservé"))
        let before = atelier.everything
        #expect(await atelier.post("/nouveau/projets", [("jeton", token), ("titre", "Autre")], origin: "https://exemple.fr").status == 403)
        #expect(await atelier.post("/nouveau/projets", [("jeton", token), ("titre", "Autre"), ("nom", "../../secret")], origin: atelier.origin).body.contains("minuscules"))
        #expect(atelier.everything == before)
    }

    @Test func aFormIsCheckedAsItIsTypedWithoutWritingAnything() async throws {
        let atelier = try Atelier()
        let before = atelier.sheet
        let fields = await atelier.form().map { field -> (name: String, value: String) in
            switch field.name {
            case "versements.0.date": (field.name, "2019-01-15")
            case "versements.0.montant": (field.name, "40 000 000")
            case "texte": (field.name, "## Un intertitre\n\nL'essai, *en italique*.\n\n<script>alert(1)</script>\n")
            default: field
            }
        }
        let checked = await atelier.post("/verifier/projets/cloud-etat", fields, origin: atelier.origin)
        #expect(checked.status == 200 && checked.raw.contains("Content-Type: application/json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(checked.body.utf8)) as? [String: Any])
        let byField = try #require(json["champs"] as? [String: [String]], "\(checked.body)")
        #expect(byField["versements"]?.first?.hasPrefix("La somme des versements (40") == true, "\(byField)")
        // The text as the site shows it: typography applied, raw HTML dropped.
        let preview = try #require(json["apercu"] as? String)
        #expect(preview.contains("<h2>Un intertitre</h2>") && preview.contains("L’essai, <em>en italique</em>.") && !preview.contains("<script"), "\(preview)")
        #expect(atelier.sheet == before)
        #expect(await atelier.post("/verifier/projets/cloud-etat", fields, origin: "https://exemple.fr").status == 403)
        let clean = await atelier.post("/verifier/projets/cloud-etat", await atelier.form(), origin: atelier.origin)
        #expect(clean.body.hasPrefix("{\"champs\":{},\"autres\":[],\"apercu\":\"<p>"))
        #expect(await atelier.get("/modifier/projets/cloud-etat").body.contains("<div id=\"apercu-texte\" class=\"fr-p-2w fr-background-alt--grey\"><p>"))
    }

    @Test func aDocumentSentWithTheFormGoesIntoMediaAndItsAddressIntoTheSheet() async throws {
        let atelier = try Atelier()
        let fields = await atelier.form().filter { !$0.name.hasSuffix("televersement") }.map { field -> (name: String, value: String) in
            field.name == "documents.0.titre" ? (field.name, "Règlement de l'appel") : field
        }
        let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
        let saved = await atelier.postMultipart("/modifier/projets/cloud-etat", fields, files: [("documents.0.fichier.televersement", "Règlement 2025.PDF", pdf)])
        #expect(saved.status == 303, "\(saved.raw.prefix(400))")
        let written = try Data(contentsOf: atelier.root.appendingPathComponent("content/media/documents/reglement-2025.pdf"))
        #expect(Array(written) == pdf)
        #expect(atelier.sheet.contains("\ndocuments:\n  - titre: \"Règlement de l'appel\"\n    fichier: /media/documents/reglement-2025.pdf\n"), "\(atelier.sheet)")
    }

    /// A video, its subtitles and its thumbnail sent with the form go into media/videos/; a file
    /// of a kind its place does not take is named beside it, and nothing is written.
    @Test func aVideoWithItsSubtitlesAndThumbnailGoesIntoMediaAndAWrongFileIsRefusedBesideItsField() async throws {
        let atelier = try Atelier()
        let fields = await atelier.form().filter { !$0.name.hasSuffix("televersement") }.map { field -> (name: String, value: String) in
            switch field.name {
            case "videos.0.titre": (field.name, "Présentation du projet")
            case "videos.0.transcription": (field.name, "Une voix présente le projet.")
            default: field
            }
        }
        let before = atelier.everything
        let wrong = await atelier.postMultipart("/modifier/projets/cloud-etat", fields, files: [("videos.0.fichier.televersement", "Présentation.avi", [0, 1, 2])])
        #expect(wrong.status == 200 && wrong.body.contains("les fichiers acceptés ici sont en mp4, webm ; rien n&apos;a été enregistré"))
        #expect(wrong.body.contains("id=\"champ-videos-0-fichier-erreur\""))
        #expect(atelier.everything == before)
        let video: [UInt8] = [0, 0, 0, 0x18] + Array("ftypmp42".utf8)
        let saved = await atelier.postMultipart("/modifier/projets/cloud-etat", fields, files: [
            ("videos.0.fichier.televersement", "Présentation.MP4", video),
            ("videos.0.sous_titres.televersement", "Présentation.vtt", Array("WEBVTT\n".utf8)),
        ])
        #expect(saved.status == 303)
        let media = atelier.root.appendingPathComponent("content/media/videos")
        #expect(FileManager.default.contents(atPath: media.appendingPathComponent("presentation.mp4").path) == Data(video))
        #expect(FileManager.default.fileExists(atPath: media.appendingPathComponent("presentation.vtt").path))
        #expect(atelier.sheet.contains("""
        videos:
          - titre: "Présentation du projet"
            fichier: /media/videos/presentation.mp4
            transcription: |
              Une voix présente le projet.
            sous_titres: /media/videos/presentation.vtt
        """), "\(atelier.sheet)")
    }

    @Test func anImageSentWithoutWhatItShowsIsRefusedAndNothingIsWritten() async throws {
        let atelier = try Atelier()
        let before = atelier.everything
        let fields = await atelier.form().filter { !$0.name.hasSuffix("televersement") }
        let photo = try TestImages.jpeg(width: 800, height: 600)
        let refused = await atelier.postMultipart("/modifier/projets/cloud-etat", fields, files: [("image.fichier.televersement", "Atelier usagers.JPG", photo)])
        #expect(refused.status == 200 && refused.body.contains("Décrivez ce que montre l&apos;image"), "\(refused.body.suffix(600))")
        #expect(atelier.everything == before)
        let described = fields + [("image.alt", "Des agents devant un écran")]
        let saved = await atelier.postMultipart("/modifier/projets/cloud-etat", described.filter { $0.name != "image.alt" || $0.value != "" },
                                                files: [("image.fichier.televersement", "Atelier usagers.JPG", photo)])
        #expect(saved.status == 303)
        #expect(FileManager.default.fileExists(atPath: atelier.root.appendingPathComponent("content/media/photos/atelier-usagers.jpg").path))
        #expect(atelier.sheet.contains("\nimage:\n  fichier: /media/photos/atelier-usagers.jpg\n  alt: \"Des agents devant un écran\"\n"), "\(atelier.sheet)")
    }

    /// git in the atelier's folder, for the page of changes.
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "-c", "user.email=atelier@exemple.fr", "-c", "user.name=Atelier"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func thePageOfChangesSaysWhatChangedAndCommitsTheContentOnly() async throws {
        let atelier = try Atelier()
        _ = try Self.git(["init", "-q", "-b", "main"], in: atelier.root)
        _ = try Self.git(["add", "-A"], in: atelier.root)
        _ = try Self.git(["commit", "-q", "-m", "Contenu de départ"], in: atelier.root)
        #expect((await atelier.get("/changements")).body.contains("Aucun changement depuis le dernier commit."))
        let fields = await atelier.form().map { $0.name == "montant" ? ($0.name, "25000000") : $0 }
        #expect(await atelier.post("/modifier/projets/cloud-etat", fields, origin: atelier.origin).status == 303)
        try "changé\n".write(to: atelier.root.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        let newPageToken = FormTests.submitted(await atelier.get("/nouveau/pages").body).first { $0.name == "jeton" }?.value ?? ""
        #expect(await atelier.post("/nouveau/pages", [("jeton", newPageToken), ("titre", "Une page ajoutée")], origin: atelier.origin).status == 303)
        let page = await atelier.get("/changements")
        #expect(page.body.contains("<code>content/projets/cloud-etat.md</code> : modifié"), "\(page.body.suffix(800))")
        #expect(page.body.contains("<code>content/pages/une-page-ajoutee.md</code> : ajouté"), "\(page.body.suffix(800))")
        #expect(page.body.contains("24,3") && page.body.contains("→ 25"), "\(page.body.suffix(1500))")
        #expect(!page.body.contains("secret.md"))
        let token = FormTests.submitted(page.body).first { $0.name == "jeton" }?.value ?? ""
        #expect(await atelier.post("/changements", [("jeton", token), ("message", "")], origin: atelier.origin).body.contains("Écrivez un message"))
        #expect(await atelier.post("/changements", [("jeton", token), ("message", "Essai")], origin: "https://exemple.fr").status == 403)
        let done = await atelier.post("/changements", [("jeton", token), ("message", "Montant de Cloud d'État : exercice")], origin: atelier.origin)
        #expect(done.body.contains("Commit fait"), "\(done.body.suffix(600))")
        #expect(try Self.git(["log", "-1", "--format=%s"], in: atelier.root) == "Montant de Cloud d'État : exercice\n")
        let status = try Self.git(["status", "--porcelain"], in: atelier.root)
        #expect(status == " M secret.md\n", "\(status)")
    }
}
