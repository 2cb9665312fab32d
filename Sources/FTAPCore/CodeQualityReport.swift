/// GitLab's Code Quality report (a JSON array), so that content errors show in merge requests
/// at their file and line. Every diagnostic is written, as in the JSON format.
package enum CodeQualityReport {
    /// Errors block the build (`major`); warnings do not (`minor`).
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        }
    }

    /// Names one diagnostic across runs and machines: GitLab compares the reports of two commits
    /// by fingerprint to tell new problems from fixed ones, and drops entries that share one.
    static func fingerprint(_ d: Diagnostic) -> String {
        let place = d.position.map { "\($0.line):\($0.column)" } ?? "-"
        return StableHash.hex([d.file, place, d.code.rawValue, d.severity.rawValue, d.message].joined(separator: "\u{0}"))
    }

    /// The report: one object per diagnostic, in the order given. A problem without a line is put
    /// on line 1 of its file (GitLab requires a line); one without a file on the current folder.
    static func render(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d in
            "{\"description\": \(JSONText.quote(d.message)), \"check_name\": \(JSONText.quote(d.code.rawValue)), "
                + "\"fingerprint\": \"\(fingerprint(d))\", \"severity\": \"\(severity(d.severity))\", "
                + "\"location\": {\"path\": \(JSONText.quote(d.file.isEmpty ? "." : d.file)), "
                + "\"lines\": {\"begin\": \(d.position?.line ?? 1)}}}"
        }
        return items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n]"
    }
}
