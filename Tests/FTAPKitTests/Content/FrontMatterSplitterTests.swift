@testable import FTAPContent
import Testing

@Suite("Front matter splitting")
struct FrontMatterSplitterTests {
    /// The split as (yaml, first body line, body), or the diagnostic code.
    static func cut(_ text: String) -> String {
        switch FrontMatterSplitter.split(text, file: "f.md") {
        case let .success(split): "\(split.yaml.debugDescription) \(split.body.firstLine) \(split.body.text.debugDescription)"
        case let .failure(diagnostic): diagnostic.code.rawValue
        }
    }

    @Test("Cuts at the two fence lines and keeps the body's first line number", arguments: [
        ("---\ntitre: a\n---\nCorps\n", "\"titre: a\" 4 \"Corps\\n\""),
        ("---\n---\n", "\"\" 3 \"\""),
        ("---\ntitre: a\n---", "\"titre: a\" 4 \"\""),
        ("--- \t\na: 1\nb: 2\n---  \n\nTexte\n--- \nfin", "\"a: 1\\nb: 2\" 5 \"\\nTexte\\n--- \\nfin\""),
        ("---\nt: « é » 😀\n---\nÉté", "\"t: « é » 😀\" 4 \"Été\""),
        ("---\n\n\n---\nx", "\"\\n\" 5 \"x\""),
        ("---", "entete-non-fermee"),
        ("---\ntitre: a\n----\n", "entete-non-fermee"),
        ("titre: a\n---\n", "entete-absente"),
        (" ---\n---\n", "entete-absente"),
    ])
    func cuts(text: String, expected: String) {
        #expect(Self.cut(text) == expected)
    }
}
