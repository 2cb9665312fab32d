extension SitePlan {
    /// The pages every State site links from its footer, by file name and title.
    static let mandatoryPages = [("accessibilite", "Accessibilité"), ("mentions-legales", "Mentions légales"),
                                 ("donnees-personnelles", "Données personnelles")]

    /// Free-page names that would collide with the site's own sections and folders: the first
    /// folder of every fixed address, the folders of copied files, and those tools add later
    /// (the search index, the design system).
    static let reservedSlugs: Set<String> = {
        var fixed: [String] = [Page.home, .projectList, .keyFigures, .testimonials, .openData, .siteMap, .search, .notFound,
                               .project("x"), .callYear(2019), .beneficiaryType(.operateur), .newsItem("x")].map(\.url)
        fixed += DataFile.allCases.map(\.url) + [media("x")]
        let folders = fixed.compactMap { $0.split(separator: "/").first.map(String.init) }
        return Set(folders.map { $0.hasSuffix(".html") ? String($0.dropLast(5)) : $0 }
            .filter { !$0.contains(".") }).union(["dsfr", "assets", "pagefind"])
    }()
}
