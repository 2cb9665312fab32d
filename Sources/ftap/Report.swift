import FTAPKit
import Foundation

/// Printing and exit codes: 0 done (warnings allowed), 1 content errors, 2 usage, template or I/O error.
enum Report {
    /// The report of the format: on standard output for the formats programs read (json, gitlab),
    /// on standard error for people and CI logs (text, github).
    static func printDiagnostics(_ diagnostics: [Diagnostic], format: DiagnosticFormat) {
        let text = format.render(diagnostics)
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

    /// A failure that is not a content mistake: reported as one diagnostic in the chosen format, exit 2.
    static func fail(_ error: any Error, format: DiagnosticFormat) -> Never {
        printDiagnostics([Diagnostic.failure(error)], format: format)
        exit(2)
    }
}
