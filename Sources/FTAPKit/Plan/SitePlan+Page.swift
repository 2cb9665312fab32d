extension SitePlan {
    /// A page of the site; its address follows from what it is.
    enum Page: Hashable, Sendable {
        case home, projectList, keyFigures, testimonials, openData, siteMap, search, notFound
        case project(String)
        case callYear(Int)
        case beneficiaryType(BeneficiaryType)
        case ministries
        case ministry(String)
        case newsList(page: Int, of: Int)
        case newsItem(String)
        case freePage(String)

        var url: String {
            switch self {
            case .home: "/"
            case .projectList: "/projets/"
            case .keyFigures: "/chiffres-cles/"
            case .testimonials: "/temoignages/"
            case .openData: "/donnees/"
            case .siteMap: "/plan-du-site/"
            case .search: "/recherche/"
            case .notFound: "/404.html"
            case let .project(slug): "/projets/\(slug)/"
            case let .callYear(year): "/appels/\(year)/"
            case let .beneficiaryType(type): "/beneficiaires/\(type.rawValue)/"
            case .ministries: "/ministeres/"
            case let .ministry(slug): "/ministeres/\(slug)/"
            case let .newsList(page, _): page == 1 ? "/actualites/" : "/actualites/page/\(page)/"
            case let .newsItem(slug): "/actualites/\(slug)/"
            case let .freePage(slug): "/\(slug)/"
            }
        }

        /// The section folder this kind of page lives in (nil for pages at the root), so no free
        /// page can take its name. A new case of `Page` must say it here.
        var section: String? {
            switch self {
            case .home, .freePage: nil
            case .notFound: "404"
            case .projectList, .project: "projets"
            case .keyFigures: "chiffres-cles"
            case .testimonials: "temoignages"
            case .openData: "donnees"
            case .siteMap: "plan-du-site"
            case .search: "recherche"
            case .callYear: "appels"
            case .beneficiaryType: "beneficiaires"
            case .ministries, .ministry: "ministeres"
            case .newsList, .newsItem: "actualites"
            }
        }
    }

    /// A generated file that is not a page.
    enum DataFile: String, CaseIterable, Sendable {
        case projectsCSV = "/donnees/projets.csv"
        case tableSchema = "/donnees/schema.json"
        case projectsJSON = "/donnees/projets.json"
        case aggregates = "/donnees/agregats.json"
        case atom = "/atom.xml"
        case rss = "/rss.xml"
        case jsonFeed = "/feed.json"
        case sitemap = "/sitemap.xml"
        case robots = "/robots.txt"

        var url: String { rawValue }
        var path: String { SitePlan.file(of: url) }
    }

    // The addresses the view models link to, by what they show.
    static let home = Page.home.url
    static let projects = Page.projectList.url
    static let keyFigures = Page.keyFigures.url
    static let testimonials = Page.testimonials.url
    static let news = Page.newsList(page: 1, of: 1).url
    static let openData = Page.openData.url
    static let siteMap = Page.siteMap.url
    static let search = Page.search.url
    static let notFound = Page.notFound.url
    static func project(_ slug: String) -> String { Page.project(slug).url }
    static func callYear(_ year: Int) -> String { Page.callYear(year).url }
    static func beneficiaryType(_ type: BeneficiaryType) -> String { Page.beneficiaryType(type).url }
    static let ministries = Page.ministries.url
    static func ministry(_ slug: String) -> String { Page.ministry(slug).url }
    static func newsItem(_ slug: String) -> String { Page.newsItem(slug).url }
    static func newsPage(_ number: Int) -> String { Page.newsList(page: number, of: number).url }
    static func freePage(_ slug: String) -> String { Page.freePage(slug).url }
    static func media(_ relativePath: String) -> String { "/media/\(relativePath)" }
}
