import Foundation
import FTAPKit
import FTAPWorkshop

/// The atelier's page of changes (`/changements`), when the content folder is in a git repository.
extension AtelierResponder {
    /// The page of changes since the last commit, with `ftap diff` from then to now.
    func changes(notice: (text: String, isError: Bool)?) async -> String {
        let git = AtelierGit(contentPath: options.contentPath)
        guard git.isRepository else {
            return WorkshopLayout.message(title: "Changements", lines: ["Le dossier du contenu n'est pas dans un dépôt git (ou il n'a encore aucun commit) : l'atelier ne peut pas dire ce qui a changé."])
        }
        let changes = git.changes
        var report: String?
        if !changes.isEmpty {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-atelier-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil, git.exportLastCommit(into: folder) {
                report = try? await SiteComparison.report(old: folder, new: options.contentPath, options: options, format: .markdown)
            }
        }
        return ChangesPage(changes: changes, report: report, token: session.token, notice: notice).html
    }

    /// Commits the content's changes with the author's message.
    func commit(head: HTTPRequestHead, body: [UInt8]) async -> PreviewResponse {
        let fields = FormURLEncoded.decode(body)
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: fields.first { $0.name == "jeton" }?.value) {
            return .html(.forbidden, WorkshopLayout.message(title: "Commit refusé", lines: [refusal]))
        }
        let message = (fields.first { $0.name == "message" }?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !message.isEmpty else {
            return .html(.ok, await changes(notice: ("Écrivez un message : ce qui change et d'après quelle source. Rien n'a été enregistré.", true)))
        }
        if let failure = AtelierGit(contentPath: options.contentPath).commit(message: message) {
            return .html(.ok, await changes(notice: ("git a refusé le commit : \(failure)", true)))
        }
        return .html(.ok, await changes(notice: ("Commit fait : « \(message) ». Envoyez-le vers la forge avec votre outil habituel.", false)))
    }
}
