/// The faulty line shown under a diagnostic, as the best compilers show it: its number in a
/// margin, its text made visible (`ShownCharacter`) and, when too long, shortened around the
/// column, and a mark « ^ » under the character the diagnostic points at.
///
///      12 | titre: L'appel 2021
///         |        ^
package struct SourceExcerpt: Sendable, Equatable {
    /// The line number in the file, from 1.
    var lineNumber: Int
    /// The line as shown: tabs expanded, invisible characters made visible, « … » where it is cut.
    package var text: String
    /// Columns of `text` before the marked character.
    var markOffset: Int

    /// Lines wider than this many columns are shown around the column only.
    static let maximumWidth = 100

    /// The excerpt of `line` (the text of line `position.line`, without its line end) marking the
    /// character at `position.column`, counted in Unicode scalars like every column of ftap; a
    /// column past the end of the line marks the place just after its last character.
    package init(line: String, at position: SourcePosition, maximumWidth: Int = SourceExcerpt.maximumWidth) {
        let scalarsBefore = max(position.column, 1) - 1
        var cells: [ShownCharacter] = []
        var mark: Int?
        var scalars = 0
        for character in line {
            let count = character.unicodeScalars.count
            if mark == nil, scalarsBefore < scalars + count { mark = cells.count }
            cells.append(ShownCharacter(character))
            scalars += count
        }
        let marked = mark ?? cells.count
        let (first, end) = Self.window(cells.map(\.width), around: marked, width: maximumWidth)
        var text = first > 0 ? "…" : ""
        var offset = text.count
        for (index, cell) in cells.enumerated() where index >= first && index < end {
            if index < marked { offset += cell.width }
            text += cell.text
        }
        if end < cells.count { text += "…" }
        self.lineNumber = position.line
        self.text = text
        self.markOffset = offset
    }

    /// The cells to show, from `first` to before `end`: all when they fit in `width` columns, else
    /// as many as fit (less two columns for the « … ») with the mark about a third of the way in,
    /// or all the end of the line when the mark is near it.
    static func window(_ widths: [Int], around mark: Int, width: Int) -> (first: Int, end: Int) {
        guard widths.reduce(0, +) > width else { return (0, widths.count) }
        let room = max(width, 20) - 2
        var first = min(mark, widths.count), before = 0
        while first > 0, before + widths[first - 1] <= room / 3 {
            first -= 1
            before += widths[first]
        }
        var end = first, used = 0
        while end < widths.count, used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        while first > 0, used + widths[first - 1] <= room {
            first -= 1
            used += widths[first]
        }
        return (first, end)
    }

    /// The margin before the line, ` 12 | `, with the number right-aligned in `gutter` digits;
    /// without the number, `    | `, the margin before the mark.
    package func margin(gutter: Int, numbered: Bool = true) -> String {
        let number = numbered ? String(lineNumber) : ""
        return " " + String(repeating: " ", count: max(0, gutter - number.count)) + number + " | "
    }

    /// The mark under the line, after its margin: `       ^`.
    package var mark: String {
        String(repeating: " ", count: markOffset) + "^"
    }
}
