/// Rules on the names of pages: a free page may not take a section's name, nor a news item the
/// name of another page of the news section, and the pages every State site must publish are looked for.
enum SiteNameRules {
    static func check(pages: [FreePage], news: [NewsItem], parsed: ParsedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in pages where SitePlan.reservedSlugs.contains(page.slug) {
            diagnostics.append(Diagnostic(file: page.file, position: nil, code: DiagnosticCode.duplicateItem,
                                          message: "le nom « \(page.slug) » est réservé à une rubrique du site : renommez le fichier"))
        }
        for item in news where SitePlan.reservedNewsSlugs.contains(item.slug) {
            diagnostics.append(Diagnostic(file: item.file, position: nil, code: DiagnosticCode.duplicateItem,
                                          message: "le nom « \(item.slug) » est réservé à une page de la rubrique Actualités (\(SitePlan.newsItem(item.slug))) : renommez le fichier"))
        }
        let pageSlugs = Set(parsed.files.filter { $0.kind == .page }.map(\.slug))
        for (slug, title) in SitePlan.mandatoryPages where !pageSlugs.contains(slug) {
            diagnostics.append(Diagnostic(
                file: join(parsed.root, "pages/\(slug).md"), position: nil, severity: .warning, code: DiagnosticCode.missingRequiredPage,
                message: "page « \(title) » absente : un site de l'État doit la publier (lien obligatoire du pied de page) ; créez-la avec « ftap new page \(slug) »"))
        }
        return diagnostics
    }
}
