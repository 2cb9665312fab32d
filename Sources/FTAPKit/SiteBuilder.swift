import Foundation
/// The table of contents of a build, one call per stage in data-flow order:
/// read → parse → validate → publish → check figures → plan → check links → aggregate → render and
/// write (each batch of pages written as it is rendered).
public struct SiteBuilder: Sendable {
    /// The folders, the build date and whether drafts are published.
    public var options: BuildOptions

    /// A builder for these options; nothing is read until `check` or `build`.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Validates the content folder: every diagnostic, sorted by file and line, and, when the
    /// content is valid, what would be published; then the templates, when their folder exists,
    /// as a build reads them (a template's mistake is thrown). Writes nothing.
    public func check() throws -> BuildOutcome {
        let templatesPath = options.templatesPath
        let templates = FileManager.default.fileExists(atPath: templatesPath)
            ? BackgroundWork { Result { try TemplateSet.read(from: templatesPath) } } : nil
        let outcome = check(try read(), anchors: { try? templates?.value().get().anchors })
        if !outcome.hasErrors { _ = try templates?.value().get() }
        return outcome
    }

    /// Validates content given in memory instead of the content folder (the fuzz target's way in).
    public func check(_ source: ContentSource) -> BuildOutcome {
        check(source, anchors: { nil })
    }

    /// Validates content, links to a page's sections checked against `anchors` when it gives them.
    private func check(_ source: ContentSource, anchors: @escaping @Sendable () -> PageAnchors?) -> BuildOutcome {
        let (ready, diagnostics, report) = checked(source, anchors: anchors)
        var outcome = BuildOutcome(diagnostics: diagnostics, publication: ready?.summary)
        (outcome.sources, outcome.siteTitle) = (report.sources, report.siteTitle)
        outcome.held = .init(source: source, parsed: report.parsed, content: report.content, site: ready?.site)
        return outcome
    }

    /// Validates, then renders and writes the whole site; writes nothing when any error was found.
    /// Refuses, before reading anything, an output folder that is not ours to replace.
    public func build() async throws -> BuildOutcome {
        let output = try OutputFolder(checking: options.outputPath, contentPath: options.contentPath,
                                      templatesPath: options.templatesPath)
        // The templates are read beside the content; their errors count only for valid content.
        let templatesPath = options.templatesPath
        let loading = BackgroundWork { Result { try TemplateSet.read(from: templatesPath) } }
        let source = try read()
        let (ready, diagnostics, report) = checked(source, aggregating: true, anchors: { try? loading.value().get().anchors })
        guard let (site, plan, summary, computed, statics) = ready else {
            var outcome = BuildOutcome(diagnostics: diagnostics)
            (outcome.sources, outcome.siteTitle) = (report.sources, report.siteTitle)
            outcome.held = .init(source: source, parsed: report.parsed, content: report.content)
            return outcome
        }
        let aggregates = computed ?? aggregate(site)
        let templates = TemplateSet(renderer: try loading.value().get().renderer, staticFiles: statics)
        let (warnings, counts) = try renderAndWrite(site, aggregates, plan, templates, to: output)
        var outcome = BuildOutcome(diagnostics: diagnostics + warnings, filesWritten: counts.files,
                                   pagesWritten: counts.pages, publication: summary, plan: plan)
        (outcome.sources, outcome.siteTitle) = (report.sources, report.siteTitle)
        outcome.held = .init(source: source, parsed: report.parsed, content: report.content, site: site, views: counts.views)
        return outcome
    }

    /// Every stage up to the link check; the published site, its plan, what it leaves out and the
    /// templates' static files as listed for the plan (so the output copies exactly those) only
    /// when no error was found; and, for the reports, the lines the diagnostics point at (taken
    /// while the bytes read are at hand) and the site's title when `site.yml` gives it.
    /// With `aggregating`, the aggregates are counted beside the plan and the link check.
    private func checked(_ source: ContentSource, aggregating: Bool = false, anchors: @escaping @Sendable () -> PageAnchors?)
        -> (ready: (site: PublishedSite, plan: SitePlan, summary: PublicationSummary, aggregates: Aggregates?,
                    statics: [(relative: String, source: String)])?,
            diagnostics: [Diagnostic], report: Report) {
        let parsed = parse(source)
        let (content, diagnostics) = validate(parsed)
        guard let content else {
            return (nil, diagnostics, Report(sources: SourceLines(for: diagnostics, in: source), siteTitle: parsed.settings?.title, parsed: parsed))
        }
        let site = publish(content)
        let ((plan, statics, found), aggregates) = concurrently({
            let statics = TemplateSet.staticFiles(in: options.templatesPath)
            let plan = self.plan(site, staticFiles: TemplateSet.deployedPaths(statics.files))
            return (plan, statics.files, statics.refused + checkFigures(site) + checkLinks(site, content, parsed, plan, anchors()))
        }, { aggregating ? aggregate(site) : nil })
        let all = Diagnostic.sortedForReport(diagnostics + found)
        let summary = PublicationSummary(content: content, site: site, includeDrafts: options.includeDrafts)
        let report = Report(sources: SourceLines(for: all, in: source), siteTitle: parsed.settings?.title, parsed: parsed, content: content)
        return (all.contains { $0.severity == .error } ? nil : (site, plan, summary, aggregates, statics), all, report)
    }

