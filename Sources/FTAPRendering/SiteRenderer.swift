import FTAPAggregation
import FTAPCore
import FTAPFileSystem
import FTAPModel
import FTAPPlan
import FTAPImages

/// Renders the published site into output files: pages through the templates, feeds and open
/// data in code. Pages render in parallel, a batch at a time, each batch handed to the writer
/// before the next is built, so memory holds one batch of pages, not the site; the data files
/// are made meanwhile on a thread of their own. Markdown bodies were rendered once when their
/// files were read.
package struct SiteRenderer {
    let site: PublishedSite
    let aggregates: Aggregates
    let plan: SitePlan
    let templates: TemplateSet

    /// The photos' `<picture>` markup, from the widths made of each.
    let images: ResponsiveImageMarkup
    /// The format and size said in the links to documents.
    let downloads: DownloadLinkMarkup
    /// The site's path in front of every address, for a site published under a path.
    let prefix: PathPrefixMarkup

    package init(site: PublishedSite, aggregates: Aggregates, plan: SitePlan, templates: TemplateSet) {
        self.site = site
        self.aggregates = aggregates
        self.plan = plan
        self.templates = templates
        images = ResponsiveImageMarkup(site.media.compactMap(\.responsiveImage))
        downloads = DownloadLinkMarkup(site.media)
        prefix = PathPrefixMarkup(baseURL: site.settings.baseURL)
    }
    /// Pages rendered and written together: enough to keep every core busy, few enough that a
    /// batch's bytes stay small. A list page counts for `listPageWeight` pages.
    static let batchWeight = 1024
    /// A list page (up to 200 cards, 280 KB) is about twenty times the size of a project's page.
    static let listPageWeight = 20

    /// What a rendering emitted: how many files and HTML pages, and the view models, for the
    /// caller to free them or not (a command that ends at once leaves that to the system).
    package struct Rendered {
        package var files: Int
        package var pages: Int
        package var views: ViewModels
    }

    /// Renders exactly the files of the plan, handing them to `emit` in batches.
    package func render(emit: ([OutputFile]) throws -> Void) throws -> Rendered {
        let pageURLs = plan.pages.map(\.url)
        // The data files are made beside the pages; the open-data page, which shows their sizes,
        // comes last.
        let dataFiles = BackgroundWork { [site, aggregates, plan] in
            DataFiles(site: site, aggregates: aggregates, plan: plan)
                .files(plan.dataFiles)
                + (plan.redirectPages ? plan.redirects : []).map { OutputFile(path: SitePlan.file(of: $0.from), text: RedirectPage.html($0, baseURL: site.settings.baseURL)) }
        }
        var views = ViewModels(site: site, aggregates: aggregates, dataFileSizes: [:])
        let batched = plan.pages.filter { $0 != .openData }
        var files = 0, pages = 0, classes = Set<String>()
        let collectsClasses = templates.kit != nil
        func emitCounted(_ rendered: [OutputFile], collecting: Bool = true) throws {
            if collectsClasses && collecting { classes.formUnion(Self.classes(in: rendered)) }
            try emit(rendered)
            files += rendered.count
            pages += rendered.filter { $0.path.hasSuffix(".html") }.count
        }
        for batch in Self.batches(batched) {
            try emitCounted(try renderAll(batch, views))
        }
        var rest = dataFiles.value()
        views = views.with(dataFileSizes: DataFiles.sizes(of: rest))
        if plan.pages.contains(.openData) { rest += try renderAll([.openData], views) }
        rest += site.media.flatMap { file -> [OutputFile] in
            guard let image = file.responsiveImage, let hash = file.hash else {
                return [OutputFile(path: SitePlan.file(of: SitePlan.media(file.relativePath)), copyOf: file.sourcePath)]
            }
            return image.variants.map {
                OutputFile(path: SitePlan.file(of: SitePlan.media($0.relativePath)), image: $0, of: file.sourcePath, hash: hash)
            }
        }
        // Generated pages and files win over static files of the same name.
        let generated = Set(pageURLs.map(SitePlan.file)).union(rest.map(\.path))
        var statics = templates.staticFiles.filter { !generated.contains($0.path) }
        // The script of the platforms' videos goes only where a page loads it (as planned).
        if !SitePlan.showsPlatformVideo(site) { statics.removeAll { $0.path == SitePlan.videoScript } }
        if let kit = templates.kit, let index = statics.firstIndex(where: { $0.path == DSFRKit.stylesheet }) {
            classes.formUnion(Self.classes(in: rest))
            let own = try Self.ownAssets(statics)
            classes.formUnion(own.classes)
            statics = statics.map { file in own.stylesheets[file.path].map { OutputFile(path: file.path, bytes: $0) } ?? file }
            statics[index] = OutputFile(path: DSFRKit.stylesheet,
                                        bytes: try kit.stylesheet(classes: classes, deployed: Set(statics.map(\.path)),
                                                                  readElsewhere: own.properties))
            if let script = try kit.script(classes: classes), let index = statics.firstIndex(where: { $0.path == DSFRKit.script }) {
                statics[index] = OutputFile(path: DSFRKit.script, bytes: script)
            }
        }
        // The classes of `rest` were read above, before the stylesheet was made from them.
        try emitCounted(rest + statics, collecting: false)
        return Rendered(files: files, pages: pages, views: views)
    }

    /// The classes of the HTML pages among `files`, read on every core.
    static func classes(in files: [OutputFile]) -> Set<String> {
        parallelMap(files) { file -> Set<String> in
            guard file.path.hasSuffix(".html"), case let .bytes(bytes) = file.contents else { return [] }
            return PageClasses.inPage(bytes)
        }.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    /// What the site's own scripts and stylesheets (outside the DSFR) ask of the DSFR's: the `fr-`
    /// classes the scripts can put on its pages, the custom properties (`var(--…)`) both read;
    /// and the stylesheets as they are deployed, without their comments (by path).
    static func ownAssets(_ statics: [OutputFile]) throws -> (classes: Set<String>, properties: Set<String>, stylesheets: [String: [UInt8]]) {
        var classes = Set<String>(), properties = Set<String>(), stylesheets: [String: [UInt8]] = [:]
        for file in statics where (file.path.hasSuffix(".js") || file.path.hasSuffix(".css")) && !file.path.hasPrefix("dsfr/") {
            guard case let .copy(source) = file.contents else { continue }
            switch RegularFileIO.read(source) {
            case let .success(bytes):
                if file.path.hasSuffix(".js") { classes.formUnion(PageClasses.inScript(bytes)) } else { stylesheets[file.path] = CSSRule.compacted(bytes) }
                properties.formUnion(CustomProperties.references(in: bytes[...]))
            case let .failure(failure):
                throw BuildError.io(path: failure.path, message: "lecture impossible : \(SystemErrorText.french(failure.code))")
            }
        }
        return (classes, properties, stylesheets)
    }

    /// `pages` cut in order into batches of `batchWeight`.
    static func batches(_ pages: [SitePlan.Page]) -> [[SitePlan.Page]] {
        var batches: [[SitePlan.Page]] = [], batch: [SitePlan.Page] = [], weight = 0
        for page in pages {
            batch.append(page)
            weight += Self.weight(of: page)
            if weight >= batchWeight {
                batches.append(batch)
                (batch, weight) = ([], 0)
            }
        }
        return batch.isEmpty ? batches : batches + [batch]
    }

    /// What a page counts for in a batch: a page that lists many items counts for many.
    static func weight(of page: SitePlan.Page) -> Int {
        switch page {
        case .projectList, .testimonials, .siteMap, .corrections, .callYear, .beneficiaryType, .ministries, .ministry, .listPage: listPageWeight
        case .home, .keyFigures, .openData, .search, .notFound, .project, .newsList, .newsItem, .feedSubscription, .freePage, .withdrawn: 1
        }
    }

    /// A rendered page as it is written: without its templates' indentation, its tables
    /// labelled for phones, its photos made responsive and its links to documents saying their
    /// format and size, its addresses under the site's path.
    static func finished(_ html: [UInt8], images: ResponsiveImageMarkup, downloads: DownloadLinkMarkup, prefix: PathPrefixMarkup) -> [UInt8] {
        prefix.applied(to: downloads.applied(to: images.applied(to: TableCellLabels.added(to: HTMLIndentation.removed(from: html)))))
    }

    /// Builds the view model of each page and renders it, on every core, in order; the first
    /// template error is thrown.
    private func renderAll(_ pages: [SitePlan.Page], _ views: ViewModels) throws -> [OutputFile] {
        let templates = self.templates, images = self.images, downloads = self.downloads, prefix = self.prefix
        return try parallelMap(pages) { planned -> Result<OutputFile, BuildError>? in
            guard let page = views.page(planned) else { return nil }
            do {
                let html = try templates.render(page.template, page.context.templateValue, page: page.path)
                return .success(OutputFile(path: page.path, bytes: Self.finished(html, images: images, downloads: downloads, prefix: prefix)))
            } catch let error as BuildError {
                return .failure(error)
            } catch {
                return .failure(.template(file: page.template, line: nil, column: nil, message: "\(error)"))
            }
        }.compactMap { try $0?.get() }
    }
}
