import Foundation

/// Links written by authors to the site's own pages (`[texte](/projets/x/)`) must lead somewhere:
/// each broken one is reported at its line, before anything is published.
enum InternalLinkRules {
    private static let inline = try! NSRegularExpression(pattern: #"\]\(\s*<?(/[^)\s>]*)"#)
    private static let reference = try! NSRegularExpression(pattern: #"^\s{0,3}\[[^\]]+\]:\s*<?(/[^\s>]*)"#)

    /// - Parameters:
    ///   - site: the published site; links to drafts and scheduled items are broken for the public.
    ///   - content: every valid item, to tell a link to an unpublished sheet from a typo.
    ///   - source: every file read, valid or not: a link to a sheet with errors of its own is not
    ///     reported again.
    ///   - staticURLs: addresses of the static files copied from the templates.
    static func check(site: PublishedSite, content: SiteContent, source: ContentSource, staticURLs: Set<String>,
                      newsPerPage: Int) -> [Diagnostic] {
        let valid = Set(content.projects.map(\.file) + content.news.map(\.file) + content.pages.map(\.file))
        let invalid = source.files.filter { !valid.contains($0.path) }.compactMap { file -> String? in
            switch file.kind {
            case .project: SitePaths.project(file.slug)
            case .news: SitePaths.newsItem(file.slug)
            case .page: SitePaths.freePage(file.slug)
            case .testimonial: nil
            }
        }
        let known = SitePaths.all(of: site, newsPerPage: newsPerPage).union(staticURLs).union(invalid)
        let unpublished = Set(content.projects.map { SitePaths.project($0.slug) })
            .union(content.news.map { SitePaths.newsItem($0.slug) }).subtracting(known)
        let pageURLs = known.filter { $0.hasSuffix("/") }.sorted()
        var bodies: [(file: String, body: MarkdownBody)] = site.projects.map { ($0.file, $0.body) }
        bodies += site.news.map { ($0.file, $0.body) }
        bodies += site.pages.map { ($0.file, $0.body) }
        bodies += site.testimonials.map { ($0.file, $0.body) }
        var diagnostics: [Diagnostic] = []
        for (file, body) in bodies {
            for (target, position) in links(in: body) {
                var path = String(target.prefix { $0 != "#" && $0 != "?" })
                path = path.removingPercentEncoding ?? path
                guard !path.hasPrefix("//"), !known.contains(path), !known.contains(path + "/") else { continue }
                var message = "le lien « \(target) » ne mène à aucune page du site"
                if unpublished.contains(path) || unpublished.contains(path + "/") {
                    message = "le lien « \(target) » mène à une page qui n'est pas publiée (brouillon ou date de publication à venir)"
                } else if let suggestion = KeySuggestion.closest(to: path, among: pageURLs) {
                    message += " ; vouliez-vous dire « \(suggestion) » ?"
                }
                diagnostics.append(Diagnostic(file: file, position: position, code: DiagnosticCode.brokenInternalLink, message: message))
            }
        }
        return diagnostics
    }

    /// Every link target starting with `/`, with its place in the file; code blocks are skipped.
    static func links(in body: MarkdownBody) -> [(String, SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        var inFence = false
        for (index, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            if text.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle() }
            guard !inFence, text.contains("/") else { continue }
            let range = NSRange(text.startIndex..., in: text)
            for regex in [inline, reference] {
                for match in regex.matches(in: text, range: range) {
                    guard let r = Range(match.range(at: 1), in: text) else { continue }
                    let column = text.distance(from: text.startIndex, to: r.lowerBound) + 1
                    found.append((String(text[r]), SourcePosition(line: body.firstLine + index, column: column)))
                }
            }
        }
        return found
    }
}
