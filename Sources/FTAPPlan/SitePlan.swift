import FTAPModel
import FTAPImages

/// The plan of the site: every address it has, decided once from the published site. Pages,
/// news pagination, data files and feeds, static and media files, the mandatory pages and the
/// names reserved for sections all come from here; the view models link with these addresses,
/// the renderer writes exactly these files, and the link rule checks authors' links against them.
package struct SitePlan: Sendable {
    /// Every page, in the order they are rendered.
    package let pages: [Page]
    /// The generated files that are not pages.
    package let dataFiles: [DataFile]
    /// Files copied from `templates/static/`, by path relative to the site's root.
    let staticFiles: [String]
    /// Files copied from `content/media/`, by path relative to `media/`.
    let mediaFiles: [String]

    /// News items per list page.
    package static let newsPerPage = 10
    /// Items per page of a long list of projects (or of carrying entities): a list longer than
    /// this is cut into pages, so no page grows with the site.
    package static let listPageSize = 200

    /// The path of the site's address (`/ftap` for `https://org.gitlab.io/ftap`), empty for a
    /// site at the root of its host: every address of a page goes under it.
    package static func pathPrefix(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        var path = String(afterHost.prefix { $0 != "?" && $0 != "#" })
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// The script that loads a platform's player when the reader asks for it.
    package static let videoScript = "assets/videos.js"

    /// Whether a published item shows a platform's video (and its pages load `videoScript`).
    package static func showsPlatformVideo(_ site: PublishedSite) -> Bool {
        site.projects.contains { $0.media.hasPlatformVideo } || site.news.contains { $0.media.hasPlatformVideo }
            || site.pages.contains { $0.media.hasPlatformVideo }
    }

    /// - Parameter redirectPages: whether each former address gets a page that sends the reader on
    ///   (for hosts that do not read `_redirects`); without, `_redirects` alone redirects.
    package init(site: PublishedSite, staticFiles: [String], redirectPages: Bool = true) {
        self.redirectPages = redirectPages
        var pages: [Page] = [.home, .projectList, .keyFigures, .testimonials, .openData, .corrections, .siteMap, .search, .notFound]
        pages += site.projects.map { .project($0.slug) }
        pages += site.callYears.map { .callYear($0) }
        pages += site.beneficiaryTypes.map { .beneficiaryType($0) }
        let ministries = Ministries.groups(of: site.fundProjects)
        if !ministries.isEmpty { pages += [.ministries] + ministries.map { .ministry($0.slug) } }
        var fundSheetsOfYear: [Int: Int] = [:]
        for project in site.fundProjects { fundSheetsOfYear[project.callYear, default: 0] += 1 }
        var entitiesOfType: [BeneficiaryType?: Set<String>] = [:]
        for project in site.projects { entitiesOfType[project.carrier.type, default: []].insert(project.carrier.identity) }
        var lists: [(ListKind, Int)] = [(.projects, site.projects.count)]
        lists += site.callYears.map { year in (.callYear(year), fundSheetsOfYear[year] ?? 0) }
        lists += site.beneficiaryTypes.map { type in (.beneficiaryType(type), entitiesOfType[type]?.count ?? 0) }
        lists += ministries.map { (.ministry($0.slug), $0.projects.count) }
        for (list, items) in lists {
            let count = Self.listPageCount(items)
            pages += (1...count).dropFirst().map { .listPage(list, page: $0, of: count) }
        }
        let newsPages = Self.newsPageCount(site.news.count)
        pages += (1...newsPages).map { .newsList(page: $0, of: newsPages) }
        pages.append(.feedSubscription)
        pages += site.news.map { .newsItem($0.slug) }
        pages += site.pages.map { .freePage($0.slug) }
        // A withdrawn address that a page still has is refused (`FormerAddressRules`): never written over it.
        let published = Set(pages.map(\.url))
        pages += site.withdrawals.map(\.address).filter { !published.contains($0) }.map { .withdrawn($0) }
        self.pages = pages
        previewOnly = Self.previewOnlyAddresses(of: site)
        dataFiles = DataFile.allCases
        // A renamed item's former addresses, each to its page (a published item's only).
        var redirects = site.projects.flatMap { sheet in sheet.formerAddresses.map { Redirect(from: $0, to: Self.project(sheet.slug)) } }
        redirects += site.news.flatMap { item in item.formerAddresses.map { Redirect(from: $0, to: Self.newsItem(item.slug)) } }
        redirects += site.pages.flatMap { page in page.formerAddresses.map { Redirect(from: $0, to: Self.freePage(page.slug)) } }
        let live = Set(pages.map(\.url))
        self.redirects = redirects.filter { !live.contains($0.from) }.sorted { $0.from < $1.from }
        // The script of the platforms' videos goes only where a page loads it.
        self.staticFiles = Self.showsPlatformVideo(site) ? staticFiles : staticFiles.filter { $0 != Self.videoScript }
        // A photo is published as the widths made of it (`ResponsiveImage`), other files as they are.
        mediaFiles = site.media.flatMap { file in
            file.responsiveImage?.variants.map(\.relativePath) ?? [file.relativePath]
        }
    }

    /// How many list pages `count` news items take (one, even empty).
    static func newsPageCount(_ count: Int) -> Int { max(1, (count + newsPerPage - 1) / newsPerPage) }

    /// How many pages a list of `count` projects or entities takes (one, even empty).
    package static func listPageCount(_ count: Int) -> Int { max(1, (count + listPageSize - 1) / listPageSize) }

    /// The former addresses of renamed items (`anciennes_adresses`), each with a redirect page.
    package let redirects: [Redirect]
    /// The pages only a preview shows (`--drafts`), which the public site does not promise.
    package let previewOnly: Set<String>
    /// Whether each former address gets a page of its own (else the host's `_redirects` alone).
    package let redirectPages: Bool

    /// Every address of the site, pages and files.
    package var addresses: Set<String> {
        var urls = Set(pages.map(\.url))
        urls.formUnion(redirects.map(\.from))
        urls.formUnion(dataFiles.map(\.url))
        urls.formUnion(staticFiles.map { "/" + $0 })
        urls.formUnion(mediaFiles.map(Self.media))
        return urls
    }

    /// Every file the build writes, relative to the output folder (generated pages win over
    /// static files of the same name).
    package var files: Set<String> {
        let written = redirectPages ? addresses : addresses.subtracting(redirects.map(\.from))
        return Set(written.map(Self.file))
    }

    /// The output file of an address: `/projets/x/` → `projets/x/index.html`.
    package static func file(of url: String) -> String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }
}

