import Foundation
@testable import FTAPContent
@testable import FTAPCore
import Testing

@Suite struct MarkdownParserTests {
    func html(_ text: String) -> String { MarkdownParser.parse(text).html }

    @Test func rawHTMLIsDroppedInSafeMode() {
        let html = html("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(html.contains("href=\"\""))
    }

    @Test func gfmTablesAndStrikethroughRender() {
        let html = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~barré~~")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>barré</del>"))
    }

    /// A Markdown table is framed as the DSFR's table component, with its headings' scope and
    /// the DSFR's alignment classes (HTML no longer allows `align`); an author's own markup that
    /// looks like a table stays text.
    @Test func tablesTakeTheDSFRsMarkup() {
        let html = html("| Année | Montant | Centre |\n|---|--:|:-:|\n| 2019 | 12 M€ | x |\n\n`<table>` <table>")
        #expect(html.hasPrefix(MarkdownTables.frameStart + "\n<thead>\n<tr>\n<th scope=\"col\">Année</th>\n<th scope=\"col\" class=\"fr-cell--right\">Montant</th>\n<th scope=\"col\" class=\"fr-cell--center\">Centre</th>"))
        #expect(html.contains("<td>2019</td>\n<td class=\"fr-cell--right\">12\u{A0}M€</td>\n<td class=\"fr-cell--center\">x</td>"))
        #expect(html.contains(MarkdownTables.frameEnd))
        #expect(!html.contains("align="))
        #expect(html.contains("<code>&lt;table&gt;</code>"))
        #expect(html.components(separatedBy: "<table>").count == 2)
    }

    @Test func footnoteBackLinksAreLabelledInFrench() {
        let html = html("Texte[^1].\n\n[^1]: Note.")
        #expect(html.contains("aria-label=\"Retour au texte\""))
        #expect(!html.contains("Back to content"))
    }

    @Test func parallelRenderingGivesIdenticalOutput() async {
        // Every extension, footnotes and smart punctuation: parsing is locked, rendering is not.
        let source = "~~x~~ et www.exemple.fr[^1] « \"cité\" »\n\n| a | b |\n|---|--:|\n| *c* | [d](/e/) |\n\n- [x] fait\n\n[^1]: Note."
        let expected = html(source)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<2000 { group.addTask { MarkdownParser.parse(source).html } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func linksCarryTheirFileLineAndCharacterColumn() {
        let (body, problems) = MarkdownBody.parse("Texte.\n\nÉté : [a](/x/) et ![b](/media/b.png)\n", firstLine: 5, file: "f.md")
        #expect(problems.isEmpty)
        #expect(body.links.map(\.destination) == ["/x/", "/media/b.png"])
        #expect(body.links.map(\.position) == [SourcePosition(line: 7, column: 7), SourcePosition(line: 7, column: 19)])
    }

    /// The table that made cmark-gfm write 40 MB from 14 KB: refused before cmark sees it.
    @Test func quadraticTableIsRefusedBeforeParsing() {
        let columns = 150
        let text = "Intro.\n\n|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
            + String(repeating: "x\n", count: 2_000)
        let (body, problems) = MarkdownBody.parse(text, firstLine: 10, file: "f.md")
        #expect(problems.map(\.code) == [DiagnosticCode.tableTooLarge])
        #expect(problems.first?.position?.line == 12)
        #expect(problems.first?.message.hasPrefix("tableau trop grand : 150 colonnes × 334 lignes, soit 50\u{202F}100 cases, pour 50\u{202F}000 au plus dans un texte") == true,
                "\(problems.first?.message ?? "")")
        #expect(body.html.isEmpty)
        // Counted over the text: the message says what the tables before it hold.
        let two = "|" + String(repeating: "a|", count: 100) + "\n|" + String(repeating: "-|", count: 100) + "\n" + String(repeating: "x\n", count: 300)
        let (_, both) = MarkdownBody.parse(two + "\n" + two, firstLine: 1, file: "f.md")
        #expect(both.first?.message.contains("avec les tableaux qui le précèdent, ce texte en compte 50\u{202F}100") == true, "\(both.first?.message ?? "")")
    }

    /// cmark-gfm reads a row's cells in quadratic time (25,000 columns: 17 s): a row of more
    /// than 200 cells is refused where it is, whether it is the header, the delimiter row, a
    /// row of the table, or a line above a delimiter row it does not match.
    @Test func aTableTooWideIsRefusedAtItsRow() throws {
        let wide = 25_000
        let header = "|" + String(repeating: "a|", count: wide), delimiter = "|" + String(repeating: "-|", count: wide)
        let cases: [(text: String, line: Int)] = [
            ("Intro.\n\n" + header + "\n" + delimiter + "\n", 3),
            ("| a |\n|---|\n| 1 |\n" + header + "\n", 4),
            (header + "\n|---|\n", 1),
            ("| a |\n" + delimiter + "\n", 1),
        ]
        for (text, line) in cases {
            let (body, problems) = MarkdownBody.parse(text, firstLine: 1, file: "f.md")
            let problem = try #require(problems.first)
            #expect(problem.code == DiagnosticCode.tableTooLarge)
            #expect(problem.position?.line == line)
            #expect(problem.message.hasPrefix("tableau trop large : une ligne de 25\u{202F}000 cases, pour 200 colonnes au plus"), "\(problem.message)")
            #expect(body.html.isEmpty)
        }
        let (_, fine) = MarkdownBody.parse("|" + String(repeating: "a|", count: 200) + "\n|" + String(repeating: "-|", count: 200) + "\n", firstLine: 1, file: "f.md")
        #expect(fine.isEmpty)
    }

    @Test func ordinaryTablesAndTablesInCodeAreAccepted() {
        let table = "| a | b |\n|:--|--:|\n" + String(repeating: "| 1 | 2 |\n", count: 500)
        let fenced = "```\n|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n"
            + String(repeating: "x\n", count: 1_000) + "```\n"
        for text in [table, fenced] {
            let (body, problems) = MarkdownBody.parse(text, firstLine: 1, file: "f.md")
            #expect(problems.isEmpty)
            #expect(!body.html.isEmpty)
        }
    }

    @Test func textWhosePageWouldBeTooHeavyIsRefused() {
        let text = String(repeating: "Un paragraphe de texte du projet, assez long pour peser.\n\n", count: 100_000)
        let (body, problems) = MarkdownBody.parse(text, firstLine: 4, file: "f.md")
        #expect(problems.map(\.code) == [DiagnosticCode.textTooLong])
        #expect(body.html.isEmpty)
    }
}