    /// What `checked` gives the reports, and what it made, for the outcome to hold.
    private struct Report {
        var sources: SourceLines
        var siteTitle: String?
        var parsed: ParsedContent
        var content: SiteContent?
    }

    private var context: ValidationContext {
        var context = ValidationContext(buildDate: options.buildDate)
        context.production = options.production
        return context
    }

    private func read() throws -> ContentSource { try ContentReader(root: options.contentPath).read() }
    private func parse(_ source: ContentSource) -> ParsedContent { ContentValidator.parse(source, context: context) }
    private func validate(_ parsed: ParsedContent) -> (SiteContent?, [Diagnostic]) { ContentValidator.validate(parsed) }
    /// The site the public sees; its texts' links to drafts and scheduled items written as text.
    private func publish(_ content: SiteContent) -> PublishedSite {
        var shown = content
        if !options.includeDrafts {
            let hidden = SitePlan.unpublishedAddresses(of: content, on: options.buildDate)
            if !hidden.isEmpty { shown = content.unlinking { LinkResolution.leads(to: $0, among: hidden) } }
        }
        return PublishedSite(content: shown, buildDate: options.buildDate, includeDrafts: options.includeDrafts)
    }
    private func plan(_ site: PublishedSite, staticFiles: [String]) -> SitePlan { SitePlan(site: site, staticFiles: staticFiles) }
    private func checkFigures(_ site: PublishedSite) -> [Diagnostic] { OfficialFigureRules.check(site: site) }
    private func checkLinks(_ site: PublishedSite, _ content: SiteContent, _ parsed: ParsedContent, _ plan: SitePlan,
                            _ anchors: PageAnchors?) -> [Diagnostic] {
        InternalLinkRules.check(site: site, content: content, parsed: parsed, plan: plan, anchors: anchors)
    }
    private func aggregate(_ site: PublishedSite) -> Aggregates { Aggregates(site: site) }
    /// Render and write run together: each batch of pages is written as soon as it is rendered.
    private func renderAndWrite(_ site: PublishedSite, _ aggregates: Aggregates, _ plan: SitePlan, _ templates: TemplateSet,
                                to output: OutputFolder) throws -> (warnings: [Diagnostic], counts: (files: Int, pages: Int, views: ViewModels?)) {
        var counts: (files: Int, pages: Int, views: ViewModels?) = (0, 0, nil)
        let warnings = try SiteWriter(folder: output, precompressing: options.precompress).write { emit in
            counts = try SiteRenderer(site: site, aggregates: aggregates, plan: plan, templates: templates).render(emit: emit)
        }
        return (warnings, counts)
    }
}

/// What a check or a build did: its diagnostics and, when the content is valid, what is published
/// and, for a build, how much was written.
public struct BuildOutcome: Sendable {
    /// Every diagnostic, sorted by file and place, warnings included.
    public var diagnostics: [Diagnostic]
    /// Files of the site written (0 when nothing was written).
    var filesWritten = 0
    /// HTML pages among them.
    public var pagesWritten = 0
    /// What is published and what is not (drafts, scheduled items); nil when there are errors.
    public var publication: PublicationSummary?
    /// The plan of the site built, for the plan's own test.
    var plan: SitePlan?
    /// The files the plan of the site foresaw (relative paths), for the plan's own test.
    var plannedFiles: Set<String> { plan?.files ?? [] }
    /// The lines of the content files the diagnostics point at, for the reports to show them.
    public var sources = SourceLines()
    /// The site's title from `site.yml`, when it could be read (the preview's error page shows it).
    var siteTitle: String?
    /// What the run made, from the bytes read to the view models, held by the outcome: freeing
    /// tens of thousands of texts one by one takes a noticeable part of a run, and a command that
    /// ends just after reporting can leave that to the system (as compilers do).
    var held: Held?

    /// See `held`.
    struct Held: Sendable {
        var source: ContentSource
        var parsed: ParsedContent
        var content: SiteContent?
        var site: PublishedSite?
        var views: ViewModels?
    }

    /// True when any diagnostic is an error: then nothing was written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
