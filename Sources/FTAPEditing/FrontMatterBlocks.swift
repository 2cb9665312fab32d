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

    /// The comments of a block, each from its `#`: lines of their own and ends of lines, outside
    /// quoted values and the text of `|` and `>` blocks.
    func comments(in range: Range) -> [String] {
        var found: [String] = []
        var textIndent: Int?
        for line in range.block.map({ lines[$0] }) {
            let indent = line.prefix { $0 == " " }.count
            if let limit = textIndent, indent > limit || line.allSatisfy(\.isWhitespace) { continue }
            textIndent = nil
            guard let start = Self.commentStart(in: line) else {
                if line.hasSuffix("|") || line.hasSuffix(">") || line.hasSuffix("|-") || line.hasSuffix(">-") { textIndent = indent }
                continue
            }
            found.append(String(line[start...]))
            let value = line[..<start].trimmingCharacters(in: .whitespaces)
            if value.hasSuffix("|") || value.hasSuffix(">") || value.hasSuffix("|-") || value.hasSuffix(">-") { textIndent = indent }
        }
        return found
    }

    /// Where a line's comment starts: a `#` at the start of its text or after a space, outside
    /// quotes (which open only where a value starts).
    static func commentStart(in line: String) -> String.Index? {
        var quote: Character?
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == "\\", open == "\"" {
                    index = line.index(after: index)
                } else if character == open {
                    let next = line.index(after: index)
                    // `''` inside single quotes is one quote.
                    if open == "'", next < line.endIndex, line[next] == "'" { index = next } else { quote = nil }
                }
            } else if character == "#", previous == " " || previous == "\t" {
                return index
            } else if character == "\"" || character == "'", " \t[{,".contains(previous) {
                quote = character
            }
            previous = character
            if index < line.endIndex { index = line.index(after: index) }
        }
        return nil
    }

    /// Where, among `candidates` (lines of a gap), a key is written commented out, as `ftap new`
    /// writes the keys it leaves to the author (`# montant: 24_300_000`), with the commented lines
    /// of its value under it (`#   fichier: …`): the new key takes their place.
    func placeholder(of key: String, in candidates: [Int]) -> [Int]? {
        guard let start = candidates.firstIndex(where: { Self.isPlaceholder(lines[$0], of: key) }) else { return nil }
        var end = start + 1
        while end < candidates.count, candidates[end] == candidates[end - 1] + 1, lines[candidates[end]].hasPrefix("#  ") { end += 1 }
        return Array(candidates[start..<end])
    }

    static func isPlaceholder(_ line: String, of key: String) -> Bool {
        guard line.hasPrefix("#") else { return false }
        var rest = line.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        guard rest.hasPrefix(key + ":") else { return false }
        let after = rest.dropFirst(key.count + 1)
        return after.isEmpty || after.first == " "
    }
}
