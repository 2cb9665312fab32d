/// How serious a content problem is: an error blocks the build, a warning does not.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    /// The French word printed in text diagnostics.
    var frenchLabel: String {
        switch self {
        case .error: "erreur"
        case .warning: "avertissement"
        }
    }

    /// Errors sort before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}

/// A place in a file: 1-based line and column.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// A place at a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Reading order: by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One problem found in the content, with the place an author must look at and a stable code.
public struct Diagnostic: Sendable, Hashable, Error {
    /// The file path as the command was given it, e.g. `content/projets/x.md`.
    public var file: String
    /// Where in the file; nil for a problem that belongs to the whole file or to no file.
    public var position: SourcePosition?
    /// An error blocks the build; a warning does not.
    public var severity: Severity
    /// A stable kebab-case identifier, e.g. `cle-inconnue`.
    public var code: DiagnosticCode
    /// A plain French sentence a non-developer can act on.
    public var message: String

    /// A problem at a place of a file (nil for the whole file), an error unless said otherwise.
    public init(file: String, position: SourcePosition?, severity: Severity = .error, code: DiagnosticCode, message: String) {
        self.file = file
        self.position = position
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// Orders diagnostics by file, then place, so output is stable whatever the load order.
    public static func sortedForReport(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            if a.file != b.file { return a.file < b.file }
            let pa = a.position ?? SourcePosition(line: 0, column: 0)
            let pb = b.position ?? SourcePosition(line: 0, column: 0)
            if pa != pb { return pa < pb }
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return a.message < b.message
        }
    }
}
