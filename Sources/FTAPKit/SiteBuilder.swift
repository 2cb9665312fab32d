/// The table of contents of a build: load → validate → publish → aggregate → render → write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    private var context: ValidationContext { ValidationContext(buildDate: options.buildDate) }

    /// Validates the content folder and returns every diagnostic, sorted by file and line.
    public func check() throws -> [Diagnostic] {
        try validate().diagnostics
    }

    /// Load and validate, then check the links between pages of the site as it will be published.
    private func validate() throws -> (site: PublishedSite?, diagnostics: [Diagnostic]) {
        let source = try ContentReader(root: options.contentPath).read()
        let (content, diagnostics) = ContentValidator.validate(source, context: context)
        guard let content else { return (nil, diagnostics) }
        let site = PublishedSite(content: content, buildDate: options.buildDate, includeDrafts: options.includeDrafts)
        let statics = TemplateSet.staticFiles(in: options.templatesPath)
        let staticURLs = Set(statics.files.map { "/" + $0.relative })
        let links = InternalLinkRules.check(site: site, content: content, source: source, staticURLs: staticURLs,
                                            newsPerPage: ViewModels.newsPerPage)
        let all = Diagnostic.sortedForReport(diagnostics + statics.refused + links)
        return (all.contains { $0.severity == .error } ? nil : site, all)
    }

    /// Validates, then renders and writes the whole site; writes nothing when any error was found.
    /// Refuses, before reading anything, an output folder that is not ours to replace.
    public func build() async throws -> BuildOutcome {
        let output = try OutputFolder(checking: options.outputPath, contentPath: options.contentPath,
                                      templatesPath: options.templatesPath)
        let (site, diagnostics) = try validate()
        guard let site else { return BuildOutcome(diagnostics: diagnostics) }
        let templates = try await TemplateSet.load(from: options.templatesPath)
        let files = try SiteRenderer(site: site, templates: templates).render()
        let warnings = try SiteWriter(folder: output).write(files)
        return BuildOutcome(diagnostics: diagnostics + warnings,
                            filesWritten: files.count,
                            pagesWritten: files.filter { $0.path.hasSuffix(".html") }.count)
    }
}

/// What a build did: its diagnostics and, when it wrote the site, how much.
public struct BuildOutcome: Sendable {
    public var diagnostics: [Diagnostic]
    public var filesWritten = 0
    public var pagesWritten = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
