import Foundation
import FTAPContent
import FTAPCore
import FTAPEditing
import FTAPFileSystem
import FTAPKit
import FTAPOutput
import FTAPPlan
import FTAPValidation
import FTAPWorkshop

/// Answers one request to the atelier: the list of the content (`/`), a file's form
/// (`/modifier/<kind>/<name>`), its saving (`POST` to the same address: only from the atelier's
/// own pages with the session's token, only over the version the form was loaded from), and the
/// DSFR's files. Like the preview, it answers only to the names of this computer.
struct AtelierResponder: Sendable {
    let options: BuildOptions
    let session: WorkshopSession
    let staticFiles: ServedFolder
    let installedStaticFiles: ServedFolder?

    var store: ContentFileStore { ContentFileStore(contentPath: options.contentPath) }

    func response(to head: HTTPRequestHead, body: [UInt8]) async -> PreviewResponse {
        guard PreviewResponder.isAddressedHere(head, port: session.port) else {
            return .text(.misdirectedRequest, "Hôte refusé : l'atelier ne répond qu'à http://127.0.0.1:\(session.port)/ et http://localhost:\(session.port)/.")
        }
        let path = head.path
        if path == "/atelier.js", head.method == "GET" || head.method == "HEAD" {
            var script = PreviewResponse(status: .ok, contentType: "text/javascript; charset=utf-8", body: Data(WorkshopScript.source.utf8))
            script.cacheControl = "no-cache"
            return script
        }
        if path.hasPrefix("/dsfr/"), head.method == "GET" || head.method == "HEAD" {
            guard let served = staticFiles.file(atURLPath: path) ?? installedStaticFiles?.file(atURLPath: path) else { return .text(.notFound, "Fichier non trouvé") }
            return PreviewResponse(status: .ok, contentType: PreviewResponder.contentType(of: served.name), file: served)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch (head.method, parts.count, parts.count > 1 ? parts[1] : "") {
        case ("GET", 2, ""), ("HEAD", 2, ""):
            let query = Self.query(head.target)
            var page = list(search: query["q"] ?? "", state: query["etat"] ?? "", deleted: query["supprime"], withdrawn: query["retrait"] == "1")
            if let notice = renamedNotice(query["renomme"]) { page.notice = notice }
            return .html(.ok, page.html)
        case ("GET", 3, "nouveau"), ("HEAD", 3, "nouveau"), ("POST", 3, "nouveau"):
            guard let kind = ContentKind(rawValue: parts[2]) else { return notFound }
            return head.method == "POST" ? create(kind, head: head, body: body) : .html(.ok, NewFilePage(kind: kind, token: session.token).html)
        case ("GET", 2, "changements"), ("HEAD", 2, "changements"):
            return .html(.ok, await changes(notice: nil))
        case ("POST", 2, "changements"):
            return await commit(head: head, body: body)
        case ("GET", 4, "renommer"), ("HEAD", 4, "renommer"), ("POST", 4, "renommer"):
            guard let kind = ContentKind(rawValue: parts[2]), kind != .budgetExecution else { return notFound }
            return head.method == "POST" ? rename(kind, parts[3], head: head, body: body) : askRename(kind, parts[3])
        case ("GET", 4, "supprimer"), ("HEAD", 4, "supprimer"), ("POST", 4, "supprimer"):
            guard let kind = ContentKind(rawValue: parts[2]) else { return notFound }
            return head.method == "POST" ? delete(kind, parts[3], head: head, body: body) : askDeletion(kind, parts[3])
        case ("POST", 4, "verifier"):
            guard let kind = ContentKind(rawValue: parts[2]) else { return notFound }
            return verify(kind, parts[3], head: head, body: body)
        case ("GET", 4, "modifier"), ("HEAD", 4, "modifier"), ("POST", 4, "modifier"):
            guard let kind = ContentKind(rawValue: parts[2]) else { return notFound }
            return head.method == "POST" ? save(kind, parts[3], head: head, body: body) : form(kind, parts[3], saved: Self.query(head.target)["enregistre"] == "1")
        default:
            return notFound
        }
    }

    private var notFound: PreviewResponse { .text(.notFound, "Page non trouvée dans l'atelier.") }

    /// The list, each file's state from a check of the whole content.
    private func list(search: String, state: String, deleted: String?, withdrawn: Bool = false) -> ContentListPage {
        let diagnostics = (try? SiteBuilder(options: options).check().diagnostics) ?? []
        let today = options.buildDate
        let items = ContentKind.allCases.flatMap { kind in
            Self.names(in: FileManager.default, folder: options.contentPath + "/" + kind.folder).map { name in
                let text = (try? store.read(kind, name).text) ?? ""
                let values = (try? Self.values(of: text)) ?? []
                let file = "\(options.contentPath)/\(kind.folder)/\(name).md"
                let errors = diagnostics.filter { $0.file == file && $0.severity == .error }.count
                return ContentListPage.Item(kind: kind, name: name, title: Self.title(values) ?? name,
                                            state: Self.state(values, kind: kind, errors: errors, today: today))
            }
        }
        var page = ContentListPage(items: items, search: search)
        page.stateFilter = state
        // Said only of a file that is indeed gone.
        let parts = (deleted ?? "").split(separator: "/").map(String.init)
        if let deleted, parts.count == 2, let kind = ContentKind(rawValue: parts[0]),
           let path = try? store.path(kind, parts[1]), FileKind(atPath: path) == .missing {
            page.notice = "Fichier supprimé : \(deleted).md." + (withdrawn ? " Son adresse est notée retirée dans retraits.yml, avec le motif donné." : "")
        }
        return page
    }

    /// What the list says after a file was renamed (`kind/old/new`), only when it indeed was.
    private func renamedNotice(_ renamed: String?) -> String? {
        let parts = (renamed ?? "").split(separator: "/").map(String.init)
        guard parts.count == 3, let kind = ContentKind(rawValue: parts[0]),
              let old = try? store.path(kind, parts[1]), FileKind(atPath: old) == .missing,
              let new = try? store.path(kind, parts[2]), FileKind(atPath: new) == .regular else { return nil }
        let kept = SitePlan.address(of: kind, parts[1]).map { " Son ancienne adresse, \($0), mène à la nouvelle." } ?? ""
        return "Fichier renommé : \(kind.folder)/\(parts[1]).md s'appelle maintenant \(kind.folder)/\(parts[2]).md.\(kept)"
    }

    /// A file's form, with the diagnostics of a check beside its fields.
    private func form(_ kind: ContentKind, _ name: String, saved: Bool) -> PreviewResponse {
        let file: (text: String, version: String)
        do { file = try store.read(kind, name) } catch { return refusal(error) }
        let path = "\(options.contentPath)/\(kind.folder)/\(name).md"
        let diagnostics = (try? SiteBuilder(options: options).check().diagnostics) ?? []
        var context = FormContext(references: [.project: projects()])
        let others: [String]
        (context.errors, others) = FieldPlaces.sort(diagnostics, file: path, text: file.text)
        guard let values = try? Self.values(of: file.text) else {
            return .html(.ok, WorkshopLayout.message(title: "\(kind.folder)/\(name).md", lines: others + ["L'atelier ne peut pas lire l'en-tête de ce fichier : corrigez-le dans votre éditeur."]))
        }
        var page = FormPage(title: Self.title(values) ?? name, schema: Self.schema(of: kind), values: values,
                            body: FrontMatterEdit.body(of: file.text) ?? "", context: context,
                            action: "/modifier/\(kind.folder)/\(name)", token: session.token, version: file.version)
        page.otherErrors = others
        page.isJustSaved = saved
        return .html(.ok, page.html)
    }

    /// Saves a form sent back, or says why not.
    private func save(_ kind: ContentKind, _ name: String, head: HTTPRequestHead, body: [UInt8]) -> PreviewResponse {
        var fields = FormURLEncoded.decode(body), files: [MultipartForm.File] = []
        if let boundary = MultipartForm.boundary(inContentType: head.values(of: "Content-Type").first ?? "") {
            guard let form = MultipartForm(body, boundary: boundary) else { return .text(.badRequest, "Formulaire illisible.") }
            (fields, files) = (form.fields, form.files)
        }
        func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: field("jeton")) {
            return .html(.forbidden, WorkshopLayout.message(title: "Enregistrement refusé", lines: [refusal]))
        }
        do {
            let current = try store.read(kind, name)
            guard current.version == field("version") else {
                return conflict(current: current.text, yours: (try? edited(kind, name, fields: fields))?.edit.text)
            }
            let uploads = files.compactMap { file -> (file: MultipartForm.File, path: String, upload: MediaUpload)? in
                guard !file.bytes.isEmpty, let path = MediaUpload.path(ofInput: file.field), let upload = MediaUpload.of(path: path) else { return nil }
                return (file, path, upload)
            }
            // Files of a kind their place does not take are named beside it before anything is written.
            let refused = uploads.compactMap { sent in sent.upload.refusal(of: sent.file.fileName).map { (sent.path, [$0 + " ; rien n'a été enregistré"]) } }
            if !refused.isEmpty {
                return resubmitted(kind, name, fields: fields, version: current.version, errors: Dictionary(refused, uniquingKeysWith: +))
            }
            // An image sent says what it shows before anything is written.
            if uploads.contains(where: { $0.path == "image.fichier" }),
               (field("image.alt") ?? "").trimmingCharacters(in: .whitespaces).isEmpty, field("image.decorative") != "true" {
                return resubmitted(kind, name, fields: fields, version: current.version, errors: ["image.alt": [
                    "décrivez ce que montre l'image pour qui ne la voit pas (ou cochez « décorative »), puis choisissez de nouveau le fichier : rien n'a été enregistré"]])
            }
            for sent in uploads {
                let address = try store.saveMedia(sent.file.bytes, upload: sent.upload, fileName: sent.file.fileName)
                fields.removeAll { $0.name == sent.path }
                fields.append((sent.path, address))
            }
            let (file, edit) = try edited(kind, name, fields: fields)
            // Comments the new lines would lose are named first; the form sent again saves.
            if !edit.lostComments.isEmpty, field("commentaires_perdus") != FormPage.confirmation(of: edit.lostComments) {
                return resubmitted(kind, name, fields: fields, version: file.version, errors: [:], losing: edit.lostComments)
            }
            try store.save(edit.text, kind, name, expectedVersion: file.version)
            var response = PreviewResponse(status: .seeOther, contentType: "text/plain; charset=utf-8", body: Data("Enregistré.".utf8))
            response.extraHeaders = [("Location", "/modifier/\(kind.folder)/\(name)?enregistre=1")]
            return response
        } catch {
            return refusal(error)
        }
    }

