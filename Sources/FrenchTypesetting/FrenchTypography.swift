/// French typography, in one place, for every text the site's pages show: titles, summaries,
/// the texts of the templates, the figures' sentences and the Markdown bodies. Authors type
/// straight quotes and ordinary spaces; the pages show:
///
/// - « l’État », « aujourd’hui »: a straight apostrophe between two letters becomes ’;
/// - « déjà » with narrow no-break spaces (U+202F) inside: straight double quotes (and “ ”) in
///   pairs become « », a pair inside them “ ”; « » typed with ordinary spaces, or none, get the
///   narrow no-break spaces; a quote mark without its pair stays as it is;
/// - a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : — the
///   site's own texts already write « Montant accordé&nbsp;: », and `FrenchFormat` a no-break
///   space before units — in place of the space typed there; before ; ! ? one is added after a
///   letter, never before : (« 14:30 », « 1:2 », addresses);
/// - a no-break space between a number and « % », « € », « k€ », « M€ », « Md€ » in place of the
///   space typed there, and narrow no-break spaces between groups of thousands (« 4 525,85 € »);
/// - ordinals' endings as superscripts where markup may go (« 1<sup>er</sup> », « 2<sup>e</sup> »,
///   « XXI<sup>e</sup> »); « 1 er » and « 1ère » are left as they are;
/// - no closing punctuation alone at the start of a line: the spaces before » ; ! ? : are no-break
///   (« (prise en charge du « mal logement ») » never leaves « ») » alone on a line).
///
/// Never touched: addresses (`https://…`, `www.…`, `mailto:`, e-mail addresses), times and ratios
/// (« 14:30 », « 1:2 »), decimal numbers (« 3.5 »), no-break spaces already there; in templates,
/// attribute values and the content of `<script>` and `<style>` (`<title>` and `<option>` get
/// typography without markup); in Markdown, code spans, code blocks, raw HTML, link destinations
/// and images' descriptions. Feeds (Atom, RSS, JSON) are read by people through their readers:
/// their titles and summaries are typeset as the pages are. Open data (CSV, JSON) and the sitemap
/// are read by programs and keep the texts as written.
///
/// The same rules give the same result on a text already typeset: `typeset(typeset(x)) ==
/// typeset(x)`. The work is done on UTF-8 bytes in one pass; a text without any of the bytes the
/// rules start at is copied as it is.
package enum FrenchTypography {
    /// `text` typeset, as plain text (no markup: ordinals keep their endings on the line).
    package static func typeset(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard FrenchTypesetter.needsTypesetting(bytes) else { return text }
            var typesetter = FrenchTypesetter(.init())
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            typesetter.typeset(bytes, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Appends `text` typeset and escaped as HTML text (`& < > " '` as Mustache escapes them):
    /// with `superscripts`, ordinals' endings go in `<sup>`; without, for text that takes no
    /// markup (`<title>`, `<option>`).
    package static func appendHTML(_ text: String, superscripts: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard FrenchTypesetter.needsTypesetting(bytes) else { return FrenchTypesetter.appendEscaped(bytes, to: &output) }
            var typesetter = FrenchTypesetter(.init(escapesHTML: true, superscripts: superscripts ? .tags : .none))
            typesetter.typeset(bytes, into: &output)
        }
    }

    /// `text` with its spaces made no-break where the rules above want them — after « and before
    /// » ; ! ? (narrow, U+202F), before : (U+00A0) — and every other character as written: for
    /// texts that quote what to type, such as diagnostics (`"L'appel 2021"` must keep its straight
    /// quotes), which still must not start a line with « » » or « : ».
    package static func noBreakSpaces(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: " ")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch (scalar, previous, next) {
            case (" ", _, ":"): output.append("\u{00A0}")
            case (" ", "«", _), (" ", _, "»"), (" ", _, ";"), (" ", _, "!"), (" ", _, "?"): output.append("\u{202F}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// `text` typeset and escaped as HTML text, as a string.
    package static func html(_ text: String, superscripts: Bool = true) -> String {
        var output: [UInt8] = []
        appendHTML(text, superscripts: superscripts, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