extension SitePlan {
    /// A page of the site; its address follows from what it is.
    package enum Page: Hashable, Sendable {
        case home, projectList, keyFigures, testimonials, openData, siteMap, search, notFound
        /// Every public correction, newest first (`rectificatifs`).
        case corrections
        case project(String)
        case callYear(Int)
        /// The carriers of one type; nil: the carriers whose type no source gives.
        case beneficiaryType(BeneficiaryType?)
        case ministries
        case ministry(String)
        case newsList(page: Int, of: Int)
        case newsItem(String)
        /// How to follow the news with a feed reader, with the feeds' addresses.
        case feedSubscription
        case freePage(String)
        /// The second and later pages of a long list (its first page is the list's own page).
        case listPage(ListKind, page: Int, of: Int)
        /// An address withdrawn on purpose (`retraits.yml`): a page saying when and why.
        case withdrawn(String)

        package var url: String {
            switch self {
            case .home: "/"
            case .projectList: "/projets/"
            case .keyFigures: "/chiffres-cles/"
            case .testimonials: "/temoignages/"
            case .openData: "/donnees/"
            case .corrections: "/rectificatifs/"
            case .siteMap: "/plan-du-site/"
            case .search: "/recherche/"
            case .notFound: "/404.html"
            case let .project(slug): "/projets/\(slug)/"
            case let .callYear(year): "/appels/\(year)/"
            case let .beneficiaryType(type): "/beneficiaires/\(type.groupSlug)/"
            case .ministries: "/ministeres/"
            case let .ministry(slug): "/ministeres/\(slug)/"
            case let .newsList(page, _): page == 1 ? "/actualites/" : "/actualites/page/\(page)/"
            case let .newsItem(slug): "/actualites/\(slug)/"
            case .feedSubscription: "/actualites/s-abonner/"
            case let .freePage(slug): "/\(slug)/"
            case let .listPage(list, page, _): list.firstPage.url + "page/\(page)/"
            case let .withdrawn(address): address
            }
        }

        /// The template that writes this page (`templates/<name>.mustache`).
        package var template: String {
            switch self {
            case .home: "home"
            case .projectList, .listPage(.projects, _, _): "projects"
            case .keyFigures: "key-figures"
            case .testimonials: "testimonials"
            case .openData: "open-data"
            case .corrections: "corrections"
            case .siteMap: "site-map"
            case .search: "search"
            case .notFound: "not-found"
            case .project: "project"
            case .callYear, .listPage(.callYear, _, _): "call-year"
            case .beneficiaryType, .listPage(.beneficiaryType, _, _): "beneficiary-type"
            case .ministries: "ministries"
            case .ministry, .listPage(.ministry, _, _): "ministry"
            case .newsList: "news-list"
            case .newsItem: "news-item"
            case .feedSubscription: "feed-subscription"
            case .freePage: "page"
            case .withdrawn: "withdrawn"
            }
        }

        /// Whether the site's search indexes this page: what it alone says (a project, a news item,
        /// a page, the key figures, the open data, the testimonials), never a page that lists what
        /// other pages say (it would stand beside each of them in the results), the search page
        /// or the page for a missing address.
        package var isSearchIndexed: Bool {
            switch self {
            case .project, .newsItem, .freePage, .keyFigures, .openData, .testimonials: true
            case .home, .projectList, .callYear, .beneficiaryType, .ministries, .ministry, .newsList, .listPage,
                 .feedSubscription, .corrections, .siteMap, .search, .notFound, .withdrawn: false
            }
        }

        /// One page of every kind: a new case of `Page` must be added here too, so its section is reserved.
        static let everyKind: [Page] = [.home, .projectList, .keyFigures, .testimonials, .openData, .corrections, .siteMap, .search, .notFound,
                                        .project(""), .callYear(0), .beneficiaryType(.operateur), .ministries, .ministry(""),
                                        .newsList(page: 1, of: 1), .newsItem(""), .feedSubscription, .freePage(""), .listPage(.projects, page: 2, of: 2),
                                        .withdrawn("")]

        /// The section folder this kind of page lives in (nil for pages at the root), so no free
        /// page can take its name. A new case of `Page` must say it here.
        var section: String? {
            switch self {
            case .home, .freePage, .withdrawn: nil
            case .notFound: "404"
            case .projectList, .project: "projets"
            case .keyFigures: "chiffres-cles"
            case .testimonials: "temoignages"
            case .openData: "donnees"
            case .corrections: "rectificatifs"
            case .siteMap: "plan-du-site"
            case .search: "recherche"
            case .callYear: "appels"
            case .beneficiaryType: "beneficiaires"
            case .ministries, .ministry: "ministeres"
            case .newsList, .newsItem, .feedSubscription: "actualites"
            case let .listPage(list, _, _): list.firstPage.section
            }
        }
    }

