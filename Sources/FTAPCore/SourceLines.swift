/// The lines of the files that diagnostics point at, so that a report shows each faulty line
/// under its message without reading the file again: the build keeps them from the bytes it
/// already read. Only the lines at a diagnostic's position (and the line before, where the code
/// shows it) are kept, never whole files.
public struct SourceLines: Sendable {
    /// File path as in diagnostics → line number → the line's text, without its line end.
    private var lines: [String: [Int: String]] = [:]

    package init() {}

    /// The lines `diagnostics` point at, taken from the whole texts `text(file)` gives (nil for
    /// a file whose text is not at hand: its diagnostics are shown without their line).
    package init(for diagnostics: [Diagnostic], text: (String) -> String?) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            guard let line = diagnostic.position?.line, line >= 1 else { continue }
            wanted[diagnostic.file, default: []].insert(line)
            if diagnostic.code.showsLineBefore, line > 1 { wanted[diagnostic.file, default: []].insert(line - 1) }
        }
        for (file, numbers) in wanted {
            guard let whole = text(file), let last = numbers.max() else { continue }
            var kept: [Int: String] = [:]
            var number = 0
            for line in whole.split(separator: "\n", omittingEmptySubsequences: false) {
                number += 1
                if number > last { break }
                if numbers.contains(number) { kept[number] = String(line) }
            }
            lines[file] = kept
        }
    }

    /// The text of line `number` of `file` (from 1), without its line end; nil when the file's
    /// text was not at hand or the file has no such line.
    package func line(_ number: Int, of file: String) -> String? {
        lines[file]?[number]
    }
}
