import FTAPContent
import FTAPCore

/// The atelier's page to create a file of a kind: its title (the person quoted for a testimonial,
/// the year for a budget execution) and its file name, proposed from the title when left empty;
/// the file starts from `ftap new`'s text, as a draft, and opens in its form.
package struct NewFilePage: Sendable {
    package var kind: ContentKind
    package var title: String
    package var name: String
    /// Errors by input (`titre`, `nom`).
    package var errors: [String: String]
    package var token: String

    package init(kind: ContentKind, title: String = "", name: String = "", errors: [String: String] = [:], token: String) {
        self.kind = kind
        self.title = title
        self.name = name
        self.errors = errors
        self.token = token
    }

    /// The label of the first input, by kind.
    package static func titleLabel(of kind: ContentKind) -> String {
        switch kind {
        case .testimonial: "La personne citée (prénom et nom)"
        case .budgetExecution: "L'année budgétaire"
        default: "Le titre"
        }
    }

    /// The key the first input fills.
    package static func titleKey(of kind: ContentKind) -> String {
        switch kind {
        case .testimonial: "auteur"
        case .budgetExecution: "annee"
        default: "titre"
        }
    }

    package var html: String {
        let heading = "Nouveau fichier : \(ContentListPage.title(of: kind).lowercased())"
        return WorkshopLayout.page(title: heading, main: """
        <p><a class="fr-link" href="/">← Tout le contenu</a></p>
        <h1>\(XMLText.escape(heading))</h1>
        <p>Le fichier commence comme brouillon, avec toutes ses clés à remplir ; il s'ouvre ensuite dans son formulaire.</p>
        <form method="post" action="/nouveau/\(kind.folder)">
        <input type="hidden" name="jeton" value="\(XMLText.escape(token))">
        \(input("titre", label: Self.titleLabel(of: kind), hint: kind == .budgetExecution ? "Par exemple 2024 : c'est aussi le nom du fichier." : "Tel qu'il paraîtra sur le site.", value: title))
        \(input("nom", label: "Le nom du fichier (facultatif)", hint: "En minuscules sans accents, chiffres et tirets, sans « .md » ; laissé vide, il est tiré du titre. Il fait l'adresse de la page.", value: name))
        <button class="fr-btn" type="submit">Créer le fichier</button>
        </form>
        """)
    }

    private func input(_ name: String, label: String, hint: String, value: String) -> String {
        let id = "champ-\(name)"
        let error = errors[name]
        let group = error == nil ? "fr-input-group" : "fr-input-group fr-input-group--error"
        let described = error == nil ? "\(id)-aide" : "\(id)-aide \(id)-erreur"
        let message = error.map { "<p class=\"fr-error-text\" id=\"\(id)-erreur\">\(XMLText.escape(FormPage.sentence($0)))</p>" } ?? ""
        return "<div class=\"\(group)\"><label class=\"fr-label\" for=\"\(id)\">\(XMLText.escape(label))<span class=\"fr-hint-text\" id=\"\(id)-aide\">\(XMLText.escape(hint))</span></label>"
            + "<input class=\"fr-input\" type=\"text\" id=\"\(id)\" name=\"\(name)\" value=\"\(XMLText.escape(value))\" aria-describedby=\"\(described)\"\(error == nil ? "" : " aria-invalid=\"true\"")>\(message)</div>"
    }
}
