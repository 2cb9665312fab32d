/// The validation stage: every file parsed (in parallel), then the rules that span files.
public enum ContentValidator {
    /// Free-page slugs that would collide with the site's own sections.
    static let reservedSlugs: Set<String> = ["projets", "appels", "beneficiaires", "temoignages", "actualites",
                                             "chiffres-cles", "donnees", "plan-du-site", "recherche", "dsfr",
                                             "media", "assets", "pagefind", "404"]

    /// The pages every State site links from its footer.
    static let requiredPages = [("accessibilite", "Accessibilité"), ("mentions-legales", "Mentions légales"),
                                ("donnees-personnelles", "Données personnelles")]

    /// Validates a whole content folder. `content` holds the valid items (nil only when `site.yml`
    /// is unusable), so that rules over the whole site still run; publish it only without errors.
    public static func validate(_ source: ContentSource, context: ValidationContext) -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        var diagnostics = source.diagnostics
        let settings = parseSettings(source, diagnostics: &diagnostics)
        let parsed = parallelMap(source.files) { ContentFileParser.parse($0, context: context) }
        var projects: [ProjectSheet] = [], testimonials: [Testimonial] = [], news: [NewsItem] = [], pages: [FreePage] = []
        for file in parsed {
            diagnostics += file.diagnostics
            switch file.item {
            case let .project(p)?: projects.append(p)
            case let .testimonial(t)?: testimonials.append(t)
            case let .news(n)?: news.append(n)
            case let .page(p)?: pages.append(p)
            case nil: break
            }
        }
        let knownProjects = Set(source.files.filter { $0.kind == .project }.map(\.slug))
        diagnostics += CrossReferenceRules.check(projects: projects, testimonials: testimonials, news: news,
                                                 knownProjectSlugs: knownProjects, source: source)
        for page in pages where reservedSlugs.contains(page.slug) {
            diagnostics.append(Diagnostic(file: page.file, position: nil, code: DiagnosticCode.duplicateItem,
                                          message: "le nom « \(page.slug) » est réservé à une rubrique du site : renommez le fichier"))
        }
        let pageSlugs = Set(source.files.filter { $0.kind == .page }.map(\.slug))
        for (slug, title) in requiredPages where !pageSlugs.contains(slug) {
            diagnostics.append(Diagnostic(
                file: join(source.root, "pages/\(slug).md"), position: nil, severity: .warning, code: DiagnosticCode.missingRequiredPage,
                message: "page « \(title) » absente : un site de l'État doit la publier (lien obligatoire du pied de page) ; créez-la avec « ftap new page \(slug) »"))
        }
        diagnostics = Diagnostic.sortedForReport(diagnostics)
        guard let settings else { return (nil, diagnostics) }
        let content = SiteContent(settings: settings, projects: projects, testimonials: testimonials, news: news,
                                  pages: pages, media: source.media)
        return (content, diagnostics)
    }

    private static func parseSettings(_ source: ContentSource, diagnostics: inout [Diagnostic]) -> SiteSettings? {
        let path = source.siteSettingsPath
        guard let bytes = source.siteSettingsBytes else {
            diagnostics.append(Diagnostic(file: path, position: nil, code: DiagnosticCode.missingSiteSettings,
                                          message: "le fichier « site.yml » est absent : il donne le titre, l'adresse et la description du site"))
            return nil
        }
        let text: String
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): text = decoded
        case .failure:
            diagnostics.append(Diagnostic(file: path, position: nil, code: DiagnosticCode.invalidUTF8,
                                          message: "« site.yml » doit être un fichier texte non vide en UTF-8"))
            return nil
        }
        let parsed = YAMLFrontMatterParser.parse(text, firstLine: 1, file: path)
        diagnostics += parsed.diagnostics
        guard let node = parsed.node else { return nil }
        let sink = DiagnosticCollector(file: path, lineOffset: 0)
        let reader = MappingReader(node: node, allowedKeys: SiteSettingsDecoder.keys, path: "", sink: sink,
                                   fallback: SourcePosition(line: 1, column: 1))
        let settings = SiteSettingsDecoder.decode(reader)
        diagnostics += sink.diagnostics
        return sink.hasErrors ? nil : settings
    }
}
