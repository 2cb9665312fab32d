/// The parts of a page ftap wrote that a comparison reads, found in its own markup: the title
/// (`<h1>`), the content (`<main>`), the home page's headline (the first statement of an
/// official figure).
enum PageText {
    /// The text of the page's first `<h1>`, its tags removed; its `<title>` when it has none.
    static func title(of html: String) -> String {
        if let heading = between(html, "<h1", "</h1>") { return text(ofElement: heading) }
        return between(html, "<title>", "</title>").map(decoded) ?? ""
    }

    /// The page's `<main>`, or the whole page when it has none.
    static func main(of html: String) -> String {
        between(html, "<main", "</main>") ?? html
    }

    /// The sentence the home page puts first among its key figures: the official figure's
    /// statement (« Selon la Cour des comptes (13 novembre 2025), le fonds a retenu 149 projets »).
    static func headline(of html: String) -> String? {
        guard let official = html.range(of: "class=\"ftap-official\"") else { return nil }
        let rest = String(html[official.upperBound...])
        return between(rest, "<strong>", "</strong>").map { text(ofElement: ">" + $0) }
    }

    /// `bytes` without the line that dates the file's generation (`"date_generation": "…"`).
    static func withoutGenerationDate(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "\"date_generation\"") else { return bytes }
        let end = text[start.upperBound...].firstIndex(where: { $0 == "," || $0 == "\n" || $0 == "}" }) ?? text.endIndex
        return Array((text[..<start.lowerBound] + text[end...]).utf8)
    }

    /// The text between the first `open` and the next `close`.
    private static func between(_ html: String, _ open: String, _ close: String) -> String? {
        guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// An element's text from its opening tag's attributes on (« class="x">Texte <b>gras</b> »).
    private static func text(ofElement element: String) -> String {
        let inside = element.firstIndex(of: ">").map { element[element.index(after: $0)...] } ?? element[...]
        var text = "", inTag = false
        for character in inside {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return decoded(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The few entities ftap's templates write.
    private static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&nbsp;", with: "\u{00A0}").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
