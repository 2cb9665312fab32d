import FTAPCore

/// The atelier's page of changes, when the content is in a git repository: the files changed
/// since the last commit, what they change to the public account (`ftap diff`, in Markdown shown
/// as text), and a form to commit them with a message written by the author.
package struct ChangesPage: Sendable {
    package var changes: [(status: String, path: String)]
    /// The report of `ftap diff` from the last commit to the content now; nil when it could not be made.
    package var report: String?
    package var token: String
    /// A sentence to show first (the commit made, or why it was refused).
    package var notice: (text: String, isError: Bool)?

    package init(changes: [(status: String, path: String)], report: String?, token: String, notice: (text: String, isError: Bool)? = nil) {
        self.changes = changes
        self.report = report
        self.token = token
        self.notice = notice
    }

    static func statusText(_ status: String) -> String {
        switch status {
        case "?", "A": "ajouté"
        case "D": "supprimé"
        case "R": "renommé"
        default: "modifié"
        }
    }

    package var html: String {
        let said = notice.map { notice in
            "<div class=\"fr-alert \(notice.isError ? "fr-alert--error" : "fr-alert--success") fr-mb-4w\"><p>\(XMLText.escape(notice.text))</p></div>"
        } ?? ""
        guard !changes.isEmpty else {
            return WorkshopLayout.page(title: "Changements", main: "<p><a class=\"fr-link\" href=\"/\">← Tout le contenu</a></p><h1>Changements</h1>\(said)<p>Aucun changement depuis le dernier commit.</p>")
        }
        let files = changes.map { "<li><code>\(XMLText.escape($0.path))</code> : \(Self.statusText($0.status))</li>" }.joined()
        let summary = report.map { "<h2>Ce que ces changements font au compte rendu public</h2><pre class=\"fr-p-2w fr-background-alt--grey\" style=\"white-space: pre-wrap\">\(XMLText.escape($0))</pre>" }
            ?? "<p>Le résumé des changements n'a pas pu être fait (le contenu a des erreurs ?) ; `ftap check` les montre.</p>"
        return WorkshopLayout.page(title: "Changements", main: """
        <p><a class="fr-link" href="/">← Tout le contenu</a></p>
        <h1>Changements depuis le dernier commit</h1>
        \(said)
        <h2>Fichiers</h2><ul>\(files)</ul>
        \(summary)
        <h2>Enregistrer ces changements dans l'historique</h2>
        <p>Le commit ne comprend que le dossier du contenu ; l'envoyer vers la forge (push) se fait ensuite avec votre outil habituel.</p>
        <form method="post" action="/changements">
        <input type="hidden" name="jeton" value="\(XMLText.escape(token))">
        <div class="fr-input-group"><label class="fr-label" for="champ-message">Message du commit<span class="fr-hint-text" id="champ-message-aide">Ce qui change et d'après quelle source, en une phrase.</span></label>
        <textarea class="fr-input" id="champ-message" name="message" rows="3" aria-describedby="champ-message-aide"></textarea></div>
        <button class="fr-btn" type="submit">Faire le commit</button>
        </form>
        """)
    }
}
