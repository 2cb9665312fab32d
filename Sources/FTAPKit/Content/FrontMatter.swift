/// A content file cut into its YAML front matter and its Markdown body, with the file lines
/// each part starts on, so every later diagnostic can point into the file itself.
struct FrontMatterSplit: Sendable {
    /// The YAML text between the two `---` lines.
    var yaml: String
    /// The file line of the first YAML line.
    var yamlFirstLine: Int
    var body: MarkdownBody
}

enum FrontMatterSplitter {
    /// Cuts decoded text (LF line ends) at its `---` lines, or returns the diagnostic that explains
    /// why it cannot.
    static func split(_ text: String, file: String) -> Result<FrontMatterSplit, Diagnostic> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return .failure(Diagnostic(
                file: file, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.missingFrontMatter,
                message: "le fichier doit commencer par une ligne « --- », suivie des clés (titre, …) puis d'une autre ligne « --- »"))
        }
        guard let end = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            return .failure(Diagnostic(
                file: file, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.unclosedFrontMatter,
                message: "l'en-tête ouvert par « --- » à la ligne 1 n'est jamais fermé : ajoutez une ligne « --- » après la dernière clé"))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlFirstLine: 2,
                                         body: MarkdownBody(text: body, firstLine: end + 2)))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
