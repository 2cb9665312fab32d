/// A failure that is not a content mistake (exit status 2), reported like any problem: as one
/// diagnostic with a stable code, so every output format, JSON included, carries it.
public protocol FailureReport: Error {
    var diagnostic: Diagnostic { get }
}

extension Diagnostic {
    /// The diagnostic of any failure: its own when it has one, else its system error in French.
    public static func failure(_ error: any Error) -> Diagnostic {
        if let report = error as? any FailureReport { return report.diagnostic }
        return Diagnostic(file: "", position: nil, code: .inputOutput, message: SystemErrorText.french(of: error))
    }
}

extension BuildError: FailureReport {
    /// The failure as a diagnostic: the path involved, the place in a template, a stable code.
    public var diagnostic: Diagnostic {
        switch self {
        case let .missingFolder(path, _):
            Diagnostic(file: path, position: nil, code: .missingFolder, message: description)
        case let .template(file, line, column, message):
            Diagnostic(file: file, position: line.map { SourcePosition(line: $0, column: column ?? 1) },
                       code: .invalidTemplate, message: "erreur de gabarit : \(message)")
        case .missingTemplate:
            Diagnostic(file: "", position: nil, code: .missingTemplate, message: description)
        case let .io(path, message):
            Diagnostic(file: path, position: nil, code: .inputOutput, message: message)
        case let .unsafeOutput(path, reason):
            Diagnostic(file: path, position: nil, code: .refusedOutput, message: "dossier de sortie refusé : \(reason)")
        case let .unsafeCache(path, reason):
            Diagnostic(file: path, position: nil, code: .refusedCache, message: "dossier de cache refusé : \(reason)")
        case .invalidBuildDate:
            Diagnostic(file: "", position: nil, code: .invalidBuildDate, message: description)
        }
    }
}
