import Foundation
@testable import FTAPCore
import Testing

/// The text format for people: grouped by file, paths from the current folder, the faulty line
/// under each diagnostic; the formats programs read stay as they were.
@Suite struct TextReportTests {
    static let project = "/site/content/projets/appel.md"
    static let settings = "/site/content/site.yml"
    static let diagnostics = [
        Diagnostic(file: project, position: SourcePosition(line: 12, column: 8), code: .invalidDate,
                   message: "la date « 2021-13-01 » n'existe pas"),
        Diagnostic(file: settings, position: nil, severity: .warning, code: .unexpectedFile, message: "réglage à vérifier"),
        Diagnostic(file: project, position: SourcePosition(line: 3, column: 1), code: .unknownKey,
                   message: "clé inconnue « titr » ; vouliez-vous dire « titre » ?"),
        Diagnostic(file: project, position: nil, severity: .warning, code: .invalidSlug, message: "nom à revoir"),
    ]
    static let sources = SourceLines(for: diagnostics) { file in
        file == project ? "---\nresume: \"x\"\ntitr: L'été\n" + String(repeating: "\n", count: 8) + "date: 2021-13-01\n---\n" : nil
    }

    @Test func diagnosticsAreGroupedByFileWithTheFaultyLineUnderEach() {
        let text = DiagnosticFormat.text.render(Self.diagnostics, sources: Self.sources, workingDirectory: "/site")
        #expect(text == """
        === content/projets/appel.md : 2 erreurs et 1 avertissement ===
        content/projets/appel.md: avertissement: nom à revoir [nom-de-fichier-invalide]
        content/projets/appel.md:3:1: erreur: clé inconnue « titr » ; vouliez-vous dire « titre » ? [cle-inconnue]
          3 | titr: L'été
            | ^
        content/projets/appel.md:12:8: erreur: la date « 2021-13-01 » n'existe pas [date-invalide]
         12 | date: 2021-13-01
            |        ^

        === content/site.yml : 1 avertissement ===
        content/site.yml: avertissement: réglage à vérifier [fichier-inattendu]
        """)
    }

    @Test func aDiagnosticWithoutItsLineAtHandIsPrintedAlone() {
        let text = DiagnosticFormat.text.render([Self.diagnostics[0]], workingDirectory: "/site")
        #expect(text == "=== content/projets/appel.md : 1 erreur ===\n"
                + "content/projets/appel.md:12:8: erreur: la date « 2021-13-01 » n'existe pas [date-invalide]")
        let failure = Diagnostic(file: "", position: nil, code: .inputOutput, message: "disque plein")
        #expect(DiagnosticFormat.text.render([failure]) == "erreur: disque plein [erreur-entree-sortie]")
    }

    /// A YAML syntax error stops the checks of its file: one line under it says so, once, so
    /// that an author expects the file's other mistakes after fixing it.
    @Test func aMistakeThatStopsTheFileSaysTheOtherChecksWait() {
        let yaml = Diagnostic(file: Self.project, position: SourcePosition(line: 12, column: 10), code: .yamlSyntax, message: "syntaxe YAML : apostrophe")
        let slug = Diagnostic(file: Self.project, position: nil, code: .invalidSlug, message: "nom à revoir")
        let sources = SourceLines(for: [yaml]) { _ in String(repeating: "\n", count: 11) + "titre: 'L'appel 2021'\n" }
        let text = DiagnosticFormat.text.render([yaml, slug], sources: sources, workingDirectory: "/site")
        #expect(text == """
        === content/projets/appel.md : 2 erreurs ===
        content/projets/appel.md: erreur: nom à revoir [nom-de-fichier-invalide]
        content/projets/appel.md:12:10: erreur: syntaxe YAML : apostrophe [yaml-syntaxe]
         12 | titre: 'L'appel 2021'
            |          ^
            = Les autres vérifications de ce fichier reprendront une fois cette erreur corrigée : d'autres erreurs peuvent alors apparaître.
        """)
        let alone = DiagnosticFormat.text.render([yaml], workingDirectory: "/site")
        #expect(alone.hasSuffix("[yaml-syntaxe]\n    = Les autres vérifications de ce fichier reprendront une fois cette erreur corrigée : d'autres erreurs peuvent alors apparaître."))
    }

    @Test func markIsColouredBySeverityOnlyWhenAsked() {
        var warning = Self.diagnostics[0]
        warning.severity = .warning
        let plain = DiagnosticFormat.text.render(Self.diagnostics, sources: Self.sources)
        #expect(!plain.contains("\u{1B}"))
        let coloured = DiagnosticFormat.text.render(Self.diagnostics, sources: Self.sources, colours: true)
        #expect(coloured.contains("    | \u{1B}[31m       ^\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1m=== /site/content/projets/appel.md : 2 erreurs et 1 avertissement ===\u{1B}[0m"))
        let yellow = DiagnosticFormat.text.render([warning], sources: Self.sources, colours: true)
        #expect(yellow.contains("\u{1B}[33m       ^\u{1B}[0m"))
    }

    @Test func formatsForProgramsKeepPathsAndLayout() {
        let github = DiagnosticFormat.github.render(Self.diagnostics, sources: Self.sources, workingDirectory: "/site", colours: true)
        #expect(github.split(separator: "\n").count == 4)
        #expect(github.hasPrefix("::error file=/site/content/projets/appel.md,line=12,col=8,title=date-invalide::"))
        let json = DiagnosticFormat.json.render(Self.diagnostics, sources: Self.sources, workingDirectory: "/site")
        #expect(json == DiagnosticFormat.json.render(Self.diagnostics))
        #expect(json.contains("\"file\": \"/site/content/projets/appel.md\""))
        #expect(DiagnosticFormat.gitlab.render(Self.diagnostics, sources: Self.sources, workingDirectory: "/site")
                == DiagnosticFormat.gitlab.render(Self.diagnostics))
    }

    @Test func pathsAreShownFromTheWorkingDirectory() {
        #expect(DisplayPath.relative("/site/content/x.md", from: "/site") == "content/x.md")
        #expect(DisplayPath.relative("/site/content/x.md", from: "/site/outils/") == "../content/x.md")
        #expect(DisplayPath.relative("./content//x.md", from: "/site") == "content/x.md")
        #expect(DisplayPath.relative("../site/content/x.md", from: "/site") == "content/x.md")
        #expect(DisplayPath.relative("/tmp/content/x.md", from: "/site") == "/tmp/content/x.md")
        #expect(DisplayPath.relative("content/x.md", from: nil) == "content/x.md")
        #expect(DisplayPath.relative("", from: "/site") == "")
    }
}
