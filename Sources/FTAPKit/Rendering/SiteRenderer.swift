/// Renders the published site into output files: pages through the templates, feeds and open
/// data in code. Pages render in parallel, a batch at a time, each batch handed to the writer
/// before the next is built, so memory holds one batch of pages, not the site. Markdown bodies
/// were rendered once when their files were read.
struct SiteRenderer {
    let site: PublishedSite
    let aggregates: Aggregates
    let plan: SitePlan
    let templates: TemplateSet
    /// Pages rendered and written together: enough to keep every core busy.
    static let batchSize = 1024

    /// Renders exactly the files of the plan, handing them to `emit` in batches.
    /// - Returns: how many files and HTML pages were emitted.
    func render(emit: ([OutputFile]) throws -> Void) throws -> (files: Int, pages: Int) {
        let pageURLs = plan.pages.map(\.url)
        // The data files come first: the open-data page shows their sizes.
        var rest = DataFiles(site: site, aggregates: aggregates, pageURLs: pageURLs, feedStylesheet: plan.feedStylesheet).files(plan.dataFiles)
        let views = ViewModels(site: site, aggregates: aggregates, dataFileSizes: DataFiles.sizes(of: rest))
        var files = 0, pages = 0
        for start in stride(from: 0, to: plan.pages.count, by: Self.batchSize) {
            let rendered = try renderAll(Array(plan.pages.dropFirst(start).prefix(Self.batchSize)), views)
            try emit(rendered)
            files += rendered.count
            pages += rendered.filter { $0.path.hasSuffix(".html") }.count
        }
        rest += site.media.map { OutputFile(path: SitePlan.file(of: SitePlan.media($0.relativePath)), copyOf: $0.sourcePath) }
        // Generated pages and files win over static files of the same name.
        let generated = Set(pageURLs.map(SitePlan.file)).union(rest.map(\.path))
        rest += templates.staticFiles.filter { !generated.contains($0.path) }
        try emit(rest)
        return (files + rest.count, pages + rest.filter { $0.path.hasSuffix(".html") }.count)
    }

    /// Builds the view model of each page and renders it, on every core, in order; the first
    /// template error is thrown.
    private func renderAll(_ pages: [SitePlan.Page], _ views: ViewModels) throws -> [OutputFile] {
        let templates = self.templates
        return try parallelMap(pages) { planned -> Result<OutputFile, BuildError>? in
            guard let page = views.page(planned) else { return nil }
            do {
                return .success(OutputFile(path: page.path, bytes: try templates.render(page.template, page.context.templateValue)))
            } catch let error as BuildError {
                return .failure(error)
            } catch {
                return .failure(.template(file: page.template, line: nil, column: nil, message: "\(error)"))
            }
        }.compactMap { try $0?.get() }
    }
}
