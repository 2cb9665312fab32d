/// A linear pass over Markdown text before cmark-gfm sees it. The Debian cmark-gfm
/// (0.29.0.gfm.6) pads every row of a table to its header's width, so N columns and N short
/// rows give N² cells: 14 KB of text gave 40 MB of HTML and 1 GB of memory (upstream fixed the
/// related CVE-2023-37463 later). Tables are counted here, from their delimiter rows, and a text
/// whose tables would exceed the limit is never handed to cmark.
enum MarkdownLimits {
    /// Cells in all the tables of one text; far above any real table, far below what hurts.
    static let maximumCells = 50_000
    /// Cells in one row. cmark-gfm appends each cell of a row to a linked list by walking it, so
    /// a row's cost grows with the square of its cells (a row of 25,000 took 17 s); real tables
    /// have a few dozen columns.
    static let maximumColumns = 200

    /// A table that takes the text past a limit: its header line (1-based in the text), its
    /// columns, its rows (header included) and the cells of every table of the text so far.
    /// `tooWide` when one of its rows, or a row that would start one, has too many cells.
    struct OversizedTable: Equatable {
        var line: Int
        var columns: Int
        var rows: Int
        var cellsInText: Int
        var tooWide = false
    }

    /// The table that takes the text past a limit, if any.
    static func oversizedTable(in text: String) -> OversizedTable? {
        // Every delimiter row holds a « | »: a text without one has no table.
        guard text.utf8.contains(UInt8(ascii: "|")) else { return nil }
        var cells = 0
        var fence: (marker: UInt8, length: Int)?
        var previous: Substring.UTF8View?
        var table: OversizedTable?
        var lineNumber = 0
        let utf8 = text.utf8
        var next: String.UTF8View.Index? = utf8.startIndex
        // Line by line on the byte "\n", without cutting the text into an array first.
        while let start = next {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            next = end < utf8.endIndex ? utf8.index(after: end) : nil
            let line = utf8[start..<end]
            lineNumber += 1
            let content = line.drop { $0 == 0x20 }
            if let open = fence {
                if content.prefix(while: { $0 == open.marker }).count >= open.length { fence = nil }
                continue
            }
            let run = content.prefix { $0 == 0x60 || $0 == 0x7E }
            if run.count >= 3, run.allSatisfy({ $0 == run.first }), let marker = run.first, line.count - content.count < 4 {
                fence = (marker, run.count)
                table = nil
                previous = nil
                continue
            }
            if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                table = nil
            } else if var current = table {
                current.rows += 1
                cells += current.columns
                current.cellsInText = cells
                table = current
                // cmark reads every cell of a row before it drops those past the header's.
                let width = cellCount(Substring(content))
                if width > maximumColumns {
                    return OversizedTable(line: lineNumber, columns: width, rows: 1, cellsInText: cells, tooWide: true)
                }
                if cells > maximumCells { return current }
            } else if let header = previous, let columns = delimiterColumns(Substring(content)), columns > 0 {
                // cmark reads the delimiter row, then the line above it, before it compares them.
                let headerCells = cellCount(Substring(header))
                if max(columns, headerCells) > maximumColumns {
                    return OversizedTable(line: lineNumber - 1, columns: max(columns, headerCells), rows: 2, cellsInText: cells, tooWide: true)
                }
                if headerCells == columns {
                    cells += 2 * columns
                    table = OversizedTable(line: lineNumber - 1, columns: columns, rows: 2, cellsInText: cells)
                    if cells > maximumCells { return table }
                }
            }
            previous = line.isEmpty ? nil : Substring(line).utf8
        }
        return nil
    }

    /// The number of cells of a GFM delimiter row (`| --- | :-: |`), or nil for any other line.
    static func delimiterColumns(_ line: Substring) -> Int? {
        var columns = 0
        var sawDash = false, sawPipe = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "|"):
                if sawDash { columns += 1 }
                sawDash = false
                sawPipe = true
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: ":"), 0x20, 0x09, 0x0D: continue
            default: return nil
            }
        }
        if sawDash { columns += 1 }
        return sawPipe && columns > 0 ? columns : nil
    }

    /// The number of cells of a table row: pipes not escaped by « \ », outer ones optional.
    static func cellCount(_ line: Substring) -> Int {
        let trimmed = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        var count = 1, escaped = false, last: UInt8 = 0
        for byte in trimmed where byte != 0x0D {
            if byte == UInt8(ascii: "|"), !escaped { count += 1 }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            if byte != 0x20 && byte != 0x09 { last = byte }
        }
        if trimmed.first == UInt8(ascii: "|") { count -= 1 }
        if last == UInt8(ascii: "|"), count > 1 || trimmed.first != UInt8(ascii: "|") { count -= 1 }
        return max(count, 1)
    }
}
