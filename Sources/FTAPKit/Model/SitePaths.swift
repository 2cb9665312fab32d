/// The address of every page of the site, in one place: the view models link with these, the
/// renderer writes to them, and the internal-link rule checks authors' links against them.
enum SitePaths {
    static let home = "/"
    static let projects = "/projets/"
    static let keyFigures = "/chiffres-cles/"
    static let testimonials = "/temoignages/"
    static let news = "/actualites/"
    static let openData = "/donnees/"
    static let siteMap = "/plan-du-site/"
    static let search = "/recherche/"
    static let notFound = "/404.html"
    /// Generated files that are not pages.
    static let dataFiles = ["/donnees/projets.csv", "/donnees/schema.json", "/donnees/projets.json",
                            "/donnees/agregats.json", "/atom.xml", "/rss.xml", "/feed.json", "/sitemap.xml", "/robots.txt"]

    static func project(_ slug: String) -> String { "/projets/\(slug)/" }
    static func callYear(_ year: Int) -> String { "/appels/\(year)/" }
    static func beneficiaryType(_ type: BeneficiaryType) -> String { "/beneficiaires/\(type.rawValue)/" }
    static func newsItem(_ slug: String) -> String { "/actualites/\(slug)/" }
    static func newsPage(_ number: Int) -> String { number == 1 ? news : "/actualites/page/\(number)/" }
    static func freePage(_ slug: String) -> String { "/\(slug)/" }
    static func media(_ relativePath: String) -> String { "/media/\(relativePath)" }

    /// The output file of a page address: `/projets/x/` → `projets/x/index.html`.
    static func file(of url: String) -> String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }

    /// Every address the site will have, pages and files, for a published site.
    static func all(of site: PublishedSite, newsPerPage: Int) -> Set<String> {
        var urls: Set<String> = [home, projects, keyFigures, testimonials, openData, siteMap, search, notFound]
        urls.formUnion(dataFiles)
        urls.formUnion(site.projects.map { project($0.slug) })
        urls.formUnion(site.callYears.map(callYear))
        urls.formUnion(site.beneficiaryTypes.map(beneficiaryType))
        urls.formUnion(site.news.map { newsItem($0.slug) })
        let newsPages = max(1, (site.news.count + newsPerPage - 1) / newsPerPage)
        urls.formUnion((1...newsPages).map(newsPage))
        urls.formUnion(site.pages.map { freePage($0.slug) })
        urls.formUnion(site.media.map { media($0.relativePath) })
        return urls
    }
}
