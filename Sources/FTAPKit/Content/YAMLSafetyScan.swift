import Foundation

/// A cheap pass over front matter text before the YAML parser sees it. It refuses what could make
/// the parser or the validator blow up: aliases (the « billion laughs » bomb) and nesting deeper
/// than any content needs (the parser recurses once per level).
enum YAMLSafetyScan {
    static let maximumDepth = 32
    static let maximumBytes = 1_000_000

    enum Problem: Equatable {
        case tooLarge
        case tooDeep(SourcePosition)
        case alias(SourcePosition)
        case tag(SourcePosition)
    }

    static func check(_ yaml: String) -> Problem? {
        if yaml.utf8.count > maximumBytes { return .tooLarge }
        var flowDepth = 0
        var blockScalarIndent: Int?
        var quote: Character?
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let chars = Array(line)
            let indent = chars.prefix { $0 == " " }.count
            if quote == nil, let parent = blockScalarIndent {
                if chars.allSatisfy({ $0 == " " }) || indent > parent { continue }
                blockScalarIndent = nil
            }
            var nodeStart = quote == nil
            var dashes = 0
            var lastSignificant: Character?
            var i = 0
            while i < chars.count {
                let c = chars[i]
                let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                let position = SourcePosition(line: index + 1, column: i + 1)
                if let q = quote {
                    if c == q, q == "'", next == "'" {
                        i += 2
                        continue
                    }
                    if c == q { quote = nil } else if c == "\\", q == "\"" { i += 1 }
                    i += 1
                    continue
                }
                if c == " " || c == "\t" {
                    i += 1
                    continue
                }
                if c == "#", i == 0 || chars[i - 1] == " " || chars[i - 1] == "\t" { break }
                let separated = next == nil || next == " " || next == "\t"
                var opensNode = false
                if nodeStart && c == "!" { return .tag(position) }
                if nodeStart && c == "&" {
                    // An anchor comes before the node it names: skip it, the node still starts after.
                    while i < chars.count, chars[i] != " ", chars[i] != "\t" { i += 1 }
                    continue
                }
                if nodeStart && (c == "\"" || c == "'") {
                    quote = c
                } else if nodeStart && c == "*" {
                    return .alias(position)
                } else if (nodeStart || flowDepth > 0) && (c == "[" || c == "{") {
                    flowDepth += 1
                    if flowDepth > maximumDepth { return .tooDeep(position) }
                    opensNode = true
                } else if flowDepth > 0 && (c == "]" || c == "}") {
                    flowDepth -= 1
                } else if flowDepth > 0 && c == "," {
                    opensNode = true
                } else if nodeStart && (c == "-" || c == "?") && separated {
                    dashes += 1
                    if dashes > maximumDepth { return .tooDeep(position) }
                    opensNode = true
                } else if c == ":" && (separated || flowDepth > 0) {
                    opensNode = true
                }
                lastSignificant = c
                nodeStart = opensNode
                i += 1
            }
            let mayEndBlockHeader = lastSignificant.map { "|>+-".contains($0) || $0.isASCIIDigit } ?? false
            if quote == nil, mayEndBlockHeader, lastSignificant == "|" || lastSignificant == ">" || isBlockHeader(chars) {
                blockScalarIndent = indent
            }
        }
        return nil
    }

    /// True for a line ending in a block scalar header such as `resume: |-` or `- >2`.
    private static func isBlockHeader(_ chars: [Character]) -> Bool {
        var text = String(chars)
        if let hash = text.range(of: " #") { text = String(text[..<hash.lowerBound]) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let marker = trimmed.lastIndex(where: { $0 == "|" || $0 == ">" }) else { return false }
        let indicators = trimmed[trimmed.index(after: marker)...]
        let before = trimmed[..<marker].trimmingCharacters(in: .whitespaces)
        return indicators.allSatisfy({ $0 == "+" || $0 == "-" || $0.isASCIIDigit })
            && (before.hasSuffix(":") || before.hasSuffix("-") || before.isEmpty)
    }
}
