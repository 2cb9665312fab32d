/// Gathers the diagnostics of one file while its readers walk it; never stops at the first.
package final class DiagnosticCollector {
    let file: String
    /// Added to a YAML line to give the file line.
    package let lineOffset: Int
    package private(set) var diagnostics: [Diagnostic] = []
    /// The place of the values that rules over several files point at, by full key
    /// (`porteur.type`, `projets[2]`), so they can point at a line without reading the file again.
    package var places: [String: SourcePosition] = [:]
    package static let maximumPerFile = 200

    package init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Records a problem at a file position (see `shift` for YAML marks); past the cap, one note says the rest is left out.
    package func error(_ code: DiagnosticCode, _ message: String, at position: SourcePosition?, severity: Severity = .error) {
        guard diagnostics.count <= Self.maximumPerFile else { return }
        if diagnostics.count == Self.maximumPerFile {
            diagnostics.append(Diagnostic(file: file, position: position, code: DiagnosticCode.tooManyErrors,
                                          message: "plus de \(Self.maximumPerFile) problèmes dans ce fichier : les suivants ne sont pas affichés"))
            return
        }
        diagnostics.append(Diagnostic(file: file, position: position, severity: severity, code: code, message: message))
    }

    /// Records a problem found by another reader of the file (the Markdown of a transcript).
    package func record(_ diagnostic: Diagnostic) {
        error(diagnostic.code, diagnostic.message, at: diagnostic.position, severity: diagnostic.severity)
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// True once the cap is reached: further problems are not recorded, so not worth describing.
    package var isFull: Bool { diagnostics.count > Self.maximumPerFile }
}
