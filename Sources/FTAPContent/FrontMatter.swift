import FTAPCore

/// A content file cut into its YAML front matter and its Markdown body, with the file lines
/// each part starts on, so every later diagnostic can point into the file itself.
package struct FrontMatterSplit: Sendable {
    /// The YAML text between the two `---` lines.
    package var yaml: String
    /// The file line of the first YAML line.
    package var yamlFirstLine: Int
    package var body: MarkdownBody
}

package enum FrontMatterSplitter {
    /// Cuts decoded text (LF line ends) at its `---` lines, or returns the diagnostic that explains
    /// why it cannot.
    package static func split(_ text: String, file: String) -> Result<FrontMatterSplit, Diagnostic> {
        let utf8 = text.utf8
        guard isFence(utf8[..<(utf8.firstIndex(of: newline) ?? utf8.endIndex)]) else {
            return .failure(Diagnostic(
                file: file, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.missingFrontMatter,
                message: "le fichier doit commencer par une ligne « --- », suivie des clés (titre, …) puis d'une autre ligne « --- »"))
        }
        // Line by line over the bytes: a line end is always a character boundary of the text.
        var lineNumber = 1
        let firstLineEnd = utf8.firstIndex(of: newline)
        var lineEnd = firstLineEnd
        while let start = lineEnd.map({ utf8.index(after: $0) }), let firstLineEnd {
            lineNumber += 1
            let end = utf8[start...].firstIndex(of: newline)
            if isFence(utf8[start..<(end ?? utf8.endIndex)]) {
                let yamlStart = utf8.index(after: firstLineEnd)
                let yaml = yamlStart < start ? String(text[yamlStart..<utf8.index(before: start)]) : ""
                let body = end.map { String(text[utf8.index(after: $0)...]) } ?? ""
                return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2,
                                                 body: MarkdownBody(text: body, firstLine: lineNumber + 1)))
            }
            lineEnd = end
        }
        return .failure(Diagnostic(
            file: file, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.unclosedFrontMatter,
            message: "l'en-tête ouvert par « --- » à la ligne 1 n'est jamais fermé : ajoutez une ligne « --- » après la dernière clé"))
    }

    private static let newline = UInt8(ascii: "\n")

    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        line.starts(with: "---".utf8) && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
