/// Renders the published site into output files: pages through the templates, feeds and open
/// data in code. Pages are independent, so they render in parallel; Markdown bodies were
/// rendered once when their files were read.
struct SiteRenderer {
    let site: PublishedSite
    let aggregates: Aggregates
    let plan: SitePlan
    let templates: TemplateSet

    /// Exactly the files of the plan.
    func render() throws -> [OutputFile] {
        let views = ViewModels(site: site, aggregates: aggregates)
        let pages = views.pages(of: plan)
        let templates = self.templates
        let rendered = parallelMap(pages.map(SendablePage.init)) { box -> Result<OutputFile, BuildError> in
            let page = box.page
            do {
                return .success(OutputFile(path: page.path, text: try templates.render(page.template, ViewContext.prepared(page.context))))
            } catch let error as BuildError {
                return .failure(error)
            } catch {
                return .failure(.template(file: page.template, line: nil, column: nil, message: "\(error)"))
            }
        }
        var files = try rendered.map { try $0.get() }
        files += DataFiles(site: site, aggregates: aggregates, pageURLs: pages.map(\.url)).files(plan.dataFiles)
        files += site.media.map { OutputFile(path: SitePlan.file(of: SitePlan.media($0.relativePath)), copyOf: $0.sourcePath) }
        files += templates.staticFiles
        return Self.deduplicated(files)
    }

    /// Keeps the first file of each path: generated pages win over static files of the same name.
    static func deduplicated(_ files: [OutputFile]) -> [OutputFile] {
        var seen = Set<String>()
        return files.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }
}
