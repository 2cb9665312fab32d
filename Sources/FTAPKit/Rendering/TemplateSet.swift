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
        return TemplateSet(library: library, staticFiles: try listStatic(templates: folder))
    }

    /// Renders one template with a view model; a missing template is a build error.
    func render(_ template: String, _ context: Any) throws -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw BuildError.missingTemplate(name: template)
        }
        return html
    }

    private static func listStatic(templates: String) throws -> [OutputFile] {
        try staticFilePaths(in: templates).map { file in
            guard FileManager.default.isReadableFile(atPath: file.absolute) else {
                throw BuildError.io(path: file.absolute, message: "lecture impossible")
            }
            return file.relative.hasPrefix("dsfr/") ? OutputFile(path: file.relative, linkTo: file.absolute)
                                                     : OutputFile(path: file.relative, copyOf: file.absolute)
        }
    }

    /// The files under `<templates>/static/`, relative to it (output paths) and as found on disk.
    static func staticFilePaths(in templates: String) -> [(relative: String, absolute: String)] {
        let root = join(templates, "static")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [(relative: String, absolute: String)] = []
        while let relative = enumerator.nextObject() as? String {
            let path = join(root, relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files.append((relative, path))
        }
        return files.sorted { $0.relative < $1.relative }
    }
}
