import Foundation
import FTAPCore
import FTAPKit

/// Printing and exit codes: 0 done (warnings allowed), 1 content errors, 2 usage, template or I/O error.
enum Report {
    /// The report of the format: on standard output for the formats programs read (json, gitlab),
    /// on standard error for people and CI logs (text, github). The text format shows the lines of
    /// `sources` under their diagnostics, paths from the current folder, in colour on a terminal.
    static func printDiagnostics(_ diagnostics: [Diagnostic], sources: SourceLines? = nil, format: DiagnosticFormat) {
        let text = format.render(diagnostics, sources: sources, workingDirectory: FileManager.default.currentDirectoryPath,
                                 colours: SummaryLine.standardErrorIsATerminal)
        if format.isMachineReport {
            print(text)
        } else if !text.isEmpty {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// The closing line, on standard error in every format (standard output stays the report's).
    static func summary(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A failure that is not a content mistake, reported as one diagnostic in the chosen format;
    /// in the text format with its line of the file (a template's), read for the occasion.
    static func printFailure(_ error: any Error, format: DiagnosticFormat) {
        let failure = [Diagnostic.failure(error)]
        printDiagnostics(failure, sources: format == .text ? SourceLines(reading: failure) : nil, format: format)
    }

    /// A failure that is not a content mistake: reported as above, exit 2.
    static func fail(_ error: any Error, format: DiagnosticFormat) -> Never {
        printFailure(error, format: format)
        exit(2)
    }
}
