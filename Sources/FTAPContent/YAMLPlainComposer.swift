/// The front matter as authors and `ftap new` write it, read without libyaml: block mappings with
/// plain keys, block sequences, and one-line scalars (plain, or quoted without escapes). It gives
/// exactly the tree `YAMLComposer` gives, places and styles included (a test compares both on
/// every example file and on thousands of variations), and gives nil for anything else — flow
/// collections, block scalars, escapes, comments after a value, tabs, empty values, any doubt —
/// which then goes to libyaml, as does every mistake (libyaml words the message).
/// libyaml costs its buffers and an allocation per event on each file: this is most of a check's
/// YAML time.
package struct YAMLPlainComposer {
    /// One line of the text: where it starts and ends in the bytes, its indentation.
    private struct Line {
        let start: Int
        let end: Int
        let indent: Int
        let number: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The lines that hold something other than spaces and comments.
    private var lines: [Line] = []
    private var current = 0
    private var repeatedKeys: [YAMLComposer.RepeatedKey] = []

    /// The document, or nil when the text is not in the plain subset this reads.
    static func compose(_ text: String) -> YAMLComposer.Document? {
        var text = text
        return text.withUTF8 { bytes in
            guard var composer = YAMLPlainComposer(bytes) else { return nil }
            return composer.document()
        }
    }

    private init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        guard Self.onlyPlainCharacters(bytes) else { return nil }
        var start = 0, number = 1
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: Self.newline) ?? bytes.count
            var indent = 0
            while start + indent < end, bytes[start + indent] == Self.space { indent += 1 }
            let blank = start + indent == end || bytes[start + indent] == UInt8(ascii: "#")
            if !blank { lines.append(Line(start: start, end: end, indent: indent, number: number)) }
            start = end + 1
            number += 1
        }
    }

    /// No tab, carriage return or other control, no line break libyaml knows beyond "\n" (NEL,
    /// U+2028, U+2029), no character it refuses (U+FFFE, U+FFFF, C1 controls), no byte-order mark.
    private static func onlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != newline { return false }
            if byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < bytes.count,
               (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) || (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) { return false }
            index += 1
        }
        return true
    }

    private mutating func document() -> YAMLComposer.Document? {
        guard let first = lines.first, first.indent == 0, let root = mapping(indent: 0, depth: 1),
              current == lines.count else { return nil }
        return YAMLComposer.Document(root: root, repeatedKeys: repeatedKeys)
    }

    /// The block mapping whose keys are at `indent`, from the current line; when `firstKeyAt` is
    /// given, its first key is on the current line after a sequence's dash.
    private mutating func mapping(indent: Int, depth: Int, firstKeyAt: Int? = nil) -> YAMLNode? {
        guard depth <= Self.maximumDepth else { return nil }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: [String: Int] = [:]
        var mark: YAMLMark?
        var keyStart = firstKeyAt
        while current < lines.count {
            let line = lines[current]
            let start: Int
            if let given = keyStart {
                start = given
                keyStart = nil
            } else {
                guard line.indent == indent else { break }
                start = line.start + indent
            }
            guard let (key, afterColon) = self.key(at: start, in: line) else { return nil }
            if mark == nil { mark = key.mark }
            guard let value = value(after: afterColon, in: line, keyIndent: indent, depth: depth) else { return nil }
            let name = key.scalar?.string ?? ""
            // Each key's index in `pairs`, looked up in constant time: a front matter of a
            // hundred thousand keys is read in linear time.
            if let index = seen[name] {
                repeatedKeys.append(YAMLComposer.RepeatedKey(key: name, mark: key.mark, first: pairs[index].key.mark))
            } else {
                seen[name] = pairs.count
                pairs.append((key, value))
            }
        }
        guard let mark else { return nil }
        // A line left more indented than this mapping but not read by it is out of place.
        if current < lines.count, lines[current].indent > indent { return nil }
        return .mapping(pairs, mark)
    }

    /// A plain key of letters, digits, `_` and `-` at `start`, followed by « : » and a space or
    /// the line's end; the byte after the colon.
    private func key(at start: Int, in line: Line) -> (YAMLNode, Int)? {
        guard bytes[start] != UInt8(ascii: "-") else { return nil }
        var index = start
        while index < line.end, Self.isKeyByte(bytes[index]) { index += 1 }
        guard index > start, index < line.end, bytes[index] == UInt8(ascii: ":"),
              index + 1 == line.end || bytes[index + 1] == Self.space else { return nil }
        let scalar = YAMLNode.Scalar(string: text(start..<index), style: .plain, mark: mark(of: start, in: line))
        return (.scalar(scalar), index + 1)
    }

    /// The value of a key: a scalar on its line, or the block on the lines below it.
    private mutating func value(after colon: Int, in line: Line, keyIndent: Int, depth: Int) -> YAMLNode? {
        var start = colon
        while start < line.end, bytes[start] == Self.space { start += 1 }
        if start < line.end {
            guard let value = scalar(from: start, in: line) else { return nil }
            current += 1
            // A more indented line below a scalar would continue it over several lines.
            if current < lines.count, lines[current].indent > keyIndent { return nil }
            return value
        }
        current += 1
        guard current < lines.count else { return nil }
        let next = lines[current]
        if isDash(next) {
            guard next.indent >= keyIndent else { return nil }
            return sequence(indent: next.indent, depth: depth + 1)
        }
        guard next.indent > keyIndent else { return nil }
        return mapping(indent: next.indent, depth: depth + 1)
    }

    /// The block sequence whose dashes are at `indent`, from the current line.
    private mutating func sequence(indent: Int, depth: Int) -> YAMLNode? {
        guard depth <= Self.maximumDepth else { return nil }
        var items: [YAMLNode] = []
        var mark: YAMLMark?
        while current < lines.count, lines[current].indent == indent, isDash(lines[current]) {
            let line = lines[current]
            let dash = line.start + indent
            if mark == nil { mark = self.mark(of: dash, in: line) }
            var start = dash + 1
            while start < line.end, bytes[start] == Self.space { start += 1 }
            guard start < line.end, bytes[start] != UInt8(ascii: "-") else { return nil }
            if self.key(at: start, in: line) != nil {
                let column = start - line.start
                guard let item = mapping(indent: column, depth: depth + 1, firstKeyAt: start) else { return nil }
                items.append(item)
            } else {
                guard let item = scalar(from: start, in: line) else { return nil }
                items.append(item)
                current += 1
                if current < lines.count, lines[current].indent > indent { return nil }
            }
        }
        guard let mark else { return nil }
        return .sequence(items, mark)
    }

    /// A dash followed by a space: a sequence item (a dash alone on its line is left to libyaml).
    private func isDash(_ line: Line) -> Bool {
        let dash = line.start + line.indent
        return dash + 1 < line.end && bytes[dash] == UInt8(ascii: "-") && bytes[dash + 1] == Self.space
    }

    /// A scalar filling the rest of the line from `start`: quoted without escapes and nothing but
    /// spaces after it, or plain without « : », « # » after a space, or any sign YAML gives a meaning.
    private func scalar(from start: Int, in line: Line) -> YAMLNode? {
        let mark = mark(of: start, in: line)
        var end = line.end
        while end > start, bytes[end - 1] == Self.space { end -= 1 }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            guard end - start >= 2, bytes[end - 1] == UInt8(ascii: "\"") else { return nil }
            let inside = start + 1..<end - 1
            guard !bytes[inside].contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return nil }
            return .scalar(.init(string: text(inside), style: .doubleQuoted, mark: mark))
        case UInt8(ascii: "'"):
            guard end - start >= 2, bytes[end - 1] == UInt8(ascii: "'") else { return nil }
            var unquoted: [UInt8] = []
            var index = start + 1
            while index < end - 1 {
                if bytes[index] == UInt8(ascii: "'") {
                    // Inside, a quote is written twice; a single one would close the text early.
                    guard index + 1 < end - 1, bytes[index + 1] == UInt8(ascii: "'") else { return nil }
                    index += 1
                }
                unquoted.append(bytes[index])
                index += 1
            }
            return .scalar(.init(string: String(decoding: unquoted, as: UTF8.self), style: .singleQuoted, mark: mark))
        default:
            guard !Self.indicators.contains(bytes[start]), bytes[end - 1] != UInt8(ascii: ":") else { return nil }
            for index in start..<end - 1 where bytes[index + 1] == UInt8(ascii: "#") || bytes[index + 1] == Self.space {
                let pair = (bytes[index], bytes[index + 1])
                if pair == (UInt8(ascii: ":"), Self.space) || pair == (Self.space, UInt8(ascii: "#")) { return nil }
            }
            return .scalar(.init(string: text(start..<end), style: .plain, mark: mark))
        }
    }

    /// libyaml's place: the line, and the column counted in Unicode scalars, both from 1.
    private func mark(of index: Int, in line: Line) -> YAMLMark {
        let scalars = bytes[line.start..<index].count { $0 & 0xC0 != 0x80 }
        return YAMLMark(line: line.number, column: scalars + 1)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// The characters that give a plain scalar's first character a meaning in YAML.
    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
    /// Far below `YAMLSafetyScan.maximumDepth`: deeper front matter goes to libyaml.
    private static let maximumDepth = 12
}
