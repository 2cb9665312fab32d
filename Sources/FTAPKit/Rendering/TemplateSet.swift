import Foundation
import Mustache

/// The Mustache templates of `templates/` and the static files to copy as they are.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Files under `templates/static/`, copied as they are to the root of the site.
    let staticFiles: [OutputFile]

    /// Loads every `*.mustache` under the folder (names are relative paths without extension).
    public static func load(from folder: String) async throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildError.missingFolder(path: folder, role: "gabarits")
        }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: folder, withExtension: "mustache")
        } catch let error as MustacheLibrary.ParserError {
            throw BuildError.template(file: join(folder, error.filename), line: error.context.lineNumber,
                                      column: error.context.columnNumber, message: String(describing: error.error))
        }
        return TemplateSet(library: library, staticFiles: try listStatic(join(folder, "static")))
    }

    /// Renders one template with a view model; a missing template is a build error.
    func render(_ template: String, _ context: Any) throws -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw BuildError.missingTemplate(name: template)
        }
        return html
    }

    private static func listStatic(_ root: String) throws -> [OutputFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [OutputFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = join(root, relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw BuildError.io(path: path, message: "lecture impossible")
            }
            files.append(relative.hasPrefix("dsfr/") ? OutputFile(path: relative, linkTo: path) : OutputFile(path: relative, copyOf: path))
        }
        return files.sorted { $0.path < $1.path }
    }
}