    /// The form again with the values it was sent with and what to fix beside its fields.
    private func resubmitted(_ kind: ContentKind, _ name: String, fields: [(name: String, value: String)], version: String,
                             errors: [String: [String]], losing: [FrontMatterEdit.LostComment] = []) -> PreviewResponse {
        let original = (try? store.read(kind, name).text).flatMap { try? Self.values(of: $0) } ?? []
        let schema = Self.schema(of: kind)
        let values = FormSubmission(fields: fields).values(schema: schema, original: original)
        var page = FormPage(title: Self.title(values) ?? name, schema: schema, values: values,
                            body: fields.first { $0.name == "texte" }?.value.replacingOccurrences(of: "\r\n", with: "\n") ?? "",
                            context: FormContext(errors: errors, references: [.project: projects()]),
                            action: "/modifier/\(kind.folder)/\(name)", token: session.token, version: version)
        page.commentsToLose = losing
        return .html(.ok, page.html)
    }

    /// The file as it is on disk and as the form sent back would write it.
    private func edited(_ kind: ContentKind, _ name: String, fields: [(name: String, value: String)])
        throws -> (file: (text: String, version: String), edit: FrontMatterEdit) {
        let file = try store.read(kind, name)
        let schema = Self.schema(of: kind)
        let values = FormSubmission(fields: fields).values(schema: schema, original: try Self.values(of: file.text))
        let text = fields.first { $0.name == "texte" }?.value.replacingOccurrences(of: "\r\n", with: "\n")
        // A text changed in the form ends with a line end, as text files do.
        let body = text == FrontMatterEdit.body(of: file.text) ? nil : text.map { $0.isEmpty || $0.hasSuffix("\n") ? $0 : $0 + "\n" }
        let edit = try FrontMatterEdit(file.text, values: values, schema: schema, body: body)
        return (file, edit)
    }

