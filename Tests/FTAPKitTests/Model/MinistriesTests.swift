@testable import FTAPModel
import Testing

/// Sheets are grouped by ministry whatever the spelling; the name shown is the spelling of the
/// sheet first in file order, whatever the order the sheets are given in.
@Suite struct MinistriesTests {
    static func sheet(_ name: String, ministry: String, title: String) -> (String, String) {
        let text = TestContent.project(title: title, carrier: "Direction \(name)")
            .replacingOccurrences(of: "  type: administration-centrale\n", with: "  type: administration-centrale\n  ministere: \"\(ministry)\"\n")
        return (name, text)
    }

    @Test func shownNameIsTheFirstSpellingInFileOrder() throws {
        let files = [
            Self.sheet("c", ministry: "Ministère de l'Intérieur", title: "A premier par le titre"),
            Self.sheet("a", ministry: "ministère de l’intérieur", title: "Z dernier par le titre"),
            Self.sheet("b", ministry: "Ministère des Armées", title: "M"),
        ].map { TestContent.file(.project, $0.0, $0.1) }
        let result = TestContent.validate(files)
        #expect(result.diagnostics.isEmpty)
        let projects = try #require(result.content).projects
        for order in [projects, projects.reversed()] {
            let groups = Ministries.groups(of: Array(order))
            // In French index order: « de l’… » before « des … », whatever the case.
            #expect(groups.map(\.name) == ["ministère de l’intérieur", "Ministère des Armées"])
            #expect(groups.map { $0.projects.count } == [2, 1])
        }
    }

    /// Names that differ only by punctuation share a page name; each gets the next free number,
    /// and a name whose own page name ends in a number takes its place first.
    @Test func namesWithOnePageNameGetTheNextFreeNumber() throws {
        let names = ["Ministère A.", "Ministère A", "Ministère A,", "Ministère A 2"]
        let files = names.enumerated().map { index, name in
            Self.sheet("s\(index)", ministry: name, title: "Projet \(index)")
        }.map { TestContent.file(.project, $0.0, $0.1) }
        let result = TestContent.validate(files)
        let projects = try #require(result.content).projects
        let groups = Ministries.groups(of: projects)
        // Listed in French index order (punctuation before digits); numbered in code order.
        #expect(groups.map(\.name) == ["Ministère A", "Ministère A,", "Ministère A.", "Ministère A 2"])
        #expect(groups.map(\.slug) == ["ministere-a", "ministere-a-3", "ministere-a-4", "ministere-a-2"])
    }
}
