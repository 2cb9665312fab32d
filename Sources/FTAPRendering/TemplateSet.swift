import Foundation
import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPPlan
import Mustache

/// The Mustache templates of `templates/` and the static files to copy as they are.
package struct TemplateSet: Sendable {
    let renderer: TemplateRenderer
    /// Files under `templates/static/`, copied as they are to the root of the site.
    let staticFiles: [OutputFile]
    /// The DSFR files the build reads to make the site's stylesheet, when `static/dsfr/` has them.
    let kit: DSFRKit?

    /// The templates of `folder` (see `renderer(from:)`) and its static files as listed now.
    static func load(from folder: String) throws -> TemplateSet {
        TemplateSet(renderer: try renderer(from: folder), staticFiles: staticFiles(in: folder).files)
    }

    /// Parsed templates and the static files of a listing already made (`staticFiles(in:)`), so
    /// a build lists them once, for its plan and its output alike.
    package init(renderer: TemplateRenderer, staticFiles listing: [(relative: String, source: String)]) {
        self.renderer = renderer
        let (deployed, kit) = DSFRKit.split(listing)
        self.kit = kit
        staticFiles = deployed.map { file in
            file.relative.hasPrefix("dsfr/") ? OutputFile(path: file.relative, linkTo: file.source)
                                             : OutputFile(path: file.relative, copyOf: file.source)
        }
    }

    /// The largest template, and all of them together: far above real ones (the largest is
    /// 13 kB), far below what parsing them would cost in memory.
    static let maximumTemplateBytes = 1_000_000
    static let maximumTemplatesBytes = 5_000_000

    /// Loads and parses every `*.mustache` under the folder (names are relative paths without
    /// the extension, e.g. `partials/project-card`), and checks that every partial and parent
    /// template they name exists, that their calls and blocks make sense (`TemplateGraphCheck`)
    /// and that every name they use is one the view models give (`TemplateVocabulary`).
    static func renderer(from folder: String) throws -> TemplateRenderer {
        try read(from: folder).renderer
    }

    /// `renderer(from:)`, with the sections (`id`s) each page template writes.
    package static func read(from folder: String) throws -> (renderer: TemplateRenderer, anchors: PageAnchors) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildError.missingFolder(path: folder, role: "gabarits")
        }
        let suffix = ".mustache"
        let paths = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(suffix) }.sorted()
        var templates: [String: Template] = [:]
        var total = 0
        for relative in paths {
            let path = join(folder, relative)
            // Checked before reading: a template is layout, a few kilobytes; held parsed, it
            // takes some thirty times its size (20 MB took 570 MB).
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            total += size
            if size > maximumTemplateBytes || total > maximumTemplatesBytes {
                let what = size > maximumTemplateBytes
                    ? "ce gabarit pèse \(FrenchFormat.fileSize(size)), pour \(FrenchFormat.fileSize(maximumTemplateBytes)) au plus"
                    : "les gabarits pèsent ensemble plus de \(FrenchFormat.fileSize(maximumTemplatesBytes))"
                throw BuildError.template(file: path, line: nil, column: nil,
                                          message: "\(what) : un gabarit ne tient que la mise en page, les textes vont dans le contenu ; allégez-le")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BuildError.io(path: path, message: "lecture du gabarit impossible")
            }
            do {
                templates[String(relative.dropLast(suffix.count))] = try TemplateParser.parse(String(decoding: data, as: UTF8.self))
            } catch {
                throw BuildError.template(file: path, line: error.line, column: error.column, message: error.message)
            }
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            if let missing = template.partialNames.first(where: { templates[$0] == nil }) {
                throw BuildError.template(file: join(folder, name + suffix), line: nil, column: nil,
                                          message: "le gabarit « \(missing) » qu'il appelle n'existe pas (attendu : \(join(folder, missing + suffix)))")
            }
        }
        if let problem = TemplateGraphCheck.firstProblem(templates) {
            throw BuildError.template(file: join(folder, problem.template + suffix), line: problem.place?.line,
                                      column: problem.place?.column, message: problem.message)
        }
        if let unknown = TemplateVocabulary.firstUnknownName(in: templates) {
            throw BuildError.template(file: join(folder, unknown.template + suffix), line: unknown.place?.line,
                                      column: unknown.place?.column, message: unknown.message)
        }
        return (TemplateRenderer(templates: templates), TemplateAnchors.of(templates))
    }

    /// Renders one template with a view model for the page at `path`; a missing template, or a
    /// page the templates cannot finish, is a build error.
    func render(_ template: String, _ value: TemplateValue, page path: String) throws -> [UInt8] {
        let rendered: [UInt8]?
        do {
            rendered = try renderer.render(named: template, with: value)
        } catch {
            let reason = switch error {
            case .pageTooLarge: "elle dépasserait \(TemplateRenderer.maximumPageBytes >> 20) Mo : une section se répète sans doute dans une autre section qui parcourt la même liste"
            case .tooDeep: "plus de \(TemplateRenderer.maximumDepth) gabarits et blocs s'y appellent les uns dans les autres"
            }
            throw BuildError.template(file: template + ".mustache", line: nil, column: nil,
                                      message: "la page « \(path) » n'a pas pu être écrite : \(reason). Simplifiez le gabarit")
        }
        guard let rendered else { throw BuildError.missingTemplate(name: template) }
        return rendered
    }

    /// The output paths of the static files of a listing that are deployed as they are.
    package static func deployedPaths(_ listing: [(relative: String, source: String)]) -> [String] {
        DSFRKit.split(listing).deployed.map(\.relative)
    }

    /// The regular files under `<templates>/static/`, by output path and real source path, and the
    /// entries that are refused (links out of the templates folder, FIFOs, …) with their reasons.
    /// The DSFR installed with ftap (`installedDSFR`, see `InstalledDSFR`) stands in for a
    /// `static/dsfr/` without stylesheet; a layout that links the DSFR's stylesheet when neither has
    /// it is refused (`dsfr-absent`).
    package static func staticFiles(in templates: String, installedDSFR: String? = nil)
        -> (files: [(relative: String, source: String)], refused: [Diagnostic]) {
        let walk = PublishableFile.walk(join(templates, "static"), boundary: PublishableFile.boundary(of: templates))
        let files = InstalledDSFR.completing(walk.files, from: installedDSFR)
        let missing = InstalledDSFR.missing(in: files, templates: templates, installedFolder: installedDSFR)
        return (files, walk.refused.map(ContentReader.refusedDiagnostic) + (missing.map { [$0] } ?? []))
    }
}
