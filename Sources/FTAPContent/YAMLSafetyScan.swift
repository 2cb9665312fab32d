import FTAPCore

/// A cheap pass over front matter text before the YAML parser sees it. It refuses what could make
/// the parser or the validator blow up: aliases (the « billion laughs » bomb) and nesting deeper
/// than any content needs (the parser recurses once per level).
package enum YAMLSafetyScan {
    static let maximumDepth = 32
    package static let maximumBytes = 1_000_000

    enum Problem: Equatable {
        case tooLarge
        case tooDeep(SourcePosition)
        case alias(SourcePosition)
        case tag(SourcePosition)
    }

    /// Scans bytes: every character the scan looks for is ASCII, and a byte of a multi-byte
    /// character is never one of them. Columns are counted in Unicode scalars, as libyaml does.
    static func check(_ yaml: String) -> Problem? {
        if yaml.utf8.count > maximumBytes { return .tooLarge }
        var copy = yaml
        return copy.withUTF8 { scan($0) }
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var flowDepth = 0
        var blockScalarIndent: Int?
        var quote: UInt8?
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            let indent = line.prefix { $0 == space }.count
            if quote == nil, let parent = blockScalarIndent {
                if indent == line.count || indent > parent { continue }
                blockScalarIndent = nil
            }
            func position(_ i: Int) -> SourcePosition {
                let column = String(decoding: UnsafeBufferPointer(rebasing: line[..<i]), as: UTF8.self).unicodeScalars.count + 1
                return SourcePosition(line: lineNumber, column: column)
            }
            var nodeStart = quote == nil
            var dashes = 0
            var lastSignificant: UInt8?
            var i = 0
            while i < line.count {
                let c = line[i]
                let next: UInt8? = i + 1 < line.count ? line[i + 1] : nil
                if let q = quote {
                    if c == q, q == UInt8(ascii: "'"), next == UInt8(ascii: "'") {
                        i += 2
                        continue
                    }
                    if c == q { quote = nil } else if c == UInt8(ascii: "\\"), q == UInt8(ascii: "\"") { i += 1 }
                    i += 1
                    continue
                }
                if c == space || c == tab {
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "#"), i == 0 || line[i - 1] == space || line[i - 1] == tab { break }
                let separated = next == nil || next == space || next == tab
                var opensNode = false
                if nodeStart && c == UInt8(ascii: "!") { return .tag(position(i)) }
                if nodeStart && c == UInt8(ascii: "&") {
                    // An anchor comes before the node it names: skip it, the node still starts after.
                    while i < line.count, line[i] != space, line[i] != tab { i += 1 }
                    continue
                }
                if nodeStart && (c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")) {
                    quote = c
                } else if nodeStart && c == UInt8(ascii: "*") {
                    return .alias(position(i))
                } else if (nodeStart || flowDepth > 0) && (c == UInt8(ascii: "[") || c == UInt8(ascii: "{")) {
                    flowDepth += 1
                    if flowDepth > maximumDepth { return .tooDeep(position(i)) }
                    opensNode = true
                } else if flowDepth > 0 && (c == UInt8(ascii: "]") || c == UInt8(ascii: "}")) {
                    flowDepth -= 1
                } else if flowDepth > 0 && c == UInt8(ascii: ",") {
                    opensNode = true
                } else if nodeStart && (c == UInt8(ascii: "-") || c == UInt8(ascii: "?")) && separated {
                    dashes += 1
                    if dashes > maximumDepth { return .tooDeep(position(i)) }
                    opensNode = true
                } else if c == UInt8(ascii: ":") && (separated || flowDepth > 0) {
                    opensNode = true
                }
                lastSignificant = c
                nodeStart = opensNode
                i += 1
            }
            if quote == nil, let last = lastSignificant,
               last == UInt8(ascii: "|") || last == UInt8(ascii: ">") || (isChompingOrIndent(last) && isBlockHeader(line)) {
                blockScalarIndent = indent
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isChompingOrIndent(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || isDigit(byte)
    }

    /// True for a line ending in a block scalar header such as `resume: |-` or `- >2`.
    private static func isBlockHeader(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        if let hash = (0..<max(0, line.count - 1)).first(where: { line[$0] == space && line[$0 + 1] == UInt8(ascii: "#") }) {
            end = hash
        }
        while end > 0, line[end - 1] == space || line[end - 1] == tab { end -= 1 }
        guard let marker = (0..<end).last(where: { line[$0] == UInt8(ascii: "|") || line[$0] == UInt8(ascii: ">") }) else { return false }
        let indicators = line[(marker + 1)..<end]
        var before = marker
        while before > 0, line[before - 1] == space || line[before - 1] == tab { before -= 1 }
        let lastBefore = before > 0 ? line[before - 1] : nil
        return indicators.allSatisfy(isChompingOrIndent)
            && (lastBefore == nil || lastBefore == UInt8(ascii: ":") || lastBefore == UInt8(ascii: "-"))
    }
}