    /// A list of projects that may take several pages.
    package enum ListKind: Hashable, Sendable {
        case projects
        case callYear(Int)
        case beneficiaryType(BeneficiaryType?)
        case ministry(String)

        /// The list's own page, which is also its first page.
        var firstPage: Page {
            switch self {
            case .projects: .projectList
            case let .callYear(year): .callYear(year)
            case let .beneficiaryType(type): .beneficiaryType(type)
            case let .ministry(slug): .ministry(slug)
            }
        }
    }

    // The addresses the view models link to, by what they show.
    package static let home = Page.home.url
    package static let projects = Page.projectList.url
    package static let keyFigures = Page.keyFigures.url
    package static let testimonials = Page.testimonials.url
    package static let news = Page.newsList(page: 1, of: 1).url
    package static let openData = Page.openData.url
    package static let corrections = Page.corrections.url
    package static let siteMap = Page.siteMap.url
    package static let search = Page.search.url
    package static let notFound = Page.notFound.url
    package static func project(_ slug: String) -> String { Page.project(slug).url }
    package static func callYear(_ year: Int) -> String { Page.callYear(year).url }
    package static func beneficiaryType(_ type: BeneficiaryType?) -> String { Page.beneficiaryType(type).url }
    package static let ministries = Page.ministries.url
    package static func ministry(_ slug: String) -> String { Page.ministry(slug).url }
    package static func newsItem(_ slug: String) -> String { Page.newsItem(slug).url }
    package static func newsPage(_ number: Int) -> String { Page.newsList(page: number, of: number).url }
    package static let feedSubscription = Page.feedSubscription.url
    /// Page `number` of a list: its own address for the first.
    package static func listPage(_ list: ListKind, _ number: Int) -> String {
        number == 1 ? list.firstPage.url : Page.listPage(list, page: number, of: number).url
    }
    package static func freePage(_ slug: String) -> String { Page.freePage(slug).url }
    package static func media(_ relativePath: String) -> String { "/media/\(relativePath)" }
}
