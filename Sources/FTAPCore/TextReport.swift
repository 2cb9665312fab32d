/// The text format, for people in a terminal: the diagnostics grouped by file under a heading,
/// paths relative to the folder the command runs in, and under each diagnostic with a place its
/// line of the file with a mark under the column (when the build kept that line):
///
///     === content/projets/appel.md : 1 erreur ===
///     content/projets/appel.md:12:8: erreur: … [date-invalide]
///      12 | date: 2021-13-01
///         |       ^
///
/// Under a mistake that stopped the checks of its file (`DiagnosticGroups.stopsTheFileChecks`),
/// one line says that the file's other checks wait for it: `    = Les autres vérifications…`.
struct TextReport: Sendable {
    var sources = SourceLines()
    /// The folder paths are shown from; nil shows them as the diagnostics hold them.
    var workingDirectory: String?
    /// Terminal colours: the heading in bold, the mark red under an error, yellow under a warning.
    var colours = false

    func render(_ diagnostics: [Diagnostic]) -> String {
        let grouped = DiagnosticGroups(diagnostics)
        var blocks = grouped.groups.map(block)
        if grouped.hidden > 0 { blocks.append(DiagnosticGroups.hiddenNotice(grouped.hidden)) }
        return blocks.joined(separator: "\n\n")
    }

    private func block(_ group: DiagnosticGroups.Group) -> String {
        let path = InertText.of(DisplayPath.relative(group.file, from: workingDirectory))
        var lines: [String] = []
        if !group.file.isEmpty {
            lines.append(paint("=== \(path) : \(DiagnosticGroups.counted(errors: group.errors, warnings: group.warnings)) ===", "1"))
        }
        let gutter = String(group.shown.compactMap(\.position?.line).max() ?? 0).count
        for (index, diagnostic) in group.shown.enumerated() {
            lines.append(Self.line(diagnostic, path: path))
            if let position = diagnostic.position, let text = sources.line(position.line, of: diagnostic.file) {
                if diagnostic.code.showsLineBefore, position.line > 1, let above = sources.line(position.line - 1, of: diagnostic.file),
                   !above.allSatisfy(\.isWhitespace) {
                    let context = SourceExcerpt(line: above, at: SourcePosition(line: position.line - 1, column: 1))
                    let source = context.margin(gutter: gutter) + context.text
                    lines.append(context.text.isEmpty ? String(source.dropLast()) : source)
                }
                let excerpt = SourceExcerpt(line: text, at: position)
                let source = excerpt.margin(gutter: gutter) + excerpt.text
                lines.append(excerpt.text.isEmpty ? String(source.dropLast()) : source)
                lines.append(excerpt.margin(gutter: gutter, numbered: false) + paint(excerpt.mark, diagnostic.severity == .error ? "31" : "33"))
            }
            if index == group.checksStoppedAfter {
                lines.append(" " + String(repeating: " ", count: gutter) + " = " + DiagnosticGroups.stoppedChecksNotice)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `fichier:ligne:colonne: erreur: message [code]`, the line editors and terminals link to.
    static func line(_ d: Diagnostic, path: String) -> String {
        let place = d.position.map { "\(path):\($0.line):\($0.column)" } ?? path
        return (place.isEmpty ? "" : "\(place): ") + "\(d.severity.frenchLabel): \(InertText.of(d.message)) [\(d.code)]"
    }

    private func paint(_ text: String, _ style: String) -> String {
        colours ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }
}
