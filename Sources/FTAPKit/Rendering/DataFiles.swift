/// Every generated file that is not an HTML page: open data, feeds, sitemap and robots.txt.
struct DataFiles {
    let site: PublishedSite
    let aggregates: Aggregates
    /// The addresses of the HTML pages of the site, for the sitemap.
    let pageURLs: [String]

    func files() -> [OutputFile] {
        let base = site.settings.baseURL
        let feeds = Feeds(site: site)
        return [
            OutputFile(path: "donnees/projets.csv", text: ProjectTable.csv(site.projects, baseURL: base)),
            OutputFile(path: "donnees/schema.json", text: ProjectTable.tableSchema(baseURL: base, buildDate: site.buildDate)),
            OutputFile(path: "donnees/projets.json", text: projectsJSON()),
            OutputFile(path: "donnees/agregats.json", text: aggregates.json(buildDate: site.buildDate)),
            OutputFile(path: "atom.xml", text: feeds.atom()),
            OutputFile(path: "rss.xml", text: feeds.rss()),
            OutputFile(path: "feed.json", text: feeds.jsonFeed()),
            OutputFile(path: "sitemap.xml", text: sitemap()),
            OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(base)/sitemap.xml\n"),
        ]
    }

    private func projectsJSON() -> String {
        let base = site.settings.baseURL
        func optional(_ value: Int?) -> String { value.map(String.init) ?? "null" }
        let items = site.projects.sorted { $0.slug < $1.slug }.map { p -> String in
            let sources = p.sources.map { "{\"titre\": \(JSONText.quote($0.title)), \"url\": \(JSONText.quote($0.url))}" }
            return """
                {"identifiant": \(JSONText.quote(p.slug)), "titre": \(JSONText.quote(p.title)), "resume": \(JSONText.quote(p.summary)),
                 "programme": "\(p.programme.rawValue)", "annee_appel": \(p.callYear),
                 "porteur": {"nom": \(JSONText.quote(p.carrier.name)), "type": "\(p.carrier.type.rawValue)", "ministere": \(p.carrier.ministry.map(JSONText.quote) ?? "null")},
                 "montant_eur": \(p.amount), "cout_total_eur": \(optional(p.totalCost)), "economies_eur": \(optional(p.savings)),
                 "leviers": [\(p.levers.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))], "statut": "\(p.status.rawValue)",
                 "mise_a_jour": \(p.checkedOn.map { "\"\($0.iso)\"" } ?? "null"), "url": \(JSONText.quote("\(base)/projets/\(p.slug)/")),
                 "sources": [\(sources.joined(separator: ", "))]}
            """
        }
        let list = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"licence\": \"etalab-2.0\",\n  \"date_generation\": \"\(site.buildDate.iso)\",\n  \"projets\": \(list)\n}\n"
    }

    private func sitemap() -> String {
        let base = site.settings.baseURL
        // The last change of a page, when the content says it: a sheet's check date, a news item's date.
        var lastChange: [String: ContentDate] = [:]
        for project in site.projects { lastChange[SitePaths.project(project.slug)] = project.checkedOn }
        for item in site.news { lastChange[SitePaths.newsItem(item.slug)] = item.date }
        let urls = pageURLs.filter { $0 != SitePaths.notFound && $0 != SitePaths.search }.sorted().map { url in
            let lastmod = lastChange[url].map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
            return "  <url><loc>\(XMLText.escape(base + url))</loc>\(lastmod)</url>"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls.joined(separator: "\n"))
        </urlset>

        """
    }
}
