/// Accessible SVG charts written at build time (no chart library in the browser). Each chart is
/// an image with a text alternative; the page shows the same figures in a data table beside it.
enum Charts {
    /// Horizontal bars, one per row, labelled with their formatted values.
    static func bars(id: String, title: String, rows: [(label: String, value: Int, valueLabel: String)]) -> String {
        guard !rows.isEmpty else { return "" }
        let maximum = max(rows.map(\.value).max() ?? 1, 1)
        // Sized to the longest label so that a chart of years stays readable on a phone.
        let longest = rows.map { truncated($0.label).count }.max() ?? 4
        let labelWidth = 16 + longest * 8, barWidth = 260, rowHeight = 36, width = labelWidth + barWidth + 90
        let height = rows.count * rowHeight + 8
        let summary = rows.map { "\($0.label) : \($0.valueLabel)" }.joined(separator: " ; ")
        var svg = """
        <svg class="ftap-chart" id="\(id)" role="img" aria-labelledby="\(id)-titre \(id)-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-titre">\(XMLText.escape(title))</title>
        <desc id="\(id)-desc">\(XMLText.escape(summary))</desc>

        """
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let length = max(2, row.value * barWidth / maximum)
            svg += """
            <text x="\(labelWidth - 8)" y="\(y + 22)" text-anchor="end" class="ftap-chart__label">\(XMLText.escape(truncated(row.label)))</text>
            <rect x="\(labelWidth)" y="\(y + 6)" width="\(length)" height="\(rowHeight - 12)" class="ftap-chart__bar"/>
            <text x="\(labelWidth + length + 6)" y="\(y + 22)" class="ftap-chart__value">\(XMLText.escape(row.valueLabel))</text>

            """
        }
        return svg + "</svg>"
    }

    /// A thin bar showing how much of a whole is done, e.g. disbursements against the amount.
    static func progressBar(part: Int, whole: Int, label: String) -> String {
        let share = whole > 0 ? min(100, part * 100 / whole) : 0
        return """
        <svg class="ftap-progress" role="img" aria-label="\(XMLText.escape(label))" viewBox="0 0 100 6" preserveAspectRatio="none" width="100%" height="12" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="100" height="6" class="ftap-progress__track"/><rect x="0" y="0" width="\(share)" height="6" class="ftap-progress__bar"/></svg>
        """
    }

    private static func truncated(_ label: String) -> String {
        label.count > 34 ? String(label.prefix(33)) + "…" : label
    }
}
