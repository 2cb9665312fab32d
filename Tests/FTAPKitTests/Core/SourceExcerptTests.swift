import Foundation
@testable import FTAPContent
@testable import FTAPCore
import Testing
import TestSupport

/// The faulty line under a diagnostic: the mark lands under the character the column counts
/// (in Unicode scalars), whatever comes before it, and the line is shown as it reads.
@Suite struct SourceExcerptTests {
    /// The characters of the shown line before the mark, and the one under it.
    private func marked(_ excerpt: SourceExcerpt) -> (before: String, under: Character?) {
        let characters = Array(excerpt.text)
        var columns = 0, index = 0
        while index < characters.count, columns < excerpt.markOffset {
            columns += ShownCharacter(characters[index]).width
            index += 1
        }
        return (String(characters.prefix(index)), index < characters.count ? characters[index] : nil)
    }

    @Test func accentedCharactersBeforeTheColumnTakeOneColumnEach() {
        let line = "porteur: {nom: \"Ministère de l'Économie\", type: inconnu}"
        let column = line.unicodeScalars.count - "inconnu}".unicodeScalars.count + 1
        let excerpt = SourceExcerpt(line: line, at: SourcePosition(line: 7, column: column))
        #expect(excerpt.text == line)
        #expect(excerpt.markOffset == line.count - "inconnu}".count)
        #expect(marked(excerpt).under == "i")
    }

    @Test func decomposedAccentCountsTwoScalarsButOneColumn() {
        let line = "re\u{301}sume\u{301}: x"  // « résumé » written with combining accents
        let excerpt = SourceExcerpt(line: line, at: SourcePosition(line: 1, column: 11))
        #expect(excerpt.markOffset == 8)
        #expect(marked(excerpt).under == "x")
    }

    @Test func wideCharactersTakeTwoColumns() {
        let excerpt = SourceExcerpt(line: "日本 x", at: SourcePosition(line: 1, column: 4))
        #expect(excerpt.markOffset == 5)
    }

    @Test func tabIsExpandedAndTheMarkFollowsIt() {
        let excerpt = SourceExcerpt(line: "\tnom:\t\"x\"", at: SourcePosition(line: 3, column: 7))
        #expect(excerpt.text == "    nom:    \"x\"")
        #expect(excerpt.markOffset == 12)
        #expect(excerpt.margin(gutter: 2) + excerpt.text == "  3 |     nom:    \"x\"")
        #expect(excerpt.margin(gutter: 2, numbered: false) + excerpt.mark == "    |             ^")
    }

    @Test func controlAndInvisibleCharactersAreShown() {
        let excerpt = SourceExcerpt(line: "a\u{0}b\u{200B}c\u{7F}", at: SourcePosition(line: 1, column: 5))
        #expect(excerpt.text == "a\u{2400}b<U+200B>c\u{2421}")
        #expect(excerpt.markOffset == 11)
        #expect(marked(excerpt).under == "c")
    }

    @Test func longLineIsShortenedAroundTheColumn() {
        let line = String(repeating: "é", count: 200) + "X" + String(repeating: "a", count: 300)
        let excerpt = SourceExcerpt(line: line, at: SourcePosition(line: 1, column: 201))
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
        #expect(excerpt.text.count <= SourceExcerpt.maximumWidth)
        #expect(marked(excerpt).under == "X")
        let nearEnd = SourceExcerpt(line: line, at: SourcePosition(line: 1, column: 499))
        #expect(nearEnd.text.hasPrefix("…") && !nearEnd.text.hasSuffix("…"))
        #expect(nearEnd.text.count == SourceExcerpt.maximumWidth - 1)
        #expect(marked(nearEnd).under == "a" && nearEnd.markOffset == nearEnd.text.count - 3)
        let nearStart = SourceExcerpt(line: line, at: SourcePosition(line: 1, column: 3))
        #expect(!nearStart.text.hasPrefix("…") && nearStart.text.hasSuffix("…"))
        #expect(nearStart.markOffset == 2)
    }

    /// Any line and any column, even nonsense: no trap, the mark within the shown line or just
    /// after it, and a shortened line no wider than the limit.
    @Test func anyLineAndColumnGiveAMarkInsideTheShownLine() {
        let pool: [String] = ["a", "é", "e\u{301}", "\t", "\u{0}", "\u{200B}", "日", "😀", "\u{301}", "«", "\u{202E}", " "]
        var generator = SeededRandom(seed: 0x5EED)
        func next(_ bound: Int) -> Int { generator.next(bound) }
        for _ in 0..<2_000 {
            let line = (0..<next(300)).map { _ in pool[next(pool.count)] }.joined()
            let column = next(line.unicodeScalars.count + 10) - 3
            let excerpt = SourceExcerpt(line: line, at: SourcePosition(line: 1, column: column))
            let width = excerpt.text.reduce(0) { $0 + ShownCharacter($1).width }
            #expect(excerpt.markOffset <= width, "\(line.debugDescription) \(column)")
            if excerpt.text.hasSuffix("…") || excerpt.text.hasPrefix("…") {
                #expect(width <= SourceExcerpt.maximumWidth, "\(line.debugDescription) \(column)")
            }
        }
    }

    @Test func columnPastTheEndOfTheLineMarksJustAfterIt() {
        let excerpt = SourceExcerpt(line: "clé:", at: SourcePosition(line: 2, column: 40))
        #expect(excerpt.text == "clé:")
        #expect(excerpt.markOffset == 4)
        let empty = SourceExcerpt(line: "", at: SourcePosition(line: 2, column: 1))
        #expect(empty.markOffset == 0)
    }

    @Test func lastLineWithoutLineEndIsKeptAndMissingLinesAreNot() {
        let diagnostics = [3, 4, 9].map { Diagnostic(file: "a.md", position: SourcePosition(line: $0, column: 1), code: .yamlSyntax, message: "m") }
        let lines = SourceLines(for: diagnostics, text: { $0 == "a.md" ? "un\ndeux\ntrois" : nil })
        #expect(lines.line(3, of: "a.md") == "trois")
        #expect(lines.line(4, of: "a.md") == nil)
        #expect(lines.line(9, of: "a.md") == nil)
        #expect(lines.line(1, of: "a.md") == nil, "seules les lignes désignées sont gardées")
        #expect(lines.line(3, of: "b.md") == nil)
    }

    /// The lines come from the bytes the build read, decoded as the parser decoded them: a byte
    /// order mark and CR LF line ends do not shift lines or columns.
    @Test func linesComeFromTheBytesAlreadyReadAsTheParserSawThem() throws {
        let text = "\u{FEFF}---\r\ntitre: \"Projet\"\r\nresume: \"Un résumé.\"\r\nappel: 2019\r\n"
            + "porteur: {nom: \"Ministère\", type: inconnu}\r\nmontant: 1000000\r\n---\r\nCorps.\r\n"
        let file = ContentFile(path: "content/projets/p.md", kind: .project, slug: "p", bytes: Array(text.utf8))
        let source = ContentSource(root: "content", siteSettingsBytes: Array(TestContent.siteYAML.utf8), files: [file])
        let found = try #require(TestContent.diagnostics([file]).first { $0.file == file.path && $0.code == .invalidEnum })
        let position = try #require(found.position)
        #expect(position.line == 5)
        let line = try #require(SourceLines(for: [found], in: source).line(position.line, of: file.path))
        #expect(line == "porteur: {nom: \"Ministère\", type: inconnu}")
        #expect(marked(SourceExcerpt(line: line, at: position)).before == "porteur: {nom: \"Ministère\", type: ")
    }
}
