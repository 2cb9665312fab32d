/// The lines of each top-level key of a front matter: from its key line to the last line that
/// belongs to its value (indented lines, `- ` items at the margin, blank lines inside), and the
/// lines after it up to the next key (blank lines and comments at the margin, which stay).
struct FrontMatterBlocks {
    /// The lines of one key: its block and the gap that follows.
    struct Range {
        var block: [Int]
        var gap: [Int]
    }

    /// The lines before the first key (comments, blank lines).
    var leading: [Int]
    /// By key, in the file's order.
    var ranges: [Range]
    private let lines: [String]

    /// `keyLines`: the 0-based line of each top-level key, in order.
    init(lines: [String], keyLines: [Int]) {
        self.lines = lines
        leading = Array(0..<(keyLines.first ?? lines.count))
        var ranges: [Range] = []
        for (index, start) in keyLines.enumerated() {
            let next = index + 1 < keyLines.count ? keyLines[index + 1] : lines.count
            var end = start + 1
            // The value goes on while lines are indented, blank, or `- ` items at the margin.
            while end < next, Self.continues(lines[end]) { end += 1 }
            // Blank lines at its end belong to the gap.
            while end > start + 1, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
            ranges.append(Range(block: Array(start..<end), gap: Array(end..<next)))
        }
        self.ranges = ranges
    }

    /// Whether a line after a key still belongs to its value.
    static func continues(_ line: String) -> Bool {
        line.allSatisfy(\.isWhitespace) || line.first == " " || line.first == "\t" || line == "-" || line.hasPrefix("- ")
    }

    /// Whether a block holds a comment: a line of its own, or after the value on the key's line
    /// (a `#` after a space that the value itself does not hold).
    func holdsComment(_ range: Range, scalar: String?) -> Bool {
        let inner = range.block.dropFirst().contains { lines[$0].drop { $0 == " " || $0 == "\t" }.hasPrefix("#") }
        guard let first = range.block.first else { return inner }
        let keyLine = lines[first]
        return inner || (keyLine.contains(" #") && !(scalar?.contains(" #") ?? false))
    }
}
