@testable import FTAPValidation
import Testing

/// `valeur-exemple`: an example text of `ftap new` in a file that is published is an error at its
/// line; a draft may keep it.
@Suite struct ExampleValueRuleTests {
    static let sheet = TestContent.project("sources:\n  - titre: \"\(ScaffoldExample.sourceTitle)\"\n    url: \"https://exemple.fr/\"",
                                           title: ScaffoldExample.projectTitle)
        .replacingOccurrences(of: "Corps du texte.", with: "Intro.\n\n  \(ScaffoldExample.projectBody)  ")

    @Test func examplesInAPublishedSheetAreErrorsAtTheirLines() {
        let diagnostics = TestContent.diagnostics(project: Self.sheet).filter { $0.code == .exampleValue }
        #expect(diagnostics.codesAndLines == ["valeur-exemple@2", "valeur-exemple@10", "valeur-exemple@15"])
        #expect(diagnostics.map(\.message).contains { $0.hasPrefix("« sources[1].titre » a encore le texte d'exemple") })
    }

    @Test func aDraftMayKeepThem() {
        let draft = Self.sheet.replacingOccurrences(of: "---\nIntro.", with: "brouillon: true\n---\nIntro.")
        #expect(TestContent.diagnostics(project: draft).isEmpty)
    }

    @Test func aRealTextThatMerelyContainsAnExampleIsNotOne() {
        let sheet = TestContent.project(title: "\(ScaffoldExample.projectTitle) : la suite")
        #expect(TestContent.diagnostics(project: sheet).isEmpty)
    }
}
