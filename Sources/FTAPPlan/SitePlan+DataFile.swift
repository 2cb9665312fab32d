extension SitePlan {
    /// A generated file that is not a page.
    package enum DataFile: String, CaseIterable, Sendable {
        case projectsCSV = "/donnees/projets.csv"
        case tableSchema = "/donnees/schema.json"
        case projectsSpreadsheetCSV = "/donnees/projets-tableur.csv"
        case spreadsheetTableSchema = "/donnees/schema-tableur.json"
        case projectsJSON = "/donnees/projets.json"
        case aggregates = "/donnees/agregats.json"
        case budgetExecutionCSV = "/donnees/execution-budgetaire.csv"
        case budgetExecutionSchema = "/donnees/schema-execution-budgetaire.json"
        case atom = "/atom.xml"
        case rss = "/rss.xml"
        case jsonFeed = "/feed.json"
        case correctionsFeed = "/rectificatifs/atom.xml"
        case addresses = "/adresses.json"
        /// The redirects of former addresses, for hosts that read it (GitLab Pages, Netlify).
        case redirects = "/_redirects"
        case sitemap = "/sitemap.xml"
        case robots = "/robots.txt"

        package var url: String { rawValue }
        package var path: String { SitePlan.file(of: url) }
    }
}
