/// The addresses the site promises to keep, and the former addresses that lead to its pages.
extension SitePlan {
    /// A former address and the page it now leads to.
    package struct Redirect: Sendable, Hashable {
        package var from: String
        package var to: String
    }

    /// The addresses the site promises to keep (`/adresses.json`, `--precedent`): its pages and
    /// its data files, without the 404 page and the second and later pages of long lists (their
    /// number follows the content's).
    package var publicAddresses: [String] {
        let pageURLs = pages.compactMap { page -> String? in
            switch page {
            case .notFound, .listPage: nil
            case let .newsList(number, _) where number > 1: nil
            default: page.url
            }
        }
        return Array(Set(pageURLs + dataFiles.filter { $0 != .redirects }.map(\.url))).sorted()
    }
}