/// French typography in Markdown: text nodes only.
@Suite struct MarkdownTypographyTests {
    func html(_ text: String) -> String { MarkdownParser.parse(text).html }

    @Test func codeSpansCodeBlocksAndLinkDestinationsAreUntouched() {
        #expect(html("Le `code : l'a \"x\"` et [le 1er lien](https://x.fr/l'a?b=1) !")
            == "<p>Le <code>code : l'a &quot;x&quot;</code> et <a href=\"https://x.fr/l&#x27;a?b=1\">le 1<sup>er</sup> lien</a>\u{202F}!</p>\n")
        #expect(html("```\nl'a : \"b\" 1er\n```") == "<pre><code>l'a : &quot;b&quot; 1er\n</code></pre>\n")
    }

    @Test func quotesAroundEmphasisBecomeGuillemets() {
        #expect(html("Il a dit \"*oui*\" : \"non \"peut-être\" ici\".")
            == "<p>Il a dit «\u{202F}<em>oui</em>\u{202F}»\u{A0}: «\u{202F}non “peut-être” ici\u{202F}».</p>\n")
    }

    /// cmark's smart punctuation (not this typography) curls the image's apostrophe.
    @Test func imageDescriptionsAndAutolinksAreUntouched() {
        #expect(html("![l'image : 1er](/media/x.png) www.exemple.fr/l'a?b")
            == "<p><img src=\"/media/x.png\" alt=\"l’image : 1er\" /> <a href=\"http://www.exemple.fr/l&#x27;a?b\">www.exemple.fr/l'a?b</a></p>\n")
    }

    /// cmark's table cells take no custom node: there, ordinals keep their endings on the line.
    @Test func ordinalsInHeadingsAndTablesAndSpacesAcrossEmphasis() {
        #expect(html("## Le 4e comité\n\n| XXIe | 3,5 % |\n|---|---|\n| *Attention* ! | 4 525 € |")
            == "<h2>Le 4<sup>e</sup> comité</h2>\n" + MarkdownTables.frameStart + "\n<thead>\n<tr>\n<th scope=\"col\">XXIe</th>\n<th scope=\"col\">3,5\u{A0}%</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><em>Attention</em>\u{202F}!</td>\n<td>4\u{202F}525\u{A0}€</td>\n</tr>\n</tbody>\n" + MarkdownTables.frameEnd + "\n")
    }
}
