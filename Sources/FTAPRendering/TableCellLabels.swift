/// Every table of a page made readable on a phone: each data cell of its body and foot is given
/// its column's heading (`data-label`), and the table the class `stackableClass`, which `ftap.css`
/// reads to show each row as a block of « heading : value » lines on a narrow screen, where the
/// columns would not fit (no value cut at the screen's edge, nothing to scroll sideways).
/// The table stays a table: its headings, scopes and caption are unchanged, and the labels are
/// shown, never read (the stylesheet gives them an empty alternative text).
///
/// Runs on every rendered page, so that the templates' tables and the tables authors write in
/// Markdown get it alike. A table is left as it is when its headings cannot be read as one row
/// of column headings (no `thead`, several heading rows, a `rowspan`), or when it holds a table.
package enum TableCellLabels {
    /// The class a labelled table gets.
    static let stackableClass = "ftap-stackable"

    /// `html` with its tables labelled; the same bytes when it has none.
    static func added(to html: [UInt8]) -> [UInt8] {
        let open = Array("<table".utf8), close = Array("</table>".utf8)
        guard var start = HTMLScan.find(open, in: html, from: 0) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(html.count + html.count / 8)
        var copied = 0
        while true {
            guard HTMLScan.startsName(html, at: start + 1, Name.table),
                  let end = HTMLScan.find(close, in: html, from: start) else {
                guard let next = HTMLScan.find(open, in: html, from: start + open.count) else { break }
                start = next
                continue
            }
            let table = Array(html[start..<end])
            if HTMLScan.find(open, in: table, from: open.count) == nil, let labels = columnLabels(of: table) {
                output += html[copied..<start]
                output += labelled(table, with: labels)
                copied = end
            }
            guard let next = HTMLScan.find(open, in: html, from: end + close.count) else { break }
            start = next
        }
        output += html[copied...]
        return output
    }

    /// The element names the passes look for, in lower case.
    private enum Name {
        static let table = Array("table".utf8), thead = Array("thead".utf8), tr = Array("tr".utf8)
        static let th = Array("th".utf8), td = Array("td".utf8), button = Array("button".utf8)
    }

    /// One element's tag as the table's markup holds it.
    private struct Tag {
        var name: [UInt8]
        var isClosing: Bool
        var range: Range<Int>
    }

    /// The tag at `index` (a `<`), or nil for a comment or anything that is not a tag.
    private static func tag(in html: [UInt8], at index: Int) -> Tag? {
        var cursor = index + 1
        let isClosing = cursor < html.count && html[cursor] == 0x2F
        if isClosing { cursor += 1 }
        let nameStart = cursor
        while cursor < html.count, CSSScan.isNameByte(html[cursor]), html[cursor] < 0x80 { cursor += 1 }
        guard cursor > nameStart else { return nil }
        let name = html[nameStart..<cursor].map(CSSScan.lowercased)
        return Tag(name: name, isClosing: isClosing, range: index..<HTMLScan.endOfTag(html, at: index))
    }

    /// The heading of each column, from the one row of `thead` (a heading that spans columns
    /// repeated over them), with the text of its buttons left out (a sort button's « Trier par
    /// montant accordé »); nil when the headings are not one row of simple cells.
    private static func columnLabels(of table: [UInt8]) -> [[UInt8]]? {
        guard let head = HTMLScan.find(Array("<thead".utf8), in: table, from: 0),
              let headEnd = HTMLScan.find(Array("</thead>".utf8), in: table, from: head) else { return nil }
        var labels: [[UInt8]] = [], rows = 0
        var text: [UInt8]?, span = 1, buttons = 0
        var index = head
        while index < headEnd {
            guard table[index] == 0x3C, let tag = tag(in: table, at: index) else {
                if buttons == 0 { text?.append(table[index]) }
                index += 1
                continue
            }
            switch (tag.name, tag.isClosing) {
            case (Name.tr, false):
                rows += 1
            case (Name.th, false), (Name.td, false):
                if HTMLScan.attribute("rowspan", in: table[tag.range]) != nil { return nil }
                span = columns(of: table[tag.range])
                text = []
            case (Name.th, true), (Name.td, true):
                let label = collapsedSpaces(text ?? [])
                labels += Array(repeating: label, count: min(span, 1_000))
                text = nil
            case (Name.button, let closing):
                buttons = max(0, buttons + (closing ? -1 : 1))
            default:
                // An element inside a heading separates words as a space would (`<br>`).
                if text != nil, buttons == 0 { text?.append(0x20) }
            }
            index = tag.range.upperBound
        }
        return rows == 1 && !labels.isEmpty ? labels : nil
    }

    /// The table with its class and each body and foot cell's label.
    private static func labelled(_ table: [UInt8], with labels: [[UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(table.count * 2)
        var index = 0, column = 0, inHead = false, isFirst = true
        while index < table.count {
            guard table[index] == 0x3C, let tag = tag(in: table, at: index) else {
                output.append(table[index])
                index += 1
                continue
            }
            let markup = table[tag.range]
            switch (tag.name, tag.isClosing) {
            case (Name.table, false) where isFirst:
                output += withClass(markup)
                isFirst = false
            case (Name.thead, let closing):
                inHead = !closing
                output += markup
            case (Name.tr, false):
                column = 0
                output += markup
            case (Name.th, false) where !inHead, (Name.td, false) where !inHead:
                // A row's heading is the block's title on a phone: only data cells get a label.
                if tag.name == Name.td, column < labels.count, !labels[column].isEmpty, HTMLScan.attribute("data-label", in: markup) == nil {
                    output += HTMLScan.withAttribute("data-label", labels[column], markup)
                } else {
                    output += markup
                }
                column += columns(of: markup)
            default:
                output += markup
            }
            index = tag.range.upperBound
        }
        return output
    }

    /// How many columns a cell's tag spans (its `colspan`, at least one).
    private static func columns(of markup: ArraySlice<UInt8>) -> Int {
        max(HTMLScan.attribute("colspan", in: markup).flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 1, 1)
    }

    /// The `<table>` tag with the stackable class added to its classes.
    private static func withClass(_ markup: ArraySlice<UInt8>) -> [UInt8] {
        let tag = Array(markup), key = Array(" class=\"".utf8)
        if let start = HTMLScan.find(key, in: tag, from: 0, ignoringCase: true) {
            let insertion = start + key.count
            return Array(tag[..<insertion]) + Array("\(stackableClass) ".utf8) + tag[insertion...]
        }
        return HTMLScan.withAttribute("class", Array(stackableClass.utf8), markup)
    }

    /// Text with its runs of white space made one space, trimmed, and its quotes written as a
    /// reference, ready for an attribute value (the text's own references are kept as they are).
    private static func collapsedSpaces(_ text: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [], pendingSpace = false
        for byte in text {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(0x20) }
            pendingSpace = false
            if byte == 0x22 { output += Array("&quot;".utf8) } else { output.append(byte) }
        }
        return output
    }
}
