import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPFileSystem
@testable import FTAPRendering
@testable import Mustache
import Testing

/// Templates a designer cannot mean are refused when they are read, with the names that explain
/// why: a template that calls itself (its page would never end), a block given twice along one
/// way of calling templates (the inner one would be ignored), sections nested past reason.
@Suite(.serialized) struct TemplateGraphTests {
    static func problem(_ templates: [String: String]) throws -> TemplateGraphCheck.Problem? {
        var parsed: [String: Template] = [:]
        for (name, text) in templates { parsed[name] = try TemplateParser.parse(text) }
        return TemplateGraphCheck.firstProblem(parsed)
    }

    @Test func aTemplateThatCallsItselfIsRefusedWithItsCycle() throws {
        let direct = try #require(try Self.problem(["partials/rec": "<p>{{>partials/rec}}</p>"]))
        #expect(direct.template == "partials/rec")
        #expect(direct.message.contains("partials/rec.mustache → partials/rec.mustache"))
        let through = try #require(try Self.problem(["a": "{{#x}}{{>b}}{{/x}}", "b": "{{>c}}", "c": "{{<a}}{{/a}}"]))
        #expect(through.message.contains("a.mustache → b.mustache → c.mustache → a.mustache"), "\(through.message)")
        // A parent called again from a block given to it comes back through that block.
        let nested = try #require(try Self.problem(["layout": "<main>{{$content}}{{/content}}</main>",
                                                   "page": "{{<layout}}{{$content}}{{<layout}}{{/layout}}{{/content}}{{/layout}}"]))
        #expect(nested.message.contains("layout.mustache → layout.mustache") && nested.message.contains("le bloc « content » de page.mustache"), "\(nested.message)")
        #expect(try Self.problem(["layout": "{{$content}}{{/content}}", "page": "{{<layout}}{{$content}}{{>card}}{{/content}}{{/layout}}", "card": "x"]) == nil)
    }

    @Test func aBlockGivenTwiceIsRefusedWithBothTemplatesNamed() throws {
        let templates = ["layout": "<main>{{$content}}{{/content}}</main>",
                         "page": "{{<layout}}{{$content}}<article>{{>partials/note}}</article>{{/content}}{{/layout}}",
                         "box": "<div>{{$content}}{{/content}}</div>",
                         "partials/note": "{{<box}}{{$content}}Note{{/content}}{{/box}}"]
        let problem = try #require(try Self.problem(templates))
        #expect(problem.template == "partials/note")
        #expect(problem.message.hasPrefix("le bloc « content » de box.mustache est déjà fourni par page.mustache : celui de partials/note.mustache serait ignoré"))
        // Renamed, nothing is shadowed.
        var renamed = templates
        renamed["box"] = "<div>{{$corps}}{{/corps}}</div>"
        renamed["partials/note"] = "{{<box}}{{$corps}}Note{{/corps}}{{/box}}"
        #expect(try Self.problem(renamed) == nil)
    }

    /// Found by `make fuzz FUZZ_TARGET=gabarits`: a block given to the layout that holds a block
    /// of its own name wrote itself until memory ran out.
    @Test func aBlockThatHoldsItsOwnNameIsRefused() throws {
        let layout = "<main>{{$content}}{{/content}}</main>"
        let direct = try #require(try Self.problem(["layout": layout, "page": "{{<layout}}{{$content}}<h1>x</h1>{{$content}}{{/content}}{{/content}}{{/layout}}"]))
        #expect(direct.template == "page")
        #expect(direct.message == "le bloc « content » que page.mustache donne à layout.mustache contient lui-même un bloc « content » (directement) : une page l'écrirait sans fin. Renommez le bloc intérieur")
        let through = try #require(try Self.problem(["layout": layout, "page": "{{<layout}}{{$content}}{{#a}}{{>partials/aside}}{{/a}}{{/content}}{{/layout}}",
                                                    "partials/aside": "<aside>{{$content}}rien{{/content}}</aside>"]))
        #expect(through.message.contains("(par partials/aside.mustache qu'il appelle)"), "\(through.message)")
        // Another block's name inside is what blocks are for.
        #expect(try Self.problem(["layout": layout, "page": "{{<layout}}{{$content}}{{$titre}}t{{/titre}}{{/content}}{{/layout}}"]) == nil)
    }

    /// Whatever the templates, a page ends: sections repeated inside one another over a list
    /// stop at the limit (256 MB; 1 MB here) with a failure, never a build that runs out of memory.
    @Test func aPageTooLargeToWriteIsAFailureNotAnEndlessBuild() throws {
        let nested = String(repeating: "{{#l}}", count: 40) + "xxxxxxxx" + String(repeating: "{{/l}}", count: 40)
        let renderer = TemplateRenderer(templates: ["page": try TemplateParser.parse(nested)], maximumPageBytes: 1 << 20)
        let value = (["l": ["a", "b"]] as TemplateObject).templateValue
        #expect(throws: TemplateRenderer.Failure.pageTooLarge) { try renderer.render(named: "page", with: value) }
        let set = TemplateSet(renderer: renderer, staticFiles: [])
        do {
            _ = try set.render("page", value, page: "projets/index.html")
            Issue.record("a page past the limit must be a build error")
        } catch {
            #expect("\(error)".hasPrefix("page.mustache:?:?: erreur de gabarit : la page « projets/index.html » n'a pas pu être écrite : elle dépasserait 256 Mo"), "\(error)")
        }
        // Partials called one in another past 200 levels (no cycle: each calls the next).
        var chain: [String: Template] = [:]
        for level in 0..<250 { chain["p\(level)"] = try TemplateParser.parse("{{>p\(level + 1)}}") }
        #expect(TemplateGraphCheck.firstProblem(chain) == nil)
        #expect(throws: TemplateRenderer.Failure.tooDeep) { try TemplateRenderer(templates: chain).render(named: "p0", with: value) }
    }

    /// A template is layout: past 1 MB (or 5 MB for all of them) it is refused before it is
    /// read, since parsed it would take some thirty times its size in memory.
    @Test func aTemplateTooLargeIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryContent()
        try folder.write("gabarits/page.mustache", String(repeating: "<p>x</p>\n", count: 120_000))
        let path = folder.root.appendingPathComponent("gabarits").path
        #expect(throws: BuildError.self) { try TemplateSet.renderer(from: path) }
        do {
            _ = try TemplateSet.renderer(from: path)
        } catch {
            #expect("\(error)".contains("page.mustache:?:?: erreur de gabarit : ce gabarit pèse 1,08\u{00A0}Mo, pour 1\u{00A0}Mo au plus"), "\(error)")
        }
        try FileManager.default.removeItem(atPath: path + "/page.mustache")
        for index in 0..<6 { try folder.write("gabarits/p\(index).mustache", String(repeating: "<p>x</p>\n", count: 99_000)) }
        do {
            _ = try TemplateSet.renderer(from: path)
            Issue.record("six templates of 891 kB together must be refused")
        } catch {
            #expect("\(error)".contains("les gabarits pèsent ensemble plus de 5\u{00A0}Mo"), "\(error)")
        }
    }

    @Test func theProjectsTemplatesPass() throws {
        _ = try TemplateSet.renderer(from: FTAPProcess.templates)
    }

    @Test func readingStopsAtAReasonableDepthAndSaysWhereSectionsOpen() {
        let deep = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        #expect(throws: TemplateParser.Failure.self) { try TemplateParser.parse(deep) }
        do {
            _ = try TemplateParser.parse(deep)
        } catch {
            #expect(error.message.contains("plus de 100"))
        }
        do {
            _ = try TemplateParser.parse("<p>\n  {{#projets}}\n  <li>{{titre}}</li>\n</p>\n")
            Issue.record("an unclosed section must be refused")
        } catch {
            #expect(error.line == 2 && error.column == 3, "where it opens: \(error)")
        }
        // A parent in a sub-folder closes with its path.
        #expect((try? TemplateParser.parse("{{<partials/boite}}{{$b}}x{{/b}}{{/partials/boite}}")) != nil)
    }

    /// A recursive partial saved while the preview runs: the preview keeps answering and shows
    /// the error with its cycle in its page.
    @Test func thePreviewSurvivesARecursiveTemplateAndShowsIt() async throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        let templates = folder.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: FTAPProcess.templates), to: templates)
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = FTAPProcess.binary
        process.arguments = ["serve", "--port", String(port)]
        process.currentDirectoryURL = folder.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        func get(_ path: String) async -> String? {
            guard let (data, _) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)" + path)!) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        func waitFor(_ path: String, until condition: (String) -> Bool) async -> String? {
            for _ in 0..<80 {
                if let body = await get(path), condition(body) { return body }
                try? await Task.sleep(nanoseconds: 250_000_000)
            }
            return nil
        }
        #expect(await waitFor("/projets/x/") { $0.contains("Projet test") } != nil)
        try "<p>{{>partials/project-card}}</p>\n".write(to: templates.appendingPathComponent("partials/project-card.mustache"), atomically: true, encoding: .utf8)
        let page = await waitFor("/") { $0.contains("gabarit-invalide") }
        #expect(page?.contains("partials/project-card.mustache → partials/project-card.mustache") == true)
        #expect(process.isRunning)
    }

    @Test func aBlockItsParentDoesNotWriteIsRefusedAtItsTag() throws {
        let layout = "<title>{{$titre}}{{/titre}}</title>\n<main>{{>partials/corps}}</main>"
        let templates = ["layout": layout, "partials/corps": "{{$content}}{{/content}}",
                         "page": "{{<layout}}\n{{$titre}}T{{/titre}}\n  {{$contenu}}x{{/contenu}}\n{{/layout}}"]
        let problem = try #require(try Self.problem(templates))
        #expect(problem.template == "page" && problem.place == TemplatePlace(line: 3, column: 3), "\(problem)")
        #expect(problem.message == "le bloc « contenu » que page.mustache donne à layout.mustache n'y est écrit nulle part : son texte n'apparaîtrait pas. Dans layout.mustache, ses blocs sont « content », « titre » ; vouliez-vous dire « content » ?")
        // A block written by a template the parent calls is the parent's.
        var fixed = templates
        fixed["page"] = "{{<layout}}{{$titre}}T{{/titre}}{{$content}}x{{/content}}{{/layout}}"
        #expect(try Self.problem(fixed) == nil)
        let none = try #require(try Self.problem(["box": "<div></div>", "page": "{{<box}}{{$a}}x{{/a}}{{/box}}"]))
        #expect(none.message.hasSuffix("Dans box.mustache, il n'écrit aucun bloc"), "\(none.message)")
    }
}
