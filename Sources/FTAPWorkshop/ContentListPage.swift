import FTAPContent
import FTAPCore

/// The atelier's first page: every content file by kind, with its state as the next build sees
/// it (published, draft, scheduled with its date, in error with the count), each a link to its
/// form, and a search over titles and file names (the browser's own filter of a `<form>` GET).
package struct ContentListPage: Sendable {
    /// One file of the list.
    package struct Item: Sendable {
        package var kind: ContentKind
        package var name: String
        package var title: String
        package var state: State

        package init(kind: ContentKind, name: String, title: String, state: State) {
            self.kind = kind
            self.name = name
            self.title = title
            self.state = state
        }
    }

    /// Where a file stands for the next build.
    package enum State: Sendable, Equatable {
        case published
        case draft
        case scheduled(ContentDate)
        case errors(Int)

        var text: String {
            switch self {
            case .published: "Publié"
            case .draft: "Brouillon"
            case let .scheduled(date): "Programmé le \(FrenchFormat.date(date))"
            case let .errors(count): count == 1 ? "1 erreur" : "\(count) erreurs"
            }
        }

        /// The word of the list's filter (`etat=brouillon`).
        var filter: String {
            switch self {
            case .published: "publie"
            case .draft: "brouillon"
            case .scheduled: "programme"
            case .errors: "erreur"
            }
        }

        var badge: String {
            switch self {
            case .published: "fr-badge--success"
            case .draft: "fr-badge--info"
            case .scheduled: "fr-badge--new"
            case .errors: "fr-badge--error"
            }
        }
    }

    /// The heading of a kind's list.
    static func title(of kind: ContentKind) -> String {
        switch kind {
        case .project: "Fiches projets"
        case .testimonial: "Témoignages"
        case .news: "Actualités"
        case .page: "Pages"
        case .officialFigure: "Chiffres officiels"
        case .budgetExecution: "Exécution budgétaire"
        }
    }

    package var items: [Item]
    /// The words searched for, as typed.
    package var search: String
    /// The state shown (`State.filter`), empty for every file.
    package var stateFilter = ""
    /// What the last action did (« Fichier supprimé : … »), said at the top.
    package var notice: String?

    package init(items: [Item], search: String) {
        self.items = items
        self.search = search
    }

    /// The filter's choices: every file, then each state.
    static let states: [(value: String, label: String)] = [("", "Tous les états"), ("publie", "Publié"), ("brouillon", "Brouillon"),
                                                             ("programme", "Programmé"), ("erreur", "En erreur")]

    package var html: String {
        let words = search.lowercased().split(separator: " ")
        let shown = items.filter { item in
            words.allSatisfy { item.title.lowercased().contains($0) || item.name.contains($0) } && (stateFilter.isEmpty || item.state.filter == stateFilter)
        }
        let isFiltered = !search.isEmpty || !stateFilter.isEmpty
        let sections = ContentKind.allCases.compactMap { kind -> String? in
            let rows = shown.filter { $0.kind == kind }
            guard !rows.isEmpty || !isFiltered else { return nil }
            let body = rows.map { item in
                "<tr><td><a href=\"/modifier/\(kind.folder)/\(XMLText.escape(item.name))\">\(XMLText.escape(item.title))</a></td>"
                    + "<td><code>\(kind.folder)/\(XMLText.escape(item.name)).md</code></td>"
                    + "<td><p class=\"fr-badge \(item.state.badge)\">\(XMLText.escape(item.state.text))</p></td></tr>"
            }.joined()
            return "<h2 id=\"\(kind.folder)\">\(XMLText.escape(Self.title(of: kind))) (\(rows.count))</h2>"
                + "<p><a class=\"fr-btn fr-btn--secondary fr-btn--sm\" href=\"/nouveau/\(kind.folder)\">Créer un fichier : \(XMLText.escape(Self.title(of: kind).lowercased()))</a></p>"
                + (rows.isEmpty ? "<p>Aucun fichier pour l'instant.</p>"
                    : "<div class=\"fr-table\"><table><caption class=\"fr-sr-only\">\(XMLText.escape(Self.title(of: kind)))</caption>"
                    + "<thead><tr><th scope=\"col\">Titre</th><th scope=\"col\">Fichier</th><th scope=\"col\">État</th></tr></thead><tbody>\(body)</tbody></table></div>")
        }
        let what = [search.isEmpty ? nil : "« \(XMLText.escape(search)) »", Self.states.first { $0.value == stateFilter && !stateFilter.isEmpty }.map { "l'état « \($0.label) »" }]
            .compactMap { $0 }.joined(separator: " et ")
        let found = isFiltered ? "<p role=\"status\">\(shown.count) fichier\(shown.count > 1 ? "s" : "") pour \(what).</p>" : ""
        let options = Self.states.map { "<option value=\"\($0.value)\"\($0.value == stateFilter ? " selected" : "")>\($0.label)</option>" }.joined()
        return WorkshopLayout.page(title: "Le contenu du site", main: """
        <h1>Le contenu du site</h1>
        \(notice.map { "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-4w\" role=\"status\"><p>\(XMLText.escape($0))</p></div>" } ?? "")
        <p><a class="fr-link" href="/changements">Changements depuis le dernier commit</a></p>
        <form method="get" action="/" role="search" class="fr-mb-4w">
        <div class="fr-select-group"><label class="fr-label" for="etat">État</label><select class="fr-select" id="etat" name="etat">\(options)</select></div>
        <div class="fr-search-bar">
        <label class="fr-label" for="recherche">Rechercher un fichier</label>
        <input class="fr-input" type="search" id="recherche" name="q" value="\(XMLText.escape(search))" placeholder="Rechercher un fichier">
        <button class="fr-btn" type="submit" title="Rechercher">Rechercher</button></div></form>
        \(found)
        \(sections.joined(separator: "\n"))
        <script src="/atelier.js" defer></script>
        """)
    }
}
