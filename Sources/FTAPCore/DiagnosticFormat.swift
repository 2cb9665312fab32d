import Foundation

/// Turns diagnostics into the output formats of the command line.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// For people: by file, `fichier:ligne:colonne: erreur: message [code]` and the faulty line.
    case text
    /// GitHub Actions annotations, shown on the lines of a commit or pull request.
    case github
    /// One object with every diagnostic and the counts (DESIGN.md's contract).
    case json
    /// GitLab's Code Quality report, shown in merge requests.
    case gitlab

    /// Diagnostics printed for one file, and in all, by the text and github formats: past them a
    /// terminal or a CI log is unreadable. The JSON report always holds every diagnostic.
    static let printedPerFile = DiagnosticGroups.shownPerFile
    /// See `printedPerFile`.
    static let printedInAll = DiagnosticGroups.shownInAll

    /// The whole report as it is printed. Text: the diagnostics grouped by file, each with the
    /// faulty line of the file and a mark under its column when `sources` holds that line, paths
    /// relative to `workingDirectory`, colours only when `colours` is true (a terminal). Github:
    /// one annotation per diagnostic. Both within the limits above, then one line counting the
    /// rest. Json: one object; gitlab: one array. Only the text format uses the last three
    /// arguments: the others are read by programs and keep the paths as the diagnostics hold them.
    public func render(_ diagnostics: [Diagnostic], sources: SourceLines? = nil, workingDirectory: String? = nil,
                       colours: Bool = false) -> String {
        switch self {
        case .text:
            return TextReport(sources: sources ?? SourceLines(), workingDirectory: workingDirectory, colours: colours)
                .render(diagnostics)
        case .github:
            return Self.limited(diagnostics, Self.githubLine)
        case .json:
            return Self.json(diagnostics)
        case .gitlab:
            return CodeQualityReport.render(diagnostics)
        }
    }

    /// True for the formats read by a program from standard output (json, gitlab): everything
    /// meant for people goes to standard error instead.
    public var isMachineReport: Bool {
        switch self {
        case .text, .github: false
        case .json, .gitlab: true
        }
    }

    private static func limited(_ diagnostics: [Diagnostic], _ line: (Diagnostic) -> String) -> String {
        var lines: [String] = []
        var perFile: [String: Int] = [:]
        var hidden = 0
        for diagnostic in diagnostics {
            let count = perFile[diagnostic.file, default: 0]
            perFile[diagnostic.file] = count + 1
            if count >= printedPerFile || lines.count >= printedInAll {
                hidden += 1
            } else {
                lines.append(line(diagnostic))
            }
        }
        if hidden > 0 { lines.append(DiagnosticGroups.hiddenNotice(hidden)) }
        return lines.joined(separator: "\n")
    }

    static func githubLine(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : "warning"
        var properties = d.file.isEmpty ? [] : ["file=\(escapeProperty(d.file))"]
        if let p = d.position {
            properties.append("line=\(p.line)")
            properties.append("col=\(p.column)")
        }
        properties.append("title=\(escapeProperty(d.code.rawValue))")
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(d.message))"
    }

    /// GitHub's escapes for a workflow command, on a text made inert first: a line break in a
    /// value is shown, never a new line of the log.
    private static func escapeData(_ s: String) -> String {
        InertText.of(s).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            "{\"file\": \(JSONText.quote(d.file)), \"line\": \(d.position.map { String($0.line) } ?? "null"), "
                + "\"column\": \(d.position.map { String($0.column) } ?? "null"), "
                + "\"severity\": \(JSONText.quote(d.severity.rawValue)), \"code\": \(JSONText.quote(d.code.rawValue)), "
                + "\"message\": \(JSONText.quote(d.message))}"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let list = items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n ]"
        return "{\"diagnostics\": \(list),\n \"errors\": \(errors), \"warnings\": \(diagnostics.count - errors)}"
    }
}
