/// Renders the published site into output files: pages through the templates, feeds and open
/// data in code. Pages are independent, so they render in parallel; Markdown goes through the
/// one serialised cmark renderer.
struct SiteRenderer {
    let site: PublishedSite
    let templates: TemplateSet
    let markdown = MarkdownRenderer()

    func render() throws -> [OutputFile] {
        let aggregates = Aggregates(projects: site.projects)
        let views = ViewModels(site: site, aggregates: aggregates, markdown: markdown)
        let pages = views.pages()
        var files: [OutputFile] = []
        for page in pages {
            files.append(OutputFile(path: page.path, text: try templates.render(page.template, ViewContext.prepared(page.context))))
        }
        files += DataFiles(site: site, aggregates: aggregates, markdown: markdown, pagePaths: pages.map(\.path)).files()
        files += site.media.map { OutputFile(path: "media/" + $0.relativePath, bytes: $0.bytes) }
        files += templates.staticFiles
        return Self.deduplicated(files)
    }

    /// Keeps the first file of each path: generated pages win over static files of the same name.
    static func deduplicated(_ files: [OutputFile]) -> [OutputFile] {
        var seen = Set<String>()
        return files.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }
}

/// One page to render: where it goes, which template, with which view model.
struct PageSpec {
    var path: String
    var template: String
    var context: [String: Any]
}
