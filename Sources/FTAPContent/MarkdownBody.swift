import FTAPCore

/// The Markdown text of a content file, parsed once: its HTML and its links, each at its place.
package struct MarkdownBody: Sendable, Hashable {
    /// The Markdown text.
    package var text: String
    /// The file line the text starts on.
    package var firstLine: Int
    /// The HTML fragment (empty when the text was refused as too large).
    package var html: String
    /// Every link and image destination, in the order written, with its place in the file.
    package var links: [MarkdownLink]
    /// Raw HTML written in the text, which safe mode drops from the page, with its place.
    package var droppedHTML: [MarkdownLink] = []

    /// A body not yet parsed (tests, scaffolds); `parse` fills its HTML and links.
    init(text: String, firstLine: Int, html: String = "", links: [MarkdownLink] = []) {
        self.text = text
        self.firstLine = firstLine
        self.html = html
        self.links = links
    }
}

/// A link or image destination written in a Markdown text.
package struct MarkdownLink: Sendable, Hashable {
    package var destination: String
    /// Line and column (in characters) in the file.
    package var position: SourcePosition
    /// An image (`![texte](adresse)`) rather than a link.
    package var isImage = false
    /// The link's text; an image's alternative text.
    package var text = ""
    /// False when Markdown did not read it as a link (its destination holds a space): the page
    /// shows it as written.
    package var wasRead = true
}

extension MarkdownBody {
    /// The largest HTML page a body may give: past it the text is refused, not published.
    static let maximumHTMLBytes = 5_000_000

    /// Parses `text` (which starts at `firstLine` of `file`) after checking it cannot blow up:
    /// a table too large, or a text too long, gets a diagnostic and is not rendered.
    package static func parse(_ text: String, firstLine: Int, file: String) -> (body: MarkdownBody, diagnostics: [Diagnostic]) {
        var body = MarkdownBody(text: text, firstLine: firstLine)
        let megabytes = maximumHTMLBytes / 1_000_000
        let tooLong = Diagnostic(file: file, position: SourcePosition(line: firstLine, column: 1), code: DiagnosticCode.textTooLong,
                                 message: "ce texte donnerait une page de plus de \(megabytes) Mo, trop lourde à lire : découpez-le en plusieurs fichiers ou allégez-le")
        if text.utf8.count > maximumHTMLBytes { return (body, [tooLong]) }
        if let table = MarkdownLimits.oversizedTable(in: text) {
            return (body, [Diagnostic(file: file, position: SourcePosition(line: firstLine + table.line - 1, column: 1),
                                      code: DiagnosticCode.tableTooLarge,
                                      message: tableMessage(table))])
        }
        let output = MarkdownParser.parse(text)
        if output.html.utf8.count > maximumHTMLBytes { return (body, [tooLong]) }
        // A character reference (« &#11; ») writes a control character the file's bytes do not hold.
        if let (_, scalar) = TextDecoding.firstForbiddenCharacter(in: output.html) {
            let place = characterReference(of: scalar, in: text).map { SourcePosition(line: firstLine + $0.line - 1, column: $0.column) }
            return (body, [Diagnostic(file: file, position: place ?? SourcePosition(line: firstLine, column: 1), code: DiagnosticCode.forbiddenCharacter,
                                      message: "le texte écrit un caractère invisible interdit dans une page web, \(TextDecoding.name(of: scalar)), par une référence comme « &#11; » ; retirez-la")])
        }
        body.html = output.html
        let placedAll = placed(output.links, in: text, firstLine: firstLine)
        body.links = zip(output.links, placedAll).filter { !$0.0.isHTML }.map(\.1)
        body.droppedHTML = zip(output.links, placedAll).filter { $0.0.isHTML }.map(\.1)
        return (body, [])
    }

