import Foundation
import Mustache

/// The Mustache templates of `templates/` and the static files to copy as they are.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Files under `templates/static/`, copied as they are to the root of the site.
    let staticFiles: [OutputFile]

    /// Loads every `*.mustache` under the folder (names are relative paths without extension).
    static func load(from folder: String) async throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildError.missingFolder(path: folder, role: "gabarits")
        }
        MustacheContentTypes.register(FastHTMLEscaping(), named: FastHTMLEscaping.name)
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: folder, withExtension: "mustache")
        } catch let error as MustacheLibrary.ParserError {
            throw BuildError.template(file: join(folder, error.filename), line: error.context.lineNumber,
                                      column: error.context.columnNumber, message: templateProblem(String(describing: error.error)))
        } catch {
            throw BuildError.io(path: folder, message: "lecture des gabarits impossible : \(SystemErrorText.french(of: error))")
        }
        return TemplateSet(library: library, staticFiles: listStatic(templates: folder))
    }

    /// French words for swift-mustache's parser errors, which it names in English.
    static func templateProblem(_ name: String) -> String {
        let words = [
            "sectionCloseNameIncorrect": "la balise de fin de section ne porte pas le nom de la section ouverte",
            "unfinishedName": "balise « {{ » jamais refermée par « }} »",
            "expectedSectionEnd": "section ouverte par « {{#nom}} » jamais refermée par « {{/nom}} »",
            "invalidSetDelimiter": "changement de délimiteurs « {{= =}} » mal écrit",
            "transformAppliedToInheritanceSection": "transformation interdite sur une section d'héritage",
            "illegalTokenInsideInheritSection": "balise interdite dans une section d'héritage",
            "textInsideInheritSection": "texte interdit dans une section d'héritage",
            "invalidConfigVariableSyntax": "réglage « {{% … }} » mal écrit",
            "unrecognisedConfigVariable": "réglage « {{% … }} » inconnu",
        ]
        return words[name] ?? "gabarit mal formé"
    }

    /// Renders one template with a view model; a missing template is a build error.
    func render(_ template: String, _ context: Any) throws -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw BuildError.missingTemplate(name: template)
        }
        return html
    }

    private static func listStatic(templates: String) -> [OutputFile] {
        staticFiles(in: templates).files.map { file in
            file.relative.hasPrefix("dsfr/") ? OutputFile(path: file.relative, linkTo: file.source)
                                             : OutputFile(path: file.relative, copyOf: file.source)
        }
    }

    /// The regular files under `<templates>/static/`, by output path and real source path, and the
    /// entries that are refused (links out of the templates folder, FIFOs, …) with their reasons.
    static func staticFiles(in templates: String) -> (files: [(relative: String, source: String)], refused: [Diagnostic]) {
        let walk = PublishableFile.walk(join(templates, "static"), boundary: PublishableFile.boundary(of: templates))
        return (walk.files, walk.refused.map(ContentReader.refusedDiagnostic))
    }
}
