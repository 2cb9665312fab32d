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
        let valid = Set(content.projects.map(\.file) + content.news.map(\.file) + content.pages.map(\.file))
        let invalid = parsed.files.filter { !valid.contains($0.path) }.compactMap { file -> String? in
            switch file.kind {
            case .project: SitePlan.project(file.slug)
            case .news: SitePlan.newsItem(file.slug)
            case .page: SitePlan.freePage(file.slug)
            case .testimonial, .officialFigure: nil
            }
        }
        let known = plan.addresses.union(invalid)
        let unpublished = Set(content.projects.map { SitePlan.project($0.slug) })
            .union(content.news.map { SitePlan.newsItem($0.slug) }).subtracting(known)
        let pageURLs = known.filter { $0.hasSuffix("/") }.sorted()
        var bodies: [(file: String, body: MarkdownBody)] = site.projects.map { ($0.file, $0.body) }
        bodies += site.news.map { ($0.file, $0.body) }
        bodies += site.pages.map { ($0.file, $0.body) }
        bodies += site.testimonials.map { ($0.file, $0.body) }
        bodies += site.officialFigures.map { ($0.file, $0.body) }
        var diagnostics: [Diagnostic] = []
        for (file, body) in bodies {
            var reported = 0
            for link in body.links where link.destination.hasPrefix("/") {
                let target = link.destination
                var path = String(target.prefix { $0 != "#" && $0 != "?" })
                path = path.removingPercentEncoding ?? path
                guard !path.hasPrefix("//"), !known.contains(path), !known.contains(path + "/") else { continue }
                reported += 1
                guard reported <= DiagnosticCollector.maximumPerFile else { continue }
                var message = "le lien « \(target) » ne mène à aucune page du site"
                if unpublished.contains(path) || unpublished.contains(path + "/") {
                    message = "le lien « \(target) » mène à une page qui n'est pas publiée (brouillon ou date de publication à venir)"
                } else if let suggestion = KeySuggestion.closest(to: path, among: pageURLs) {
                    message += " ; vouliez-vous dire « \(suggestion) » ?"
                }
                diagnostics.append(Diagnostic(file: file, position: link.position, code: DiagnosticCode.brokenInternalLink, message: message))
            }
            if reported > DiagnosticCollector.maximumPerFile {
                diagnostics.append(Diagnostic(file: file, position: nil, code: DiagnosticCode.tooManyErrors,
                                              message: "\(reported) liens cassés dans ce fichier : seuls les \(DiagnosticCollector.maximumPerFile) premiers sont affichés"))
            }
        }
        return diagnostics
    }
}
