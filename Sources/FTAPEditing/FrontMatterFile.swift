/// A content file cut into its front matter's lines and the rest, kept as written: the closing
/// `---` line and the body after it.
struct FrontMatterFile {
    /// The lines between the two `---` lines.
    var yamlLines: [String]
    /// From the closing `---` line to the end of the file.
    var rest: String

    /// The YAML text of the front matter.
    var yaml: String { yamlLines.map { $0 + "\n" }.joined() }

    /// Nil when the file does not start with a `---` line followed, later, by another.
    init?(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, Self.isFence(first) else { return nil }
        guard let closing = lines.dropFirst().firstIndex(where: Self.isFence) else { return nil }
        yamlLines = lines[1..<closing].map(String.init)
        rest = lines[closing...].joined(separator: "\n")
    }

    /// `---`, with trailing spaces allowed, as the splitter reads it.
    static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces == "---"
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var line = self
        while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
        return line
    }
}
