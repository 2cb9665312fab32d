/// The addresses the site promises to keep, and the former addresses that lead to its pages.
extension SitePlan {
    /// A former address and the page it now leads to.
    package struct Redirect: Sendable, Hashable {
        package var from: String
        package var to: String
    }

    /// The addresses the site promises to keep (`/adresses.json`, `--precedent`): its pages and
    /// its data files, without the 404 page, the second and later pages of long lists (their
    /// number follows the content's), the withdrawn addresses (listed apart) and, in a preview,
    /// the drafts' and scheduled items' pages, which the public site does not promise.
    package var publicAddresses: [String] {
        let pageURLs = pages.compactMap { page -> String? in
            switch page {
            case .notFound, .listPage, .withdrawn: nil
            case let .newsList(number, _) where number > 1: nil
            default: page.url
            }
        }
        return Array(Set(pageURLs + dataFiles.filter { $0 != .redirects }.map(\.url)).subtracting(previewOnly)).sorted()
    }

    /// The addresses withdrawn on purpose that the site answers with a page saying so.
    package var withdrawnAddresses: [String] {
        pages.compactMap { page in
            if case let .withdrawn(address) = page { address } else { nil }
        }
    }

    /// The addresses a sitemap lists: the pages a reader may land on from a search engine, so
    /// neither the 404 page, the search page, nor a withdrawn address.
    package var sitemapAddresses: [String] {
        pages.compactMap { page in
            switch page {
            case .notFound, .search, .withdrawn: nil
            default: page.url
            }
        }.sorted()
    }
}
