import Foundation

/// Finds the line of a key in a file's text, for rules that run after the YAML tree is gone.
/// A file is decoded again only when a rule has something to report in it.
struct KeyLineFinder {
    private let bytesByPath: [String: [UInt8]]

    init(source: ContentSource) {
        bytesByPath = Dictionary(source.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    private func lines(of file: String) -> [Substring]? {
        guard let bytes = bytesByPath[file], case let .success(text) = TextDecoding.decode(bytes) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The first line whose content (after indentation) starts with `key:`, in the front matter.
    func position(ofKey key: String, in file: String) -> SourcePosition? {
        guard let lines = lines(of: file) else { return nil }
        for (index, line) in frontMatter(lines) {
            let indent = line.prefix { $0 == " " }.count
            if line.dropFirst(indent).hasPrefix(key + ":") {
                return SourcePosition(line: index + 1, column: indent + 1)
            }
        }
        return nil
    }

    /// The line of `value` in the list under `key` (block or flow style), or the key's line.
    func position(ofListItem value: String, under key: String, in file: String) -> SourcePosition? {
        guard let keyPosition = position(ofKey: key, in: file), let lines = lines(of: file) else { return nil }
        for (index, line) in frontMatter(lines) where index + 1 >= keyPosition.line {
            if index + 1 > keyPosition.line, !line.hasPrefix(" "), !line.hasPrefix("-") { break }
            if let range = line.range(of: value) {
                return SourcePosition(line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return keyPosition
    }

    private func frontMatter(_ lines: [Substring]) -> ArraySlice<(offset: Int, element: Substring)> {
        let numbered = Array(lines.enumerated())
        guard let end = numbered.dropFirst().first(where: { $0.element.hasPrefix("---") })?.offset else { return [] }
        return numbered[1..<end]
    }
}
