import FTAPContent
import FTAPCore

/// The atelier's page that asks before a file is deleted: what the file is, what deleting it does
/// to the site, the files that refer to it (which `ftap check` would then refuse), and the file's
/// text, to copy before it goes.
package struct DeletePage: Sendable {
    package var kind: ContentKind
    package var name: String
    package var title: String
    package var text: String
    /// The files that name this one (`actualites/x.md`), by a reference key of their kind.
    package var referrers: [String]
    package var token: String
    package var version: String
    /// The address the site publishes the item at, for the kinds with a page of their own: the
    /// page offers to declare it withdrawn (`retraits.yml`) with a reason.
    package var address: String?

    package init(kind: ContentKind, name: String, title: String, text: String, referrers: [String], token: String, version: String,
                 address: String? = nil) {
        self.address = address
        self.kind = kind
        self.name = name
        self.title = title
        self.text = text
        self.referrers = referrers
        self.token = token
        self.version = version
    }

    /// For an item with a page: the reason its address is withdrawn, which that address then shows.
    private var withdrawal: String {
        guard let address else { return "" }
        let shown = XMLText.escape(address)
        return """
        <div class="fr-input-group fr-mb-4w">
        <label class="fr-label" for="motif">Motif du retrait (facultatif)
        <span class="fr-hint-text">Si ce contenu a été publié, des liens et des citations mènent à son adresse <code>\(shown)</code>. Dites ici pourquoi il est retiré : l'adresse montrera « Ce contenu a été retiré le … » avec ce motif, et le retrait est noté dans <code>retraits.yml</code>. Laissez vide s'il n'a jamais été publié, ou si un autre fichier le remplace (donnez alors à ce fichier l'ancienne adresse dans « anciennes_adresses ») : sinon, la publication sera refusée (adresse-disparue).</span></label>
        <textarea class="fr-input" id="motif" name="motif" rows="3"></textarea>
        </div>
        """
    }

    package var html: String {
        let file = "\(kind.folder)/\(name).md"
        let heading = "Supprimer « \(title) » ?"
        let references = referrers.isEmpty
            ? "<p>Aucun autre fichier ne fait référence à celui-ci.</p>"
            : "<div class=\"fr-alert fr-alert--warning fr-mb-4w\"><h2 class=\"fr-alert__title\">\(referrers.count == 1 ? "Un fichier y fait" : "\(referrers.count) fichiers y font") référence</h2>"
                + "<p>Après la suppression, le site ne sera pas publié tant que ces références restent : retirez-les de ces fichiers.</p><ul>"
                + referrers.map { "<li><code>\(XMLText.escape($0))</code></li>" }.joined() + "</ul></div>"
        return WorkshopLayout.page(title: heading, main: """
        <p><a class="fr-link" href="/modifier/\(kind.folder)/\(XMLText.escape(name))">← Revenir au formulaire sans rien supprimer</a></p>
        <h1>\(XMLText.escape(heading))</h1>
        <p>Le fichier <code>\(XMLText.escape(file))</code> sera effacé du dossier de contenu ; au prochain site publié, sa page n'existera plus. Rien d'autre n'est modifié.</p>
        <p>Si le contenu est suivi par git, le fichier reste dans l'historique : la page des changements montre sa suppression jusqu'au prochain commit, qui peut encore l'annuler. Sinon, recopiez son texte ci-dessous si vous voulez le garder.</p>
        \(references)
        <form method="post" action="/supprimer/\(kind.folder)/\(XMLText.escape(name))">
        <input type="hidden" name="jeton" value="\(XMLText.escape(token))">
        <input type="hidden" name="version" value="\(XMLText.escape(version))">
        \(withdrawal)
        <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="submit">Supprimer définitivement ce fichier</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="/modifier/\(kind.folder)/\(XMLText.escape(name))">Annuler</a></li>
        </ul>
        </form>
        <h2 class="fr-h4">Le texte du fichier</h2>
        <pre class="fr-p-2w fr-background-alt--grey" style="white-space: pre-wrap"><code>\(XMLText.escape(text))</code></pre>
        """)
    }
}
