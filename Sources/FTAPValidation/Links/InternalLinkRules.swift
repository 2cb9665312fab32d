import Foundation
import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPModel
import FTAPPlan
import Suggestions

/// Links and images written by authors must work where they are shown: each one a browser could
/// not follow (`LinkResolution`), and each image that does not say what it shows
/// (`ImageTextRules`), is reported at its line, before anything is published. The links are those
/// cmark found when the file was read, so code, comments and escapes are never taken for links.
package enum InternalLinkRules {
    /// - Parameters:
    ///   - site: the published site; links to drafts and scheduled items are broken for the public.
    ///   - content: every valid item, to tell a link to an unpublished sheet from a typo.
    ///   - parsed: every file read, valid or not: a link to a sheet with errors of its own is not
    ///     reported again.
    ///   - plan: every address the site will have.
    ///   - anchors: the sections each page template writes, to check `#section`; nil: not checked.
    package static func check(site: PublishedSite, content: SiteContent, parsed: ParsedContent, plan: SitePlan,
                      anchors: PageAnchors? = nil) -> [Diagnostic] {
        // A withdrawn address answers only to say its content is gone: no text leads there.
        let withdrawn = Dictionary(site.withdrawals.map { ($0.address, $0.date) }, uniquingKeysWith: { first, _ in first })
        let known = plan.addresses.subtracting(plan.withdrawnAddresses).union(invalidAddresses(content: content, parsed: parsed))
        var pageOfSource: [String: String] = [:]
        for (folder, slug, url) in content.projects.map({ ("projets", $0.slug, SitePlan.project($0.slug)) })
            + content.news.map({ ("actualites", $0.slug, SitePlan.newsItem($0.slug)) })
            + content.pages.map({ ("pages", $0.slug, SitePlan.freePage($0.slug)) }) {
            pageOfSource["\(folder)/\(slug)"] = url
            pageOfSource[slug] = pageOfSource[slug] ?? url
        }
        let resolution = LinkResolution(known: known, siteAddress: site.settings.baseURL, pageOfSource: pageOfSource,
                                        unpublished: SitePlan.unpublishedAddresses(of: content, on: site.buildDate))
        // Each body with the address of the page it is shown on, which relative links start from,
        // and whether it is a draft's (shown with `--drafts`: its links to drafts are not news).
        var bodies: [(file: String, body: MarkdownBody, page: String, isDraft: Bool)] = site.projects.map { ($0.file, $0.body, SitePlan.project($0.slug), $0.isDraft) }
        bodies += site.news.map { ($0.file, $0.body, SitePlan.newsItem($0.slug), $0.isDraft) }
        bodies += site.pages.map { ($0.file, $0.body, SitePlan.freePage($0.slug), $0.isDraft) }
        bodies += site.testimonials.map { ($0.file, $0.body, SitePlan.testimonials, $0.isDraft) }
        bodies += site.officialFigures.map { ($0.file, $0.body, SitePlan.keyFigures, $0.isDraft) }
        bodies += site.budgetExecution.map { ($0.file, $0.body, SitePlan.keyFigures, $0.isDraft) }
        // A video's transcript is shown on its item's page.
        let publishedMedia = site.projects.map { ($0.file, $0.media, SitePlan.project($0.slug), $0.isDraft) }
            + site.news.map { ($0.file, $0.media, SitePlan.newsItem($0.slug), $0.isDraft) }
            + site.pages.map { ($0.file, $0.media, SitePlan.freePage($0.slug), $0.isDraft) }
        for (file, media, page, isDraft) in publishedMedia {
            bodies += media.videos.map { (file, $0.transcript, page, isDraft) }
        }
        // Images that do not say what they show, reported with the links of the same text; and
        // the files of `media/` no text shows or whose name is hard to link to.
        let everyMedia = content.projects.map(\.media) + content.news.map(\.media) + content.pages.map(\.media) + content.testimonials.map(\.media)
        let everyBody = content.projects.map(\.body) + content.news.map(\.body) + content.pages.map(\.body)
            + content.testimonials.map(\.body) + content.officialFigures.map(\.body) + content.budgetExecution.map(\.body)
            + everyMedia.flatMap { $0.videos.map(\.transcript) }
        let named = [content.settings.defaultImage?.relativePath].compactMap { $0 } + everyMedia.flatMap { $0.files.map(\.relativePath) }
        let images = bodies.flatMap { ImageTextRules.check($0.body.links, file: $0.file) }
            + MediaReferenceRules.unpublishableImages(in: bodies.map { ($0.file, $0.body) }, media: content.media, siteAddress: site.settings.baseURL)
            + MediaUsageRules.check(content.media, bodies: everyBody, named: named, siteAddress: site.settings.baseURL, root: parsed.root)
        let templateOfPage = anchors == nil ? [:] : Dictionary(plan.pages.map { ($0.url, $0.template) }, uniquingKeysWith: { first, _ in first })
        let found = parallelMap(bodies) { _, body, page, isDraft in
            body.links.compactMap { link -> (MarkdownLink, LinkResolution.Problem)? in
                guard var problem = resolution.problem(of: link.destination, onPage: page) else {
                    return anchors.flatMap { missingSection(link, onPage: page, anchors: $0, templateOfPage: templateOfPage) }.map { (link, $0) }
                }
                if case .unpublished = problem, isDraft { return nil }
                // The site's address shown as such (« https://ftap… » in the text, an autolink) is
                // meant to be read whole: only a path that leads nowhere is a mistake.
                if case let .ownAddress(path) = problem, link.text == link.destination {
                    let target = LinkResolution.path(of: path)
                    guard !resolution.leadsSomewhere(target) else { return nil }
                    problem = .nowhere(path: target)
                }
                return (link, problem)
            }
        }
        // Only a broken link needs the addresses sorted, for its suggestion.
        guard found.contains(where: { !$0.isEmpty }) else { return images }
        let pageURLs = known.filter { $0.hasSuffix("/") }.sorted()
        var diagnostics = images
        for (body, problems) in zip(bodies, found) where !problems.isEmpty {
            for (link, problem) in problems.prefix(DiagnosticCollector.maximumPerFile) {
                var (code, message) = explanation(problem, of: link, resolution: resolution, pageURLs: pageURLs)
                if case let .nowhere(path) = problem, let day = withdrawn[path] {
                    message = "\(link.isImage ? "l'image" : "le lien") « \(link.destination) » mène à un contenu retiré le \(day.frenchText) (content/\(ContentSource.withdrawalsFile)) : retirez le lien, ou menez vers une page que le site publie"
                    code = .brokenInternalLink
                }
                let severity: Severity = code == .linkToDraft ? .warning : .error
                diagnostics.append(Diagnostic(file: body.file, position: link.position, severity: severity, code: code, message: message))
            }
            if problems.count > DiagnosticCollector.maximumPerFile {
                diagnostics.append(Diagnostic(file: body.file, position: nil, code: DiagnosticCode.tooManyErrors,
                                              message: "\(problems.count) liens à corriger dans ce fichier : seuls les \(DiagnosticCollector.maximumPerFile) premiers sont affichés"))
            }
        }
        return diagnostics
    }

    /// The code and the French sentence for a link that cannot work, with its fix.
    private static func explanation(_ problem: LinkResolution.Problem, of link: MarkdownLink, resolution: LinkResolution,
                                    pageURLs: [String]) -> (DiagnosticCode, String) {
        let target = link.destination
        let what = link.isImage ? "l'image « \(target) »" : "le lien « \(target) »"
        switch problem {
        case .computerPath:
            let name = target.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? target
            let advice = link.isImage || name.contains(".")
                ? "déposez le fichier dans « content/media/ » et écrivez « /media/\(PublishableFile.suggestedFileName(for: name)) »"
                : "écrivez l'adresse d'une page du site, qui commence par « / »"
            return (.computerPath, "\(what) désigne un fichier de votre ordinateur, que les visiteurs n'ont pas : \(advice)")
        case let .incompleteExternal(suggestion):
            return (.incompleteExternalLink, "\(what) est une adresse d'un autre site sans son début : une adresse externe commence par https:// ; écrivez « \(suggestion) »")
        case let .ownAddress(path):
            let exists = resolution.leadsSomewhere(LinkResolution.path(of: path))
            return (.brokenInternalLink, "\(what) reprend l'adresse complète du site : écrivez seulement « \(path) », pour que le lien marche aussi dans l'aperçu et sur toute copie du site\(exists ? "" : " ; cette adresse ne mène d'ailleurs à aucune page du site")")
        case let .sourceFile(page):
            let advice = page.map { "écrivez l'adresse de la page, « \($0) »" } ?? "écrivez l'adresse de la page qu'il devient, comme « /projets/nom-du-fichier/ »"
            return (.brokenInternalLink, "\(what) mène au fichier source, que le site ne publie pas : \(advice)")
        case let .relative(resolved, suggestion):
            let fix = suggestion.map { "écrivez « \($0) »" } ?? "écrivez l'adresse depuis la racine du site, qui commence par « / »"
            return (.brokenInternalLink, "\(what) ne commence pas par « / » : depuis cette page il mènerait à « \(resolved) », et ailleurs (listes, flux d'actualités) à une autre adresse ; \(fix)")
        case .space:
            let name = target.split(separator: "/").last.map(String.init) ?? target
            return (.brokenInternalLink, "l'adresse « \(target) » contient une espace : Markdown ne la lit pas comme un lien, et la page montrerait le texte tel quel ; renommez le fichier sans espace (par exemple « \(PublishableFile.suggestedFileName(for: name)) ») et l'adresse avec")
        case let .nowhere(path):
            var message = "\(what) ne mène à aucune \(link.isImage ? "image" : "page") du site"
            if let exact = resolution.sameButForCase(path) {
                message += " : le fichier s'écrit « \(exact) », et les majuscules comptent ; écrivez « \(exact) »"
            } else if let suggestion = KeySuggestion.closest(to: path, among: pageURLs) {
                message += " ; vouliez-vous dire « \(suggestion) » ?"
            }
            return (.brokenInternalLink, message)
        case let .missingSection(page, fragment, suggestion):
            let fix = suggestion.map { "vouliez-vous dire « #\($0) » ?" } ?? "retirez « #\(fragment) », ou écrivez le nom d'une section qui y figure"
            return (.brokenInternalLink, "\(what) mène à la section « #\(fragment) », que la page « \(page) » n'a pas : le lecteur arriverait en haut de la page ; \(fix)")
        case .unpublished:
            return (.linkToDraft, "\(what) mène à une page pas encore publiée (brouillon, ou date de publication à venir) : sur le site public, son texte s'affichera sans lien jusqu'à la publication de cette page ; retirez le lien, ou publiez la page")
        }
    }

    /// A link to a section (`#jalons`) of a page of the site that its template does not write.
    private static func missingSection(_ link: MarkdownLink, onPage page: String, anchors: PageAnchors,
                                       templateOfPage: [String: String]) -> LinkResolution.Problem? {
        let destination = link.destination.trimmingCharacters(in: .whitespaces)
        guard !link.isImage, let hash = destination.firstIndex(of: "#") else { return nil }
        let fragment = String(destination[destination.index(after: hash)...])
        guard !fragment.isEmpty else { return nil }
        let decoded = fragment.removingPercentEncoding ?? fragment
        let target = destination.hasPrefix("#") ? page : LinkResolution.path(of: destination)
        guard target.hasPrefix("/"), let template = templateOfPage[target] ?? templateOfPage[target + "/"],
              !anchors.accepts(decoded, onPageOf: template) else { return nil }
        let suggestion = KeySuggestion.closest(to: decoded, among: (anchors.ids[template] ?? []).sorted())
        return .missingSection(page: templateOfPage[target] == nil ? target + "/" : target, fragment: decoded, suggestion: suggestion)
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
}
