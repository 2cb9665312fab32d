import Foundation
import FTAPAggregation
import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPImages
import FTAPModel
import FTAPOutput
import FTAPPlan
import FTAPRendering
import FTAPValidation

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
    /// as a build reads them (a template's mistake is thrown). Writes nothing but the image cache.
    package func check() throws -> BuildOutcome {
        try check(replacing: nil)
    }

    /// `check()`, and, with `previousAddressesPath`, the addresses of the previous version of
    /// the site (fetched first when it is the live site's address), as `build()` checks them.
    public func checkAgainstPrevious() async throws -> BuildOutcome {
        let previous = await loadPrevious()
        return try check(replacing: nil, previous: previous)
    }

    /// `check()` as if the file at `file.path` (as the content folder names it) held `file.bytes`:
    /// the atelier's checks as an author types, with every rule, before anything is written.
    package func check(replacing file: (path: String, bytes: [UInt8])?) throws -> BuildOutcome {
        try check(replacing: file, previous: nil)
    }

    private func check(replacing file: (path: String, bytes: [UInt8])?, previous: PreviousAddresses.Loaded?) throws -> BuildOutcome {
        try checkCacheFolder()
        let templatesPath = options.templatesPath
        let templates = FileManager.default.fileExists(atPath: templatesPath)
            ? BackgroundWork { Result { try TemplateSet.read(from: templatesPath) } } : nil
        var source = try read()
        if let file, let index = source.files.firstIndex(where: { $0.path == file.path }) {
            source.files[index].bytes = file.bytes
        }
        let outcome = check(source, previous: previous, anchors: { try? templates?.value().get().anchors })
        if !outcome.hasErrors { _ = try templates?.value().get() }
        return outcome
    }

    /// Validates content given in memory instead of the content folder (the fuzz target's way in).
    public func check(_ source: ContentSource) -> BuildOutcome {
        check(source, anchors: { nil })
    }

    /// Validates content, links to a page's sections checked against `anchors` when it gives them.
    private func check(_ source: ContentSource, previous: PreviousAddresses.Loaded? = nil,
                       anchors: @escaping @Sendable () -> PageAnchors?) -> BuildOutcome {
        let checked = checked(source, previous: previous, anchors: anchors)
        keep(source, checked)
        return outcome(of: checked)
    }

    /// Validates, then renders and writes the whole site; writes nothing when any error was found.
    /// Refuses, before reading anything, an output folder that is not ours to replace.
    public func build() async throws -> BuildOutcome {
        let output = try OutputFolder(checking: options.outputPath, contentPath: options.contentPath,
                                      templatesPath: options.templatesPath)
        try checkCacheFolder()
        // The templates are read beside the content; their errors count only for valid content.
        let templatesPath = options.templatesPath
        let loading = BackgroundWork { Result { try TemplateSet.read(from: templatesPath) } }
        let contentPath = options.contentPath
        let history = options.readsHistory
            ? BackgroundWork { ContentHistory.read(root: contentPath, folders: [ContentKind.project.folder, ContentKind.officialFigure.folder]) } : nil
        let source = try read()
        let previous = await loadPrevious()
        let checked = checked(source, aggregating: true, previous: previous, anchors: { try? loading.value().get().anchors })
        guard let ready = checked.ready else {
            keep(source, checked)
            return outcome(of: checked)
        }
        let aggregates = ready.aggregates ?? aggregate(ready.site)
        let templates = TemplateSet(renderer: try loading.value().get().renderer, staticFiles: ready.staticFiles)
        var site = ready.site
        if let read = history?.value() { site.figureHistories = figureHistories(read, of: site, in: source) }
        let written = try renderAndWrite(site, aggregates, ready.plan, templates, to: output)
        keep(source, checked, written.views)
        return outcome(of: checked, written: written)
    }

    /// Every stage up to the link check; the published site, its plan, what it leaves out and the
    /// templates' static files as listed for the plan (so the output copies exactly those) only
    /// when no error was found; and, for the reports, the lines the diagnostics point at (taken
    /// while the bytes read are at hand) and the site's title when `site.yml` gives it.
    /// With `aggregating`, the aggregates are counted beside the plan and the link check; with
    /// `previous`, the addresses of the previous version are checked (`--precedent`).
    private func checked(_ source: ContentSource, aggregating: Bool = false, previous: PreviousAddresses.Loaded? = nil,
                         anchors: @escaping @Sendable () -> PageAnchors?) -> Checked {
        let parsed = parse(source)
        let (content, diagnostics) = validate(parsed)
        guard let content else {
            return Checked(diagnostics: diagnostics, report: Report(sources: SourceLines(for: diagnostics, in: source),
                                                                    siteTitle: parsed.settings?.title, parsed: parsed))
        }
        let site = publish(content)
        let (planned, aggregates) = concurrently({
            let statics = TemplateSet.staticFiles(in: options.templatesPath, installedDSFR: options.installedDSFRPath)
            let plan = self.plan(site, staticFiles: TemplateSet.deployedPaths(statics.files))
            return Planned(plan: plan, staticFiles: statics.files,
                           diagnostics: statics.refused + checkFigures(site) + checkLinks(site, content, parsed, plan, anchors())
                               + FormerAddressRules.check(site: site, parsed: parsed, plan: plan)
                               + checkAddresses(plan, against: previous) + checkRedirectLimit(plan))
        }, { aggregating ? aggregate(site) : nil })
        let all = Diagnostic.sortedForReport(diagnostics + planned.diagnostics)
        let summary = PublicationSummary(content: content, site: site, includeDrafts: options.includeDrafts)
        let report = Report(sources: SourceLines(for: all, in: source), siteTitle: parsed.settings?.title,
                            sitePath: parsed.settings.map { SitePlan.pathPrefix(of: $0.baseURL) }, parsed: parsed, content: content)
        let ready = Ready(site: site, plan: planned.plan, summary: summary, aggregates: aggregates, staticFiles: planned.staticFiles)
        return Checked(diagnostics: all, report: report, ready: all.contains { $0.severity == .error } ? nil : ready)
    }

    /// The outcome the commands report, in one place: diagnostics, what is published, the lines
    /// the diagnostics point at, the site's title, and what was written.
    private func outcome(of checked: Checked, written: Written? = nil) -> BuildOutcome {
        var outcome = BuildOutcome(diagnostics: checked.diagnostics + (written?.warnings ?? []), publication: checked.ready?.summary)
        (outcome.sources, outcome.siteTitle, outcome.sitePath) = (checked.report.sources, checked.report.siteTitle, checked.report.sitePath)
        if let written {
            outcome.filesWritten = written.files
            outcome.pagesWritten = written.pages
            outcome.plan = checked.ready?.plan
        }
        return outcome
    }

    /// Keeps what the run made until the process ends, when the options ask for it (`WorkRetention`).
    private func keep(_ source: ContentSource, _ checked: Checked, _ views: ViewModels? = nil) {
        WorkRetention.keep(source, checked.report.parsed, checked.report.content, checked.ready?.site, views,
                           when: options.keepsWorkUntilExit)
    }

    /// What the stages up to the link check made: the diagnostics, what the reports need, and
    /// what the build goes on with when no error was found.
    private struct Checked {
        var diagnostics: [Diagnostic]
        var report: Report
        var ready: Ready?
    }

    /// A valid site, ready to render.
    private struct Ready {
        var site: PublishedSite
        var plan: SitePlan
        var summary: PublicationSummary
        /// Counted beside the plan when the build asked for them.
        var aggregates: Aggregates?
        /// The templates' static files the plan deploys.
        var staticFiles: [(relative: String, source: String)]
    }

    /// The plan and what was found while making it (refused static files, figures, links).
    private struct Planned: Sendable {
        var plan: SitePlan
        var staticFiles: [(relative: String, source: String)]
        var diagnostics: [Diagnostic]
    }

    /// What rendering and writing did.
    private struct Written {
        var warnings: [Diagnostic]
        var files: Int
        var pages: Int
        var views: ViewModels?
    }

    /// What `checked` gives the reports, and what it made, for the outcome to hold.
    private struct Report {
        var sources: SourceLines
        var siteTitle: String?
        var sitePath: String?
        var parsed: ParsedContent
        var content: SiteContent?
    }

    /// Refuses a cache folder inside the content (its files would be read as content), the
    /// templates or the output (published, then wiped by the next build).
    private func checkCacheFolder() throws {
        guard let cache = options.cachePath else { return }
        let here = FileManager.default.currentDirectoryPath
        let folders = [(options.contentPath, "du contenu"), (options.templatesPath, "des gabarits"), (options.outputPath, "du site")]
        for (folder, role) in folders
        where PathResolution.isSameOrInside(PathResolution.absolute(cache, from: here), PathResolution.absolute(folder, from: here)) {
            throw BuildError.unsafeCache(path: cache, reason: "il est dans le dossier \(role) « \(folder) » ; écrivez par exemple --cache .cache/ftap")
        }
    }

    /// The photos' sizes and widths kept between builds, under the cache folder.
    private var imageCache: ImageCache { ImageCache(folder: options.cachePath.map { join($0, "images") }) }

    private var context: ValidationContext {
        var context = ValidationContext(buildDate: options.buildDate)
        context.production = options.production
        context.imageCache = imageCache
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
    private func plan(_ site: PublishedSite, staticFiles: [String]) -> SitePlan {
        SitePlan(site: site, staticFiles: staticFiles, redirectPages: options.redirectPages)
    }

    private func checkFigures(_ site: PublishedSite) -> [Diagnostic] { OfficialFigureRules.check(site: site) }
    private func checkLinks(_ site: PublishedSite, _ content: SiteContent, _ parsed: ParsedContent, _ plan: SitePlan,
                            _ anchors: PageAnchors?) -> [Diagnostic] {
        InternalLinkRules.check(site: site, content: content, parsed: parsed, plan: plan, anchors: anchors)
    }
    private func aggregate(_ site: PublishedSite) -> Aggregates { Aggregates(site: site) }
    /// Render and write run together: each batch of pages is written as soon as it is rendered.
    private func renderAndWrite(_ site: PublishedSite, _ aggregates: Aggregates, _ plan: SitePlan, _ templates: TemplateSet,
                                to output: OutputFolder) throws -> Written {
        var rendered: SiteRenderer.Rendered?
        let warnings = try SiteWriter(folder: output, precompressing: options.precompress, imageCache: imageCache).write { emit in
            rendered = try SiteRenderer(site: site, aggregates: aggregates, plan: plan, templates: templates).render(emit: emit)
        }
        return Written(warnings: warnings, files: rendered?.files ?? 0, pages: rendered?.pages ?? 0, views: rendered?.views)
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
    package var siteTitle: String?
    /// The path the site is published under (`/ftap`, from `site.yml`'s `url`), empty at the root of its host.
    package var sitePath: String?
    /// True when any diagnostic is an error: then nothing was written.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
