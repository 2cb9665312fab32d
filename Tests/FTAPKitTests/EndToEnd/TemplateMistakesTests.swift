import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import FTAPKit
import Testing

/// Issue 22, point 10: a copy of the real templates with one mistake each, as a designer makes
/// them, refused by every build (`ftap build`, `ftap check`, `ftap serve`) at the template's
/// file, line and column, with what to write.
@Suite(.serialized) struct TemplateMistakesTests {
    /// A copy of `templates/` whose `project.mustache` has line `line` (from 1) changed by `edit`.
    static func templates(editingLine line: Int, of file: String = "project.mustache",
                          _ edit: (String) -> String = { $0 }) throws -> (folder: TemporaryContent, templates: String) {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        let templates = folder.root.appendingPathComponent("gabarits")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: FTAPProcess.templates), to: templates)
        let path = templates.appendingPathComponent(file)
        var lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line - 1] = edit(lines[line - 1])
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        return (folder, templates.path)
    }

    /// `ftap build` with those templates: exit 2, the place and the message.
    static func buildError(_ folder: TemporaryContent, templates: String) throws -> String {
        let result = try FTAPProcess.run(["build", "--templates", templates, "--output", "public"], in: folder.root)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("public").path), "rien n'est publié")
        return result.stderr
    }

    @Test func aMisspeltNameIsRefusedAtItsPlaceWithTheNameMeant() throws {
        let (folder, templates) = try Self.templates(editingLine: 5) { $0.replacingOccurrences(of: "{{title}}", with: "{{titel}}") }
        let stderr = try Self.buildError(folder, templates: templates)
        #expect(stderr.contains("gabarits/project.mustache:5:42: erreur: erreur de gabarit : le nom « titel » n'est donné aux gabarits par aucune page : il s'afficherait vide ; vouliez-vous dire « title » ? [gabarit-invalide]"), "\(stderr)")
        let check = try FTAPProcess.run(["check", "--templates", templates], in: folder.root)
        #expect(check.status == 2 && check.stderr.contains("project.mustache:5:42:"), "\(check.stderr)")
    }

    @Test func aBlockTheParentDoesNotWriteIsRefusedWithTheParentsBlocks() throws {
        let (folder, templates) = try Self.templates(editingLine: 3) { $0.replacingOccurrences(of: "{{$content}}", with: "{{$contenu}}") }
        // Its closing tag too, at the end of the file.
        let path = URL(fileURLWithPath: templates).appendingPathComponent("project.mustache")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "{{/content}}", with: "{{/contenu}}").write(to: path, atomically: true, encoding: .utf8)
        let stderr = try Self.buildError(folder, templates: templates)
        #expect(stderr.contains("project.mustache:3:1: erreur: erreur de gabarit : le bloc « contenu » que project.mustache donne à layout.mustache n'y est écrit nulle part : son texte n'apparaîtrait pas. Dans layout.mustache, ses blocs sont « content », « scripts » ; vouliez-vous dire « content » ?"), "\(stderr)")
    }

    @Test func handlebarsElseIsRefusedWithTheMustacheWay() throws {
        let (folder, templates) = try Self.templates(editingLine: 68) { $0.replacingOccurrences(of: "{{/sources}}", with: "{{else}}<li>Aucune</li>{{/sources}}") }
        let stderr = try Self.buildError(folder, templates: templates)
        #expect(stderr.contains("project.mustache:68:127: erreur: erreur de gabarit : « {{else}} » est une écriture de Handlebars, que Mustache n'a pas : fermez la section par « {{/sources}} », puis écrivez le cas contraire entre « {{^sources}} » et « {{/sources}} »"), "\(stderr)")
    }

    /// The preview shows the template's mistake in the page, and the site again once it is fixed.
    @Test func thePreviewShowsATemplateMistakeAndRecovers() async throws {
        let (folder, templates) = try Self.templates(editingLine: 5)
        let path = URL(fileURLWithPath: templates).appendingPathComponent("project.mustache")
        let good = try String(contentsOf: path, encoding: .utf8)
        let (process, port) = try FTAPProcess.serve(in: folder.root, templates: templates)
        defer { process.terminate() }
        let page = "http://127.0.0.1:\(port)/projets/x/"
        #expect(await Self.wait(for: page) { $0.contains("<h1 data-pagefind-meta=\"kind:Projet\">Projet test</h1>") } != nil)
        try good.replacingOccurrences(of: "{{title}}</h1>", with: "{{titel}}</h1>").write(to: path, atomically: true, encoding: .utf8)
        let error = await Self.wait(for: page) { $0.contains("gabarit-invalide") }
        #expect(error?.contains("ligne 5, colonne 42") == true, "\(error ?? "")")
        try good.write(to: path, atomically: true, encoding: .utf8)
        #expect(await Self.wait(for: page) { $0.contains("Projet test</h1>") } != nil)
    }

    static func wait(for url: String, until condition: (String) -> Bool) async -> String? {
        for _ in 0..<80 {
            if let (data, _) = try? await URLSession.shared.data(from: URL(string: url)!) {
                let body = String(decoding: data, as: UTF8.self)
                if condition(body) { return body }
            }
            try? await Task.sleep(nanoseconds: 250_000_000)
        }
        return nil
    }
}
