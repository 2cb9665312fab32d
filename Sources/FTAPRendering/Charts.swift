import FrenchTypesetting
import FTAPCore

/// Accessible SVG charts written at build time (no chart library in the browser). Each chart is
/// an image with a text alternative; the page shows the same figures in a data table beside it.
/// The SVG is placed in the page as it is (not through a template variable), so its texts are set
/// in French typography here; its identifiers and classes are not.
package enum Charts {
    /// The drawing's width: at most `maximumWidth` so that, scaled down to a 375-pixel phone
    /// (343 pixels of content), its 14-pixel labels stay at 12 pixels or more.
    static let barWidth = 260, valueWidth = 90, maximumWidth = 400

    /// Horizontal bars, one per row, each with its label above it and its formatted value after it.
    /// A row without a value (a group whose sheets publish no amount) has no bar, only its words.
    static func bars(id: String, title: String, rows: [(label: String, value: Int?, valueLabel: String)]) -> String {
        guard !rows.isEmpty else { return "" }
        let maximum = max(rows.compactMap(\.value).max() ?? 1, 1)
        let rowHeight = 54, width = barWidth + valueWidth
        let height = rows.count * rowHeight + 4
        let summary = rows.map { "\($0.label) : \($0.valueLabel)" }.joined(separator: " ; ")
        var svg = """
        <svg class="ftap-chart" id="\(id)" role="img" aria-labelledby="\(id)-titre \(id)-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-titre">\(text(title))</title>
        <desc id="\(id)-desc">\(text(summary))</desc>

        """
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            svg += """
            <text x="0" y="\(y + 14)" class="ftap-chart__label">\(XMLText.escape(truncated(FrenchTypography.typeset(row.label))))</text>

            """
            guard let value = row.value else {
                svg += """
                <text x="0" y="\(y + 38)" class="ftap-chart__value">\(text(row.valueLabel))</text>

                """
                continue
            }
            let length = barLength(value, of: maximum)
            svg += """
            <rect x="0" y="\(y + 22)" width="\(length)" height="22" class="ftap-chart__bar"/>
            <text x="\(length + 6)" y="\(y + 38)" class="ftap-chart__value">\(text(row.valueLabel))</text>

            """
        }
        return svg + "</svg>"
    }

    /// Horizontal bars in groups: per group, its label, then one bar per series, each followed by
    /// its value in words that name the series (« CP : 71,91 M€ »), so the series are told apart
    /// by text, not colour alone. A value of nil shows its words without a bar.
    static func groupedBars(id: String, title: String, groups: [(label: String, bars: [(value: Int?, valueLabel: String)])]) -> String {
        guard !groups.isEmpty else { return "" }
        let maximum = max(groups.flatMap { $0.bars.compactMap(\.value) }.max() ?? 1, 1)
        let barHeight = 20, labelHeight = 22, gap = 12
        let width = barWidth + valueWidth + 40
        let groupHeight = { (bars: Int) in labelHeight + bars * (barHeight + 4) + gap }
        let height = groups.map { groupHeight($0.bars.count) }.reduce(0, +) + 4
        let summary = groups.map { group in "\(group.label) : " + group.bars.map(\.valueLabel).joined(separator: ", ") }.joined(separator: " ; ")
        var svg = """
        <svg class="ftap-chart" id="\(id)" role="img" aria-labelledby="\(id)-titre \(id)-desc" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">
        <title id="\(id)-titre">\(text(title))</title>
        <desc id="\(id)-desc">\(text(summary))</desc>

        """
        var y = 4
        for group in groups {
            svg += """
            <text x="0" y="\(y + 14)" class="ftap-chart__label">\(XMLText.escape(truncated(FrenchTypography.typeset(group.label))))</text>

            """
            y += labelHeight
            for (index, bar) in group.bars.enumerated() {
                let style = index == 0 ? "ftap-chart__bar" : "ftap-chart__bar ftap-chart__bar--second"
                if let value = bar.value {
                    let length = barLength(value, of: maximum)
                    svg += """
                    <rect x="0" y="\(y)" width="\(length)" height="\(barHeight)" class="\(style)"/>
                    <text x="\(length + 6)" y="\(y + 15)" class="ftap-chart__value">\(text(bar.valueLabel))</text>

                    """
                } else {
                    svg += """
                    <text x="0" y="\(y + 15)" class="ftap-chart__value">\(text(bar.valueLabel))</text>

                    """
                }
                y += barHeight + 4
            }
            y += gap
        }
        return svg + "</svg>"
    }

    /// A thin bar showing how much of a whole is done, e.g. disbursements against the amount.
    static func progressBar(part: Int, whole: Int, label: String) -> String {
        let share = whole > 0 ? Int(min(100, Int128(max(0, part)) * 100 / Int128(whole))) : 0
        return """
        <svg class="ftap-progress" role="img" aria-label="\(text(label))" viewBox="0 0 100 6" preserveAspectRatio="none" width="100%" height="12" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="100" height="6" class="ftap-progress__track"/><rect x="0" y="0" width="\(share)" height="6" class="ftap-progress__bar"/></svg>
        """
    }

    /// A bar's length in pixels, at least 2, proportional to `value` out of `maximum` (> 0);
    /// computed on 128 bits, so no sum of amounts can overflow.
    private static func barLength(_ value: Int, of maximum: Int) -> Int {
        max(2, Int(Int128(max(0, value)) * Int128(barWidth) / Int128(maximum)))
    }

    /// A text people read (a title, a label, a description, an `aria-label`), typeset and escaped.
    private static func text(_ words: String) -> String {
        XMLText.escape(FrenchTypography.typeset(words))
    }

    private static func truncated(_ label: String) -> String {
        label.count > 44 ? String(label.prefix(43)) + "…" : label
    }
}
