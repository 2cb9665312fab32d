import Foundation
import Testing

/// The commands the pipelines run (`scripts/ci.sh`, called by `.gitlab-ci.yml` and
/// `.github/workflows/site.yml`) on the example content: every format of `check`, then `build`.
@Suite(.serialized) struct PipelineCommandTests {
    static let root = FTAPProcess.packageRoot
    static let content = root.appendingPathComponent("content").path

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The pipelines call the script with the formats tested here, and the script runs ftap with them.
    @Test func pipelinesRunTheCommandsTestedHere() throws {
        let gitlab = try Self.text(".gitlab-ci.yml"), github = try Self.text(".github/workflows/site.yml")
        let script = try Self.text("scripts/ci.sh")
        #expect(gitlab.contains("scripts/ci.sh check gitlab") && gitlab.contains("scripts/ci.sh site"))
        #expect(github.contains("scripts/ci.sh check github") && github.contains("scripts/ci.sh site"))
        #expect(script.contains(".build/debug/ftap check --format gitlab ${precedent:+--precedent \"$precedent\"} > gl-code-quality-report.json"))
        #expect(script.contains(".build/debug/ftap check --format \"$format\" ${precedent:+--precedent \"$precedent\"}"))
        // The live site's list of addresses, from content/site.yml's address, checked and built against.
        #expect(script.contains("precedent=\"${url%/}/adresses.json\"") && script.contains("site PRECEDENT=\"$precedent\" REDIRECTIONS=\"$redirections\""))
        #expect(gitlab.contains("codequality: gl-code-quality-report.json"))
        // The whole history, which the figures' history is read from (a shallow clone shows none).
        #expect(gitlab.contains("GIT_DEPTH: \"0\"") && !gitlab.contains("--depth=1"))
        #expect(github.components(separatedBy: "fetch-depth: 0").count == 3, "construire et apercu")
    }

    @Test func everyFormatOfCheckAcceptsTheExampleContent() throws {
        let folder = try TemporaryContent()
        for format in ["text", "github", "json", "gitlab"] {
            let result = try FTAPProcess.run(["check", "--content", Self.content, "--format", format], in: folder.root,
                                         environment: FTAPProcess.exampleContentEnvironment)
            #expect(result.status == 0, "\(format) : \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.last?.hasPrefix("Contenu valide — publié : ") == true, "\(format) : \(result.stderr)")
            switch format {
            case "text":
                // Warnings only, each under its file's heading, perhaps with its line (indented).
                #expect(lines.dropLast().allSatisfy { $0.hasPrefix("=== ") || $0.hasPrefix(" ") || $0.contains(": avertissement: ") },
                        "\(result.stderr)")
                #expect(result.stdout.isEmpty)
            case "github":
                #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::warning ") }, "\(result.stderr)")
                #expect(result.stdout.isEmpty)
            case "json":
                let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
                #expect(object["errors"] as? Int == 0)
                #expect(object["diagnostics"] is [Any])
            default:
                let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
                #expect(items.allSatisfy { $0["severity"] as? String == "minor" })
            }
        }
    }

    @Test func buildWritesTheExampleSite() throws {
        let folder = try TemporaryContent()
        let result = try FTAPProcess.run(["build", "--content", Self.content, "--templates", FTAPProcess.templates,
                                          "--output", "public"], in: folder.root, environment: FTAPProcess.exampleContentEnvironment)
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "public")
        for path in ["index.html", "404.html", "donnees/agregats.json", "atom.xml", "sitemap.xml", ".ftap-site"] {
            #expect(files[path] != nil, "\(path) absent")
        }
        let pages = files.keys.filter { $0.hasSuffix(".html") }.count
        let last = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("Site construit dans « public » : \(pages) pages écrites — publié : "), "\(last)")
    }
}
