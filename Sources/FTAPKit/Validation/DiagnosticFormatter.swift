import Foundation

/// Turns diagnostics into the three output formats of the command line.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    /// The whole report as it is printed: one line per diagnostic for text and github, one object for json.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map(Self.textLine).joined(separator: "\n")
        case .github:
            return diagnostics.map(Self.githubLine).joined(separator: "\n")
        case .json:
            return Self.json(diagnostics)
        }
    }

    static func textLine(_ d: Diagnostic) -> String {
        let place = d.position.map { "\(d.file):\($0.line):\($0.column)" } ?? d.file
        return "\(place): \(d.severity.frenchLabel): \(d.message) [\(d.code)]"
    }

    static func githubLine(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        var properties = ["file=\(escapeProperty(d.file))"]
        if let p = d.position {
            properties.append("line=\(p.line)")
            properties.append("col=\(p.column)")
        }
        properties.append("title=\(escapeProperty(d.code))")
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(d.message))"
    }

    private static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            "{\"file\": \(JSONText.quote(d.file)), \"line\": \(d.position.map { String($0.line) } ?? "null"), "
                + "\"column\": \(d.position.map { String($0.column) } ?? "null"), "
                + "\"severity\": \(JSONText.quote(d.severity.rawValue)), \"code\": \(JSONText.quote(d.code)), "
                + "\"message\": \(JSONText.quote(d.message))}"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let list = items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n ]"
        return "{\"diagnostics\": \(list),\n \"errors\": \(errors), \"warnings\": \(diagnostics.count - errors)}"
    }
}
