import FTAPContent
import FTAPCore

/// The atelier's page that renames a file: its new name, and what renaming does — the old address
/// kept as a former one (`anciennes_adresses`, for the kinds with a page), which leads to the new,
/// and the files that refer to it changed to the new name.
package struct RenamePage: Sendable {
    package var kind: ContentKind
    package var name: String
    package var title: String
    /// The new name typed, and what is wrong with it.
    package var newName: String
    package var error: String?
    /// The files that name this one (`actualites/x.md`), changed with it.
    package var referrers: [String]
    /// The address the site publishes the item at now, and would at the new name.
    package var address: String?
    package var newAddress: String?
    package var token: String
    package var version: String

    package init(kind: ContentKind, name: String, title: String, newName: String, error: String? = nil, referrers: [String],
                 address: String?, newAddress: String?, token: String, version: String) {
        self.kind = kind
        self.name = name
        self.title = title
        self.newName = newName
        self.error = error
        self.referrers = referrers
        self.address = address
        self.newAddress = newAddress
        self.token = token
        self.version = version
    }

    package var html: String {
        let heading = "Renommer « \(title) »"
        let edit = "/modifier/\(kind.folder)/\(XMLText.escape(name))"
        let effects = [
            address.map { old in
                let next = newAddress.flatMap { $0 == old ? nil : $0 }
                return "<li>" + (next.map { "Son adresse devient <code>\(XMLText.escape($0))</code> ; l'ancienne, " } ?? "Son adresse suit le nom du fichier ; l'ancienne, ")
                    + "<code>\(XMLText.escape(old))</code>, est gardée dans «&nbsp;anciennes_adresses&nbsp;» et mène à la nouvelle : les liens et les citations restent bons.</li>"
            },
            kind == .project ? "<li>Dans les données ouvertes, le projet garde son identifiant.</li>" : nil,
            referrers.isEmpty ? nil
                : "<li>\(referrers.count == 1 ? "Le fichier qui y fait référence est modifié" : "Les \(referrers.count) fichiers qui y font référence sont modifiés") pour le nouveau nom : "
                + referrers.map { "<code>\(XMLText.escape($0))</code>" }.joined(separator: ", ") + ".</li>",
        ].compactMap { $0 }.joined()
        let invalid = error == nil ? "" : " fr-input-group--error"
        let message = error.map { "<p class=\"fr-error-text\" id=\"nom-erreur\">\(XMLText.escape($0))</p>" } ?? ""
        return WorkshopLayout.page(title: heading, main: """
        <p><a class="fr-link" href="\(edit)">← Revenir au formulaire sans rien renommer</a></p>
        <h1>\(XMLText.escape(heading))</h1>
        <p>Le fichier <code>\(XMLText.escape("\(kind.folder)/\(name).md"))</code> prend le nouveau nom ; son texte ne change pas.</p>
        <ul>\(effects)</ul>
        <form method="post" action="/renommer/\(kind.folder)/\(XMLText.escape(name))">
        <input type="hidden" name="jeton" value="\(XMLText.escape(token))">
        <input type="hidden" name="version" value="\(XMLText.escape(version))">
        <div class="fr-input-group\(invalid)">
        <label class="fr-label" for="nom">Nouveau nom du fichier
        <span class="fr-hint-text">En minuscules sans accents, chiffres et tirets, sans « .md » : il fait l'adresse de la page.</span></label>
        <input class="fr-input" id="nom" name="nom" type="text" required value="\(XMLText.escape(newName))"\(error == nil ? "" : " aria-describedby=\"nom-erreur\"")>
        \(message)
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
        <li><button class="fr-btn" type="submit">Renommer</button></li>
        <li><a class="fr-btn fr-btn--secondary" href="\(edit)">Annuler</a></li>
        </ul>
        </form>
        """)
    }
}
