/// Builds the view model of every page: plain dictionaries of pre-formatted French strings,
/// so templates only place text and never compute or format.
struct ViewModels {
    let site: PublishedSite
    let aggregates: Aggregates
    static let newsPerPage = 10

    /// Every page of the site, in a stable order.
    func pages() -> [PageSpec] {
        var pages = [homePage(), projectListPage(), keyFiguresPage(), testimonialsPage(), openDataPage(),
                     siteMapPage(), searchPage(), notFoundPage()]
        pages += site.projects.map(projectPage)
        pages += site.callYears.map(callYearPage)
        pages += site.beneficiaryTypes.map(beneficiaryTypePage)
        pages += newsListPages()
        pages += site.news.map(newsPage)
        pages += site.pages.map(freePage)
        return pages
    }

    /// The layout's part of every view model: titles, canonical address, navigation, breadcrumb.
    func layout(title: String, description: String, url: String, section: String?,
                breadcrumb: [(String, String?)] = []) -> [String: Any] {
        var context: [String: Any] = [
            "pageTitle": title,
            "documentTitle": url == SitePaths.home ? site.settings.title : "\(title) — \(site.settings.title)",
            "metaDescription": description,
            "canonical": site.settings.baseURL + url,
            "siteTitle": site.settings.title,
            "siteDescription": site.settings.description,
            "language": site.settings.language,
            "navigation": Self.sections.map { entry -> [String: Any] in
                var item: [String: Any] = ["label": entry.label, "href": entry.href]
                if entry.key == section { item["current"] = true }
                return item
            },
            "footerLinks": footerLinks(),
        ]
        if !breadcrumb.isEmpty {
            let trail = [("Accueil", Optional("/"))] + breadcrumb
            context["breadcrumb"] = trail.map { label, href -> [String: Any] in
                // An explicit flag: a missing `href` would be looked up in the page's own context.
                href.map { ["label": label, "href": $0, "isLink": true] } ?? ["label": label, "isLink": false]
            }
        }
        return context
    }

    static let sections: [(key: String, label: String, href: String)] = [
        ("accueil", "Accueil", SitePaths.home),
        ("projets", "Projets", SitePaths.projects),
        ("chiffres", "Chiffres clés", SitePaths.keyFigures),
        ("temoignages", "Témoignages", SitePaths.testimonials),
        ("actualites", "Actualités", SitePaths.news),
        ("donnees", "Données ouvertes", SitePaths.openData),
    ]

    /// The footer's mandatory links, each shown only when its page exists in the content.
    private func footerLinks() -> [[String: Any]] {
        var links: [[String: Any]] = [["label": "Plan du site", "href": SitePaths.siteMap]]
        for (slug, label) in [("accessibilite", "Accessibilité : non conforme"), ("mentions-legales", "Mentions légales"),
                              ("donnees-personnelles", "Données personnelles")]
        where site.pages.contains(where: { $0.slug == slug }) {
            links.append(["label": label, "href": SitePaths.freePage(slug)])
        }
        return links
    }

    func merged(_ base: [String: Any], _ extra: [String: Any]) -> [String: Any] {
        base.merging(extra) { _, new in new }
    }
}
