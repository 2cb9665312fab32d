import Foundation
@testable import FTAPContent
import Testing
import TestSupport

/// Thousands of damaged copies of a valid sheet (bytes flipped, YAML punctuation inserted, lines
/// cut or repeated): validation must answer each with diagnostics, never crash or hang.
@Suite struct MutationTests {
    /// A deterministic generator, so a failure can be replayed.
    typealias Generator = SeededRandom

    /// Every key, plus a block scalar under an unknown key for the mutations to break.
    static let seedText = TestContent.completeSheet("resume_long: |\n  * point")

    static let fragments: [[UInt8]] = ["[", "]", "{", "}", ":", "- ", "&a ", "*a", "!!str ", "\"", "'", "|", ">", "#", "\t",
                                       "\n", "---\n", "? ", "%YAML 1.1\n", "\u{FEFF}", "é", "\r\n", "\0", "~", "@"].map { Array($0.utf8) }

    static func mutate(_ bytes: [UInt8], _ g: inout Generator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &g) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &g)
            switch Int.random(in: 0..<5, using: &g) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &g)
            case 1: bytes.insert(contentsOf: fragments.randomElement(using: &g)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &g)))
            case 3: bytes = Array(bytes[..<at])
            default:
                let end = min(bytes.count, at + Int.random(in: 1...40, using: &g))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            }
        }
        return bytes
    }

    @Test func damagedSheetsGiveDiagnosticsNeverACrash() {
        var g = Generator(seed: 20_261_125)
        let original = Array(Self.seedText.utf8)
        var withDiagnostics = 0
        for round in 0..<3_000 {
            let bytes = Self.mutate(original, &g)
            let file = ContentFile(path: "content/projets/m\(round).md", kind: .project, slug: "m\(round)", bytes: bytes)
            let result = TestContent.validate([file])
            if !result.diagnostics.isEmpty { withDiagnostics += 1 }
            #expect(result.diagnostics.allSatisfy { !$0.message.isEmpty && !$0.code.rawValue.isEmpty })
            #expect(result.diagnostics.allSatisfy { $0.position.map { $0.line >= 1 && $0.column >= 1 } ?? true })
        }
        // The seed has an unknown key (resume_long), so a damaged copy is reported unless the damage
        // happens to make a valid file (an inserted `---` line that ends the front matter early).
        #expect(withDiagnostics >= 2_950)
    }
}
