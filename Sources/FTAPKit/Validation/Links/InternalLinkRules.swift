import Foundation

/// Links written by authors to the site's own pages (`[texte](/projets/x/)`) must lead somewhere:
/// each broken one is reported at its line, before anything is published. The links are those
/// cmark found when the file was read, so code, comments and escapes are never taken for links.
enum InternalLinkRules {
    /// - Parameters:
    ///   - site: the published site; links to drafts and scheduled items are broken for the public.
    ///   - content: every valid item, to tell a link to an unpublished sheet from a typo.
    ///   - parsed: every file read, valid or not: a link to a sheet with errors of its own is not
    ///     reported again.
    ///   - plan: every address the site will have.
    static func check(site: PublishedSite, content: SiteContent, parsed: ParsedContent, plan: SitePlan) -> [Diagnostic] {
        let known = plan.addresses.union(invalidAddresses(content: content, parsed: parsed))
        var bodies: [(file: String, body: MarkdownBody)] = site.projects.map { ($0.file, $0.body) }
        bodies += site.news.map { ($0.file, $0.body) }
        bodies += site.pages.map { ($0.file, $0.body) }
        bodies += site.testimonials.map { ($0.file, $0.body) }
        bodies += site.officialFigures.map { ($0.file, $0.body) }
        bodies += site.budgetExecution.map { ($0.file, $0.body) }
        let broken = parallelMap(bodies) { file, body in
            body.links.filter { link in
                guard link.destination.hasPrefix("/") else { return false }
                let path = Self.path(of: link.destination)
                return !path.hasPrefix("//") && !known.contains(path) && !known.contains(path + "/")
            }
        }
        // Only a broken link needs the addresses sorted, for its suggestion.
        guard broken.contains(where: { !$0.isEmpty }) else { return [] }
        let pageURLs = known.filter { $0.hasSuffix("/") }.sorted()
        let unpublished = Set(content.projects.map { SitePlan.project($0.slug) })
            .union(content.news.map { SitePlan.newsItem($0.slug) }).subtracting(known)
        var diagnostics: [Diagnostic] = []
        for ((file, _), links) in zip(bodies, broken) where !links.isEmpty {
            for link in links.prefix(DiagnosticCollector.maximumPerFile) {
                let target = link.destination
                let path = Self.path(of: target)
                var message = "le lien « \(target) » ne mène à aucune page du site"
                if unpublished.contains(path) || unpublished.contains(path + "/") {
                    message = "le lien « \(target) » mène à une page qui n'est pas publiée (brouillon ou date de publication à venir)"
                } else if let suggestion = KeySuggestion.closest(to: path, among: pageURLs) {
                    message += " ; vouliez-vous dire « \(suggestion) » ?"
                }
                diagnostics.append(Diagnostic(file: file, position: link.position, code: DiagnosticCode.brokenInternalLink, message: message))
            }
            if links.count > DiagnosticCollector.maximumPerFile {
                diagnostics.append(Diagnostic(file: file, position: nil, code: DiagnosticCode.tooManyErrors,
                                              message: "\(links.count) liens cassés dans ce fichier : seuls les \(DiagnosticCollector.maximumPerFile) premiers sont affichés"))
            }
        }
        return diagnostics
    }

    /// The addresses of the sheets, news and pages read with errors of their own; none (found
    /// without listing them) when every file read is valid.
    private static func invalidAddresses(content: SiteContent, parsed: ParsedContent) -> [String] {
        let validCount = content.projects.count + content.news.count + content.pages.count
            + content.testimonials.count + content.officialFigures.count + content.budgetExecution.count
        guard parsed.files.count != validCount else { return [] }
        let valid = Set(content.projects.map(\.file) + content.news.map(\.file) + content.pages.map(\.file))
        return parsed.files.filter { !valid.contains($0.path) }.compactMap { file -> String? in
            switch file.kind {
            case .project: SitePlan.project(file.slug)
            case .news: SitePlan.newsItem(file.slug)
            case .page: SitePlan.freePage(file.slug)
            case .testimonial, .officialFigure, .budgetExecution: nil
            }
        }
    }

    /// The page a link leads to: without its fragment and query, percent-escapes decoded.
    private static func path(of target: String) -> String {
        let path = String(target.utf8.prefix { $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "?") }) ?? target
        return path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
    }
}
