import FTAPContent

extension SitePlan {
    /// The pages every State site links from its footer, by file name and title.
    package static let mandatoryPages = [("accessibilite", "Accessibilité"), (legalNoticeSlug, "Mentions légales"),
                                 ("donnees-personnelles", "Données personnelles")]
    /// The free page that holds the legal notice, where the publisher and the host are named.
    package static let legalNoticeSlug = "mentions-legales"
    /// The free page that explains the fund and how the site counts, linked from every page's footer.
    package static let aboutSlug = "a-propos"

    /// Free-page names that would collide with the site's own sections and folders: the section
    /// of every kind of page, the folders of data and media files, and the folders of the design
    /// system, the site's assets and the search index (added after the build).
    static var reservedSlugs: Set<String> {
        let dataFolders = (DataFile.allCases.map(\.url) + [media("x")]).compactMap { url -> String? in
            let parts = url.split(separator: "/")
            return parts.count > 1 ? String(parts[0]) : nil
        }
        return Set(Page.everyKind.compactMap(\.section) + dataFolders + ["dsfr", "assets", "pagefind"])
    }

    /// News-item names that other pages of the news section take: a news item named `s-abonner`
    /// would have the address of the page about the feeds.
    static var reservedNewsSlugs: Set<String> {
        [Page.feedSubscription].reduce(into: []) { names, page in
            names.insert(String(page.url.dropFirst(news.count).prefix { $0 != "/" }))
        }
    }

    /// Why `slug` cannot name a file of `kind` (« le nom … est réservé à … »): another page of
    /// the site has that address. Nil when the name is free.
    package static func reservation(of slug: String, for kind: ContentKind) -> String? {
        switch kind {
        case .page where reservedSlugs.contains(slug):
            "le nom « \(slug) » est réservé à une rubrique du site"
        case .news where reservedNewsSlugs.contains(slug):
            "le nom « \(slug) » est réservé à une page de la rubrique Actualités (\(newsItem(slug)))"
        default:
            nil
        }
    }
}
