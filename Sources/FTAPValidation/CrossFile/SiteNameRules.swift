import FTAPContent
import FTAPCore
import FTAPModel
import FTAPPlan

/// Rules on the names of pages: a free page may not take a section's name, nor a news item the
/// name of another page of the news section, and the pages every State site must publish are looked for.
enum SiteNameRules {
    static func check(pages: [FreePage], news: [NewsItem], parsed: ParsedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let named = pages.map { ($0.file, $0.slug, ContentKind.page) } + news.map { ($0.file, $0.slug, ContentKind.news) }
        for (file, slug, kind) in named {
            guard let reservation = SitePlan.reservation(of: slug, for: kind) else { continue }
            diagnostics.append(Diagnostic(file: file, position: nil, code: DiagnosticCode.duplicateItem,
                                          message: "\(reservation) : renommez le fichier"))
        }
        let pageSlugs = Set(parsed.files.filter { $0.kind == .page }.map(\.slug))
        let draftSlugs = Set(pages.filter(\.isDraft).map(\.slug))
        for (slug, title) in SitePlan.mandatoryPages where draftSlugs.contains(slug) {
            let file = pages.first { $0.slug == slug }?.file ?? join(parsed.root, "pages/\(slug).md")
            diagnostics.append(Diagnostic(
                file: file, position: nil, severity: .warning, code: DiagnosticCode.missingRequiredPage,
                message: "page « \(title) » en brouillon : elle ne sera pas publiée, alors qu'un site de l'État doit la publier (lien obligatoire du pied de page) ; écrivez « brouillon: false » dès qu'elle est prête"))
        }
        for (slug, title) in SitePlan.mandatoryPages where !pageSlugs.contains(slug) {
            diagnostics.append(Diagnostic(
                file: join(parsed.root, "pages/\(slug).md"), position: nil, severity: .warning, code: DiagnosticCode.missingRequiredPage,
                message: "page « \(title) » absente : un site de l'État doit la publier (lien obligatoire du pied de page) ; créez-la avec « ftap new page \(slug) »"))
        }
        return diagnostics
    }
}
