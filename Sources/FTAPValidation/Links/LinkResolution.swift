import Foundation

/// What a browser does with a link or image an author wrote, on the page it is shown on: where
/// it leads, and what is wrong with it when it cannot lead anywhere on the public site. External
/// addresses (`https://…` of another site, `mailto:`) are left alone.
package struct LinkResolution {
    /// Every address of the site, pages and files.
    let known: Set<String>
    /// The site's own address (`url` of site.yml), lowercased, without its final « / ».
    let siteAddress: String
    /// The page address of each content file, by kind and name, to turn a link to a `.md` file
    /// into the page it becomes.
    let pageOfSource: [String: String]
    /// The pages of drafts and scheduled items, which the public site does not show yet.
    var unpublished: Set<String> = []

    init(known: Set<String>, siteAddress: String, pageOfSource: [String: String], unpublished: Set<String> = []) {
        self.known = known
        self.siteAddress = siteAddress
        self.pageOfSource = pageOfSource
        self.unpublished = unpublished
    }

    /// Why a link cannot work, with its fix; nil when it leads to a page or file of the site, or
    /// out of it.
    enum Problem: Equatable {
        /// `C:\Users\…`, `file:///…`, any « \ »: a file of the author's computer.
        case computerPath
        /// `www.geoportail.gouv.fr`: an outside address without `https://`.
        case incompleteExternal(suggestion: String)
        /// `https://<the site>/projets/x/`: the site's own address, written whole.
        case ownAddress(path: String)
        /// `geoplateforme.md`: the source file, not the page it becomes.
        case sourceFile(page: String?)
        /// `media/x.jpg`, `../projets/x/`: relative, resolved from the page it is on.
        case relative(resolved: String, suggestion: String?)
        /// An address of the site that does not exist (`suggestion` is one that does).
        case nowhere(path: String)
        /// An address with a space, which Markdown does not read as one.
        case space
        /// The page of a draft or a scheduled item: shown as text until it is published.
        case unpublished(path: String)
        /// `#section` that the page it leads to does not hold (`suggestion` is one it holds).
        case missingSection(page: String, fragment: String, suggestion: String?)
    }

    /// Top-level names that make a first segment an outside address (`exemple.gouv.fr/x`), not a
    /// file name (`rapport.pdf`).
    private static let domainEndings: Set<String> = ["fr", "com", "org", "net", "eu", "io", "info", "int", "edu", "gouv", "be", "ch", "lu", "ca", "uk", "de"]

    /// The problem of `destination` written on the page at `base` (`/projets/x/`).
    func problem(of destination: String, onPage base: String) -> Problem? {
        let target = destination.trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty, !target.hasPrefix("#") else { return nil }
        let start = Array(target.prefix(3))
        let isWindowsDrive = start.count == 3 && start[0].isLetter && start[1] == ":" && (start[2] == "\\" || start[2] == "/")
        if isWindowsDrive || target.contains("\\") || target.lowercased().hasPrefix("file:") { return .computerPath }
        if target.hasPrefix("//") { return nil }
        if target.contains(" ") { return .space }
        if let scheme = Self.scheme(of: target) {
            guard scheme == "http" || scheme == "https" else { return nil }
            let lowered = target.lowercased()
            for prefix in Self.ownPrefixes(of: siteAddress) where lowered == prefix || lowered.hasPrefix(prefix + "/") {
                let path = String(target.dropFirst(prefix.count))
                return .ownAddress(path: path.isEmpty ? "/" : path)
            }
            return nil
        }
        let firstSegment = target.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if !target.hasPrefix("/"), !target.hasPrefix("."), Self.looksLikeDomain(firstSegment) {
            return .incompleteExternal(suggestion: "https://" + target)
        }
        let resolved = Self.resolve(target, from: base)
        let path = Self.path(of: resolved)
        if path.lowercased().hasSuffix(".md") {
            let name = String(path.split(separator: "/").last?.dropLast(3) ?? "")
            let folder = path.split(separator: "/").dropLast().last.map(String.init)
            return .sourceFile(page: folder.flatMap { pageOfSource["\($0)/\(name)"] } ?? pageOfSource[name])
        }
        if !target.hasPrefix("/") {
            let rooted = "/" + target.drop { $0 == "." || $0 == "/" }
            let suggestion = [resolved, rooted].first { leadsSomewhere(Self.path(of: $0)) }
            return .relative(resolved: resolved, suggestion: suggestion)
        }
        if Self.leads(to: path, among: unpublished) { return .unpublished(path: path) }
        return leadsSomewhere(path) ? nil : .nowhere(path: path)
    }

    /// Whether an address of the site (`/projets/x/#a`, `/projets/x`) leads to one of `pages`.
    package static func leads(to target: String, among pages: Set<String>) -> Bool {
        guard !pages.isEmpty, target.hasPrefix("/"), !target.hasPrefix("//") else { return false }
        let path = path(of: target)
        return pages.contains(path) || pages.contains(path + "/")
    }

    /// Whether a path (no fragment, no query) is a page or a file of the site.
    func leadsSomewhere(_ path: String) -> Bool {
        known.contains(path) || known.contains(path + "/")
    }

    /// A known address equal to `path` but for the case of its letters (`/media/Photo.JPG`).
    func sameButForCase(_ path: String) -> String? {
        let lowered = path.lowercased()
        return known.first { $0.lowercased() == lowered || $0.lowercased() == lowered + "/" }
    }

    /// The page a link leads to: without its fragment and query, percent-escapes decoded.
    static func path(of target: String) -> String {
        let path = String(target.prefix { $0 != "#" && $0 != "?" })
        return path.contains("%") ? path.removingPercentEncoding ?? path : path
    }

    /// `target` resolved from the page at `base` as a browser does (`..`, `.`), fragment and
    /// query kept.
    static func resolve(_ target: String, from base: String) -> String {
        guard let root = URL(string: "https://site.invalid" + base),
              let url = URL(string: target.replacingOccurrences(of: " ", with: "%20"), relativeTo: root)?.absoluteURL,
              let components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return target }
        var resolved = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { resolved += "?" + query }
        if let fragment = components.percentEncodedFragment { resolved += "#" + fragment }
        return resolved
    }

    private static func scheme(of target: String) -> String? {
        let scheme = target.prefix { $0 != ":" }
        guard scheme.count < target.count, let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return scheme.lowercased()
    }

    /// `exemple.gouv.fr` or `www.exemple.org`: labels of letters, digits and hyphens, the last a
    /// known top-level name.
    private static func looksLikeDomain(_ segment: Substring) -> Bool {
        let labels = segment.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }) else { return false }
        return labels.first == "www" || domainEndings.contains(String(labels.last ?? ""))
    }

    /// The ways the site's own address may be written: with http or https, with or without www.
    private static func ownPrefixes(of address: String) -> [String] {
        guard let host = URL(string: address)?.host?.lowercased() else { return [] }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let path = (URL(string: address)?.path ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let suffix = path.isEmpty ? "" : "/" + path
        return ["https://", "http://"].flatMap { scheme in [bare, "www." + bare].map { scheme + $0 + suffix } }
    }
}