    /// The diagnostics of the whole content as if the form sent back were saved (nothing is
    /// written), by field, as JSON for the form's script, with the text as the site shows it:
    /// `{"champs": {"versements": ["…"]}, "autres": ["…"], "apercu": "<p>…</p>"}`.
    private func verify(_ kind: ContentKind, _ name: String, head: HTTPRequestHead, body: [UInt8]) -> PreviewResponse {
        let fields = FormURLEncoded.decode(body)
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: fields.first { $0.name == "jeton" }?.value) {
            return .text(.forbidden, refusal)
        }
        guard let (_, edit) = try? edited(kind, name, fields: fields) else { return .text(.badRequest, "formulaire illisible") }
        let path = "\(options.contentPath)/\(kind.folder)/\(name).md"
        let diagnostics = (try? SiteBuilder(options: options).check(replacing: (path, Array(edit.text.utf8))).diagnostics) ?? []
        let sorted = FieldPlaces.sort(diagnostics, file: path, text: edit.text)
        func list(_ messages: [String]) -> String { "[" + messages.map { JSONText.quote(FormPage.sentence($0)) }.joined(separator: ",") + "]" }
        let byField = sorted.byField.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key)):\(list($0.value))" }.joined(separator: ",")
        let preview = FrontMatterEdit.body(of: edit.text).map { MarkdownBody.parse($0, firstLine: 1, file: "").body.html } ?? ""
        return PreviewResponse(status: .ok, contentType: "application/json; charset=utf-8",
                               body: Data("{\"champs\":{\(byField)},\"autres\":\(list(sorted.others)),\"apercu\":\(JSONText.quote(preview))}".utf8))
    }

    /// The page of a file changed on disk since its form was loaded: nothing written, the file as
    /// it is now and, when the form reads, the file as the form would have written it.
    func conflict(current: String, yours: String?) -> PreviewResponse {
        var files = [(heading: "Le fichier tel qu'il est maintenant sur le disque", text: current)]
        if let yours { files.append((heading: "Le fichier tel que votre formulaire l'aurait écrit (toutes ses valeurs)", text: yours)) }
        return .html(.conflict, WorkshopLayout.message(title: "Le fichier a changé depuis l'ouverture du formulaire", lines: [
            "Un autre éditeur ou une mise à jour (git pull) l'a modifié : rien n'a été enregistré, pour ne rien perdre.",
            "Voici les deux versions. Rouvrez le formulaire pour repartir du fichier tel qu'il est maintenant, puis refaites vos changements en recopiant ce qu'il vous faut de la seconde.",
        ], files: files))
    }

    func refusal(_ error: any Error) -> PreviewResponse {
        switch error {
        case let ContentFileStore.Refusal.conflict(current):
            return conflict(current: current, yours: nil)
        case let ContentFileStore.Refusal.badName(reason), let ContentFileStore.Refusal.outside(reason), let ContentFileStore.Refusal.io(reason):
            return .html(.notFound, WorkshopLayout.message(title: "Fichier refusé", lines: [reason]))
        case let ContentFileStore.Refusal.missing(path), let ContentFileStore.Refusal.exists(path):
            return .html(.notFound, WorkshopLayout.message(title: "Fichier introuvable", lines: ["« \(path) » n'existe pas (ou plus)."]))
        case let unreadable as FrontMatterEdit.Unreadable:
            return .html(.ok, WorkshopLayout.message(title: "En-tête illisible", lines: [unreadable.reason]))
        default:
            return .html(.internalServerError, WorkshopLayout.message(title: "Erreur", lines: ["\(error)"]))
        }
    }

    /// The project sheets, to refer to, by file name with their titles.
    private func projects() -> [FieldChoice] {
        Self.names(in: FileManager.default, folder: options.contentPath + "/projets").map { name in
            FieldChoice(value: name, label: ((try? store.read(.project, name).text).flatMap { try? Self.values(of: $0) }).flatMap(Self.title) ?? name)
        }
    }

    static func names(in files: FileManager, folder: String) -> [String] {
        ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(3)) }.sorted()
    }

    static func values(of text: String) throws -> [FrontMatterEntry] {
        try FrontMatterEdit.entries(of: text)
    }

    static func text(_ values: [FrontMatterEntry], _ key: String) -> String? {
        guard case let .text(text)? = values.first(where: { $0.key == key })?.value, !text.isEmpty else { return nil }
        return text
    }

    static func title(_ values: [FrontMatterEntry]) -> String? {
        text(values, "titre") ?? text(values, "auteur") ?? text(values, "annee")
    }

    static func state(_ values: [FrontMatterEntry], kind: ContentKind, errors: Int, today: ContentDate) -> ContentListPage.State {
        if errors > 0 { return .errors(errors) }
        if text(values, "brouillon") == "true" { return .draft }
        let publication = text(values, "date_publication") ?? (kind == .news ? text(values, "date") : nil)
        if let publication, let date = ContentDate(iso: publication), date > today { return .scheduled(date) }
        return .published
    }

    static func schema(of kind: ContentKind) -> KindSchema {
        switch kind {
        case .project: ContentSchema.project
        case .testimonial: ContentSchema.testimonial
        case .news: ContentSchema.news
        case .page: ContentSchema.page
        case .officialFigure: ContentSchema.officialFigure
        case .budgetExecution: ContentSchema.budgetExecution
        }
    }

    /// The parameters of a request's query, decoded.
    static func query(_ target: String) -> [String: String] {
        guard let query = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first else { return [:] }
        let pairs = FormURLEncoded.decode(Array(query.utf8))
        return Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
