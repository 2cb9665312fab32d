import Foundation
@testable import FTAPCore
import Testing

/// Content quoted in a report can never write a line of its own into a terminal or a CI log: a
/// value holding a line break and a forged `::warning` annotation is shown, not obeyed.
@Suite(.serialized) struct InertReportTests {
    static let forged = "x\\n::warning file=README.md,line=1::FAUX\\u2028::error::FAUX"

    @Test func noReportLineStartsWhereTheContentSays() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteYAML)
        try folder.write("content/projets/p.md", TestContent.project("statut: \"\(Self.forged)\""))
        for format in ["text", "github"] {
            let result = try FTAPProcess.run(["check", "--format", format], in: folder.root)
            #expect(result.status == 1, "\(format) : \(result.stderr)")
            let lines = (result.stdout + result.stderr).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }
            for line in lines {
                #expect(!line.hasPrefix("::warning file=README.md") && !line.hasPrefix("::error::FAUX"), "\(format) : « \(line) »")
                if format == "github", line.hasPrefix("::") { #expect(line.hasPrefix("::error file=content/") || line.hasPrefix("::warning file=content/"), "« \(line) »") }
            }
            #expect((result.stdout + result.stderr).contains("x␊::warning file=README.md,line=1::FAUX<U+2028>::error::FAUX"), "\(format) : the value is shown, visibly")
        }
    }

    @Test func signsForEveryBreakAndControl() {
        #expect(InertText.of("a\nb\rc\u{1B}[31m\u{2028}\u{202E}d\te") == "a␊b␍c␛[31m<U+2028><U+202E>d␉e")
        #expect(InertText.of("Déjà « vu » 12\u{202F}000\u{00A0}€") == "Déjà « vu » 12\u{202F}000\u{00A0}€", "ordinary French text is left alone")
    }
}
