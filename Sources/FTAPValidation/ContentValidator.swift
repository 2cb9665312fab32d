import FTAPContent
import FTAPCore
import FTAPModel

/// The parse and validate stages: every file read into a typed item (in parallel), then the
/// rules that span files.
package enum ContentValidator {
    /// Parses `site.yml`, `retraits.yml` and every file into typed values, each with its own diagnostics.
    package static func parse(_ source: ContentSource, context: ValidationContext) -> ParsedContent {
        var diagnostics = source.diagnostics
        let settings = SiteSettingsParser.parse(source, context: context, diagnostics: &diagnostics)
        let withdrawals = WithdrawalsParser.parse(source, context: context, diagnostics: &diagnostics)
        let files = parallelMap(source.files) { ContentFileParser.parse($0, context: context) }
        let images = ImageRules.probed(source.media, root: source.root, cache: context.imageCache)
        diagnostics += images.diagnostics
        return ParsedContent(root: source.root, settings: settings, files: files, media: images.media, withdrawals: withdrawals,
                             diagnostics: diagnostics)
    }

    /// Runs the rules over several files. `content` holds the valid items (nil only when
    /// `site.yml` is unusable), so that rules over the whole site still run; publish it only
    /// when no diagnostic is an error.
    package static func validate(_ parsed: ParsedContent) -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        var diagnostics = parsed.diagnostics + parsed.files.flatMap(\.diagnostics)
        var projects: [ProjectSheet] = [], testimonials: [Testimonial] = [], news: [NewsItem] = [], pages: [FreePage] = []
        var figures: [OfficialFigure] = [], execution: [BudgetExecution] = []
        for file in parsed.files {
            switch file.item {
            case let .project(p)?: projects.append(p)
            case let .testimonial(t)?: testimonials.append(t)
            case let .news(n)?: news.append(n)
            case let .page(p)?: pages.append(p)
            case let .officialFigure(f)?: figures.append(f)
            case let .budgetExecution(e)?: execution.append(e)
            case nil: break
            }
        }
        // The rules over several files are independent: they run side by side.
        let (allProjects, allTestimonials, allNews, allPages) = (projects, testimonials, news, pages)
        let rules: [@Sendable () -> [Diagnostic]] = [
            { CrossReferenceRules.check(projects: allProjects, testimonials: allTestimonials, news: allNews, parsed: parsed) },
            { SiteNameRules.check(pages: allPages, news: allNews, parsed: parsed) },
            { DuplicateSheetRules.check(allProjects) },
            { IdentifierRules.check(allProjects, parsed: parsed) },
            { MediaRules.check(parsed.media, root: parsed.root) },
        ]
        diagnostics += parallelMap(rules) { $0() }.flatMap { $0 }
        let namedMedia = projects.map { ($0.file, $0.media) } + news.map { ($0.file, $0.media) }
            + pages.map { ($0.file, $0.media) } + testimonials.map { ($0.file, $0.media) }
        diagnostics += MediaReferenceRules.check(namedMedia, media: parsed.media)
        if let image = parsed.settings?.defaultImage,
           let problem = MediaReferenceRules.problem(MediaPath(relativePath: image.relativePath, place: image.place),
                                                     key: "image_par_defaut.fichier", needsImage: true, file: join(parsed.root, "site.yml"),
                                                     media: Dictionary(parsed.media.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })) {
            diagnostics.append(problem)
        }
        diagnostics = Diagnostic.sortedForReport(diagnostics)
        guard let settings = parsed.settings else { return (nil, diagnostics) }
        var content = SiteContent(settings: settings, projects: projects, testimonials: testimonials, news: news,
                                  pages: pages, media: parsed.media, officialFigures: figures, budgetExecution: execution)
        content.unfinishedDrafts = parsed.files.filter(\.isUnfinishedDraft).count
        content.withdrawals = parsed.withdrawals
        return (content, diagnostics)
    }

    /// Both stages, for callers that hold the whole source (tests, the fuzz target).
    static func validate(_ source: ContentSource, context: ValidationContext) -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        validate(parse(source, context: context))
    }
}