    /// The line and byte column (from 1) of the first occurrence of `needle` in `text`.
    private static func place(of needle: String, in text: String) -> (line: Int, byteColumn: Int)? {
        guard !needle.isEmpty else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    /// The line and column (in characters, from 1 in `text`) of the first character reference
    /// (`&#11;`, `&#x85;`) that writes `scalar`.
    static func characterReference(of scalar: Unicode.Scalar, in text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        let characters = Array(text.unicodeScalars)
        var index = 0
        while index < characters.count {
            let current = characters[index]
            if current == "&", index + 2 < characters.count, characters[index + 1] == "#" {
                let hex = characters[index + 2] == "x" || characters[index + 2] == "X"
                var digits = "", cursor = index + (hex ? 3 : 2)
                while cursor < characters.count, digits.count < 8, characters[cursor].properties.isASCIIHexDigit { digits.unicodeScalars.append(characters[cursor]); cursor += 1 }
                if cursor < characters.count, characters[cursor] == ";", UInt32(digits, radix: hex ? 16 : 10) == scalar.value {
                    return (line, column)
                }
            }
            if current == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return nil
    }

    /// Turns cmark's (line, byte column) places into file lines and character columns, in one
    /// pass over each line that has links, so a line of 100,000 links costs no more than its length.
    private static func placed(_ links: [MarkdownParser.FoundLink], in text: String, firstLine: Int) -> [MarkdownLink] {
        guard !links.isEmpty else { return [] }
        // cmark-gfm's autolinks (a bare https://… in the text) carry no place: found in the text.
        var links = links
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in links.indices where links[index].line < 1 {
            guard let place = place(of: links[index].destination, in: text) else { continue }
            (links[index].line, links[index].byteColumn) = place
            // A destination Markdown did not read: an image when its brackets open with « ![ ».
            if !links[index].wasRead, !links[index].isHTML, place.line <= lines.count {
                let before = lines[place.line - 1].utf8.prefix(max(place.byteColumn - 1, 0))
                if let bracket = before.lastIndex(of: UInt8(ascii: "[")), bracket > before.startIndex,
                   before[before.index(before: bracket)] == UInt8(ascii: "!") {
                    links[index].isImage = true
                }
            }
        }
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        var columns: [Int: [Int: Int]] = [:]
        for (line, group) in Dictionary(grouping: links.map { ($0.line, $0.byteColumn) }, by: \.0) {
            guard line >= 1, line <= lineStarts.count else { continue }
            let start = lineStarts[line - 1]
            var wanted = Set(group.map(\.1)), found: [Int: Int] = [:]
            var character = 1, offset = start
            while offset < bytes.count, !wanted.isEmpty {
                let byteColumn = offset - start + 1
                if wanted.remove(byteColumn) != nil { found[byteColumn] = character }
                if bytes[offset] == 0x0A { break }
                if bytes[offset] & 0xC0 != 0x80 { character += 1 }
                offset += 1
            }
            columns[line] = found
        }
        return links.map { link in
            MarkdownLink(destination: link.destination,
                         position: SourcePosition(line: firstLine + max(link.line, 1) - 1,
                                                  column: columns[link.line]?[link.byteColumn] ?? max(link.byteColumn, 1)),
                         isImage: link.isImage, text: link.text, wasRead: link.wasRead)
        }
    }
}

extension MarkdownBody {
    /// What is wrong with a table past a limit, in numbers an author can check.
    static func tableMessage(_ table: MarkdownLimits.OversizedTable) -> String {
        let advice = "découpez-le ou publiez les données dans un fichier CSV de « media/ »"
        let number = FrenchFormat.integer
        if table.tooWide {
            return "tableau trop large : une ligne de \(number(table.columns)) cases, pour \(MarkdownLimits.maximumColumns) colonnes au plus ; \(advice)"
        }
        let own = table.columns * table.rows
        let size = "\(number(table.columns)) colonnes × \(number(table.rows)) lignes"
        guard table.cellsInText > own else {
            return "tableau trop grand : \(size), soit \(number(own)) cases, pour \(number(MarkdownLimits.maximumCells)) au plus dans un texte ; \(advice)"
        }
        return "tableau trop grand : \(size) (\(number(own)) cases) ; avec les tableaux qui le précèdent, ce texte en compte \(number(table.cellsInText)), pour \(number(MarkdownLimits.maximumCells)) au plus ; \(advice)"
    }
}
