import Testing
@testable import FTAPKit

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rawHTMLIsDroppedInSafeMode() {
        let html = renderer.html("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(html.contains("href=\"\""))
    }

    @Test func gfmTablesAndStrikethroughRender() {
        let html = renderer.html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~barré~~")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>barré</del>"))
    }

    @Test func parallelRenderingGivesIdenticalOutput() async {
        let source = "~~x~~ et www.exemple.fr et | a |\n|---|\n| b |"
        let expected = renderer.html(source)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { MarkdownRenderer().html(source) } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
