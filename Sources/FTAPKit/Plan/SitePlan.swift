/// The plan of the site: every address it has, decided once from the published site. Pages,
/// news pagination, data files and feeds, static and media files, the mandatory pages and the
/// names reserved for sections all come from here; the view models link with these addresses,
/// the renderer writes exactly these files, and the link rule checks authors' links against them.
struct SitePlan: Sendable {
    /// Every page, in the order they are rendered.
    let pages: [Page]
    /// The generated files that are not pages.
    let dataFiles: [DataFile]
    /// Files copied from `templates/static/`, by path relative to the site's root.
    let staticFiles: [String]
    /// Files copied from `content/media/`, by path relative to `media/`.
    let mediaFiles: [String]

    /// News items per list page.
    static let newsPerPage = 10

    init(site: PublishedSite, staticFiles: [String]) {
        var pages: [Page] = [.home, .projectList, .keyFigures, .testimonials, .openData, .siteMap, .search, .notFound]
        pages += site.projects.map { .project($0.slug) }
        pages += site.callYears.map { .callYear($0) }
        pages += site.beneficiaryTypes.map { .beneficiaryType($0) }
        let ministries = Ministries.groups(of: site.fundProjects)
        if !ministries.isEmpty { pages += [.ministries] + ministries.map { .ministry($0.slug) } }
        let newsPages = Self.newsPageCount(site.news.count)
        pages += (1...newsPages).map { .newsList(page: $0, of: newsPages) }
        pages += site.news.map { .newsItem($0.slug) }
        pages += site.pages.map { .freePage($0.slug) }
        self.pages = pages
        dataFiles = DataFile.allCases
        self.staticFiles = staticFiles
        mediaFiles = site.media.map(\.relativePath)
    }

    /// How many list pages `count` news items take (one, even empty).
    static func newsPageCount(_ count: Int) -> Int { max(1, (count + newsPerPage - 1) / newsPerPage) }

    /// Every address of the site, pages and files.
    var addresses: Set<String> {
        var urls = Set(pages.map(\.url))
        urls.formUnion(dataFiles.map(\.url))
        urls.formUnion(staticFiles.map { "/" + $0 })
        urls.formUnion(mediaFiles.map(Self.media))
        return urls
    }

    /// Every file the build writes, relative to the output folder (generated pages win over
    /// static files of the same name).
    var files: Set<String> { Set(addresses.map(Self.file)) }

    /// The output file of an address: `/projets/x/` → `projets/x/index.html`.
    static func file(of url: String) -> String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }
}
