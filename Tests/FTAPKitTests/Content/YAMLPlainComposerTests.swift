import Foundation
@testable import FTAPContent
@testable import FTAPOutput
import Testing

/// The plain reader gives libyaml's tree exactly (texts, styles, places, repeated keys) whenever it
/// reads a text at all, and it does read what authors and `ftap new` write.
@Suite struct YAMLPlainComposerTests {
    /// Every front matter of the example content and of `ftap new`'s scaffolds.
    static let frontMatters: [String] = {
        let folder = FTAPProcess.packageRoot.appendingPathComponent("content")
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects.compactMap { $0 as? String } ?? []
        var texts = files.filter { $0.hasSuffix(".md") }.sorted().compactMap { relative -> String? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8),
                  case let .success(split) = FrontMatterSplitter.split(text, file: relative) else { return nil }
            return split.yaml
        }
        texts.append(contentsOf: ContentKind.allCases.compactMap { kind in
            guard case let .success(split) = FrontMatterSplitter.split(ContentScaffold.text(for: kind, today: TestContent.buildDate), file: "x") else { return nil }
            return split.yaml
        })
        texts.append(TestContent.completeSheetKeys)
        return texts
    }()

    static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a, b) {
        case let (.scalar(x), .scalar(y)):
            return x.string == y.string && x.style == y.style && x.mark == y.mark
        case let (.mapping(x, markX), .mapping(y, markY)):
            return markX == markY && x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        case let (.sequence(x, markX), .sequence(y, markY)):
            return markX == markY && x.count == y.count && zip(x, y).allSatisfy(same)
        default:
            return false
        }
    }

    /// Nil when the plain reader declines the text; else whether libyaml agrees in every point.
    static func agrees(_ text: String) -> Bool? {
        guard let plain = YAMLPlainComposer.compose(text) else { return nil }
        guard let reference = try? YAMLComposer.compose(text), let root = reference.root, let plainRoot = plain.root else {
            return false
        }
        // Names, places of the repeats and of the first writings alike.
        return same(plainRoot, root) && plain.repeatedKeys == reference.repeatedKeys
    }

    @Test func readsWhatAuthorsWriteAsLibYAMLDoes() {
        #expect(Self.frontMatters.count > 20)
        let declined = Self.frontMatters.filter { Self.agrees($0) == nil }
        // The example content and the scaffolds stay in the plain subset (flow lists aside).
        #expect(declined.count <= Self.frontMatters.count / 5, "\(declined.prefix(3))")
        for text in Self.frontMatters where Self.agrees(text) == false {
            Issue.record("different trees for:\n\(text)")
        }
    }

    @Test func repeatedKeysIndentlessListsQuotesAndAccentsAsLibYAML() {
        let texts = [
            "a: 1\nb: 2\na: 3\n",
            "porteur:\n  nom: x\n  nom: y\nporteur: z\n",
            "leviers:\n- a\n- b\nstatut: x\n",
            "titre: 'L''appel 2021'\nnom: \"Élise « é » ü\"\n",
            "é: x\n",
            "titre: Ça va : oui\n",
            "titre: ok # commentaire\n",
            "jalons:\n  - date: 2020-01-01\n    libelle: \"Étape\"\n  - date: 2021-01-01\n    libelle: b\n",
            "sources:\n  -   titre: x\n      url: y\n",
            "a:\n  b:\n    c: d\n  e: f\ng: h\n",
            "# commentaire\na: b\n\n   # autre\nc: d",
            "a: b\n  c: d\n",
            "a:\n  - b\n   - c\n",
            "url: https://exemple.fr/a#b?c=d:e\n",
        ]
        for text in texts where Self.agrees(text) == false {
            Issue.record("different trees for:\n\(text)")
        }
        #expect(Self.agrees("a: 1\nb: 2\na: 3\n") == true)
        #expect(Self.agrees("porteur:\n  nom: x\n  nom: y\nporteur: z\n") == true)
        #expect(YAMLPlainComposer.compose("a: 1\nb: 2\na: 3\na: 4\n")?.repeatedKeys == [
            .init(key: "a", mark: YAMLMark(line: 3, column: 1), first: YAMLMark(line: 1, column: 1)),
            .init(key: "a", mark: YAMLMark(line: 4, column: 1), first: YAMLMark(line: 1, column: 1)),
        ])
        #expect(Self.agrees("leviers:\n- a\n- b\nstatut: x\n") == true)
    }

    /// Thousands of variations of the real files, each edit one an author could make by mistake:
    /// whenever the plain reader reads one, libyaml must read the same.
    @Test func variationsNeverDisagree() {
        var generator = SeededGenerator(seed: 2026)
        let edits = [" ", ":", ": ", "-", "- ", "#", " #", "\"", "'", "''", "\n", "\n  ", "\n- ", "é", "x", "  ", "\t", "[", "{",
                     "|", ">", "&", "*", "!", "…", "\u{2028}", "\u{00A0}", "a:", "\n\n", "---", "\\"]
        var read = 0, disagreements: [String] = []
        for round in 0..<4_000 {
            var bytes = Array(Self.frontMatters[round % Self.frontMatters.count].utf8)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0...bytes.count, using: &generator)
                if Bool.random(using: &generator) {
                    bytes.insert(contentsOf: Array(edits.randomElement(using: &generator)!.utf8), at: at)
                } else {
                    bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4, using: &generator)))
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            switch Self.agrees(text) {
            case true?: read += 1
            case false?: disagreements.append(text)
            case nil: break
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
        #expect(read > 1_000, "the plain reader should read most light variations")
    }
}

/// A small reproducible generator (SplitMix64), so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
