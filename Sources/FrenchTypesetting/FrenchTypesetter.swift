/// The engine behind `FrenchTypography`: reads UTF-8 bytes once, copies every run without a byte
/// of interest as it is, and rewrites only around the few bytes the rules are about. Its state
/// (the open quotes, what precedes the text, where HTML source is) lasts across the pieces of one
/// text, so a text cut by markup (a Markdown paragraph's emphasis and links, a template's variables)
/// is typeset as one.
///
/// A piece is written by `typeset(_:into:)`. Between two pieces, `interrupt(_:)` says that
/// something this engine does not see comes in between (a variable, a code span): the next piece
/// may not change what was written before it. Without `interrupt`, the next piece continues the
/// same text, and a space it makes no-break may be the last byte of the previous piece.
package struct FrenchTypesetter {
    /// What the typesetter reads and writes.
    package struct Options {
        /// Reads HTML source (a template's text): tags, comments, character references and the
        /// content of `<script>`, `<style>`, `<pre>`, `<code>`, `<kbd>`, `<samp>` and `<textarea>` are
        /// copied as they are; the content of `<title>` and `<option>` is typeset without markup.
        package var readsHTML = false
        /// Reads plain text and writes HTML text: `& < > " '` are escaped as Mustache escapes them.
        package var escapesHTML = false
        /// What becomes of an ordinal's ending (« er » of « 1er »).
        package var superscripts = Superscripts.none

        package init(readsHTML: Bool = false, escapesHTML: Bool = false, superscripts: Superscripts = .none) {
            (self.readsHTML, self.escapesHTML, self.superscripts) = (readsHTML, escapesHTML, superscripts)
        }
    }

    /// What becomes of an ordinal's ending.
    package enum Superscripts {
        /// Left as it is (plain text, where no markup can go).
        case none
        /// Written between `<sup>` and `</sup>`.
        case tags
        /// Left in the text; its place in the output is added to `superscriptRanges`.
        case ranges
    }

    /// What a character is, for the rules: what precedes or follows a punctuation mark.
    package enum Neighbour: Equatable {
        case nothing, lineBreak, space, noBreakSpace, letter, digit, opening, other
    }

    /// What a double quote mark does, decided for the whole text before it is written.
    package enum QuoteRole {
        case open, close, asWritten
    }

    /// Where the typesetter is in HTML source.
    package enum SourcePlace: Equatable {
        /// HTML text: typeset, superscripts allowed.
        case text
        /// Inside `<title>` or `<option>` (named): typeset, no markup.
        case textOnly(String)
        /// Inside a tag; `quote` is the quote mark of the attribute value being read, or 0.
        case tag(quote: UInt8)
        /// Inside `<script>` or `<style>` (named): copied until its end tag.
        case rawText(String)
        /// Inside `<!-- -->`.
        case comment
    }

    package let options: Options
    /// False for HTML source that is only read for its places (a template without ftap's pragma).
    package var typesets = true
    /// Where the typesetter is in HTML source (`readsHTML` only).
    package var place = SourcePlace.text
    /// Where the typesetter goes at the end of the tag being read.
    var placeAfterTag = SourcePlace.text
    /// The output's end after each piece of a text written into one output (Markdown), kept
    /// right when a later piece makes a space at the end of an earlier one no-break.
    package var segmentEnds: [Int] = []
    /// The ordinals' endings in the output, with `Superscripts.ranges`.
    package private(set) var superscriptRanges: [(start: Int, end: Int)] = []

    /// The first byte of the output this piece of text may change, set by the first piece after an
    /// interruption.
    var floor: Int?
    /// What precedes the output at `floor`.
    var before = Neighbour.nothing
    /// The quotes open, innermost last: true for « », false for “ ” inside them. Out of HTML
    /// source, every mark in the order `roles` pairs them.
    var quotes: [Bool] = []
    /// The role of each double quote mark of the text, in order, and the next one's index.
    var roles: [QuoteRole]?
    var roleIndex = 0
    /// The last token checked for an address, in the current piece's bytes.
    var checkedToken: (start: Int, end: Int, isLink: Bool)?
    /// The output's end just after the last character reference copied, and whether it was a
    /// no-break space (`&nbsp;`).
    var entityEnd = -1
    var entityIsSpace = false
    /// The output's end just after the last `</sup>` written: what precedes it is the ordinal's
    /// ending, a letter, as plain text sees it (« 2e ; » in a page as on a line).
    var superscriptTagEnd = -1
    private let interesting: [Bool]

    package init(_ options: Options) {
        self.options = options
        interesting = options.readsHTML ? Self.interestingInHTML : options.escapesHTML ? Self.interestingInEscaped : Self.interestingInPlain
    }

    static let narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF]
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
    static let rightApostrophe: [UInt8] = [0xE2, 0x80, 0x99]
    static let openingGuillemet: [UInt8] = [0xC2, 0xAB]
    static let closingGuillemet: [UInt8] = [0xC2, 0xBB]
    static let openingQuote: [UInt8] = [0xE2, 0x80, 0x9C]
    static let closingQuote: [UInt8] = [0xE2, 0x80, 0x9D]

    /// The bytes a rule starts at: apostrophe, double quote, `: ; ! ?`, digits, the capitals of
    /// Roman numerals (`C I L V X`), and the lead bytes of « » (C2) and “ ” (E2); with escaping,
    /// `& < >` too; in HTML source `&` and `<`, not the quotes (attribute values are in tags, and
    /// a template's own quotes are written as wanted).
    private static let interestingInPlain = table(Array("'\":;!?0123456789CILVX".utf8) + [0xC2, 0xE2])
    private static let interestingInEscaped = table(Array("'\":;!?0123456789CILVX&<>".utf8) + [0xC2, 0xE2])
    private static let interestingInHTML = table(Array("':;!?0123456789CILVX&<".utf8) + [0xC2])

    private static func table(_ bytes: [UInt8]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes { table[Int(byte)] = true }
        return table
    }

    /// Says that something the typesetter does not see comes before the next piece: `neighbour`
    /// is what it looks like (a code span is `.other`, a line break `.lineBreak`).
    package mutating func interrupt(_ neighbour: Neighbour = .other) {
        floor = nil
        before = neighbour
        entityEnd = -1
    }

    /// Decides the role of every double quote mark of a text cut into pieces before its first
    /// piece is written (a single piece decides its own).
    package mutating func planQuotes(_ text: UnsafeBufferPointer<UInt8>) {
        roles = Self.quoteRoles(text, before: before)
        roleIndex = 0
    }

    /// Writes one piece of text, typeset, at the end of `output`.
    package mutating func typeset(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        if floor == nil { floor = output.count }
        checkedToken = nil
        var index = 0
        var copied = 0
        while index < input.count {
            if options.readsHTML, !isText(place) {
                index = copyMarkup(input, index, &output)
                copied = index
                continue
            }
            let byte = input[index]
            guard interesting[Int(byte)], typesets || byte == 0x3C else {
                index += 1
                continue
            }
            Self.copy(input, copied, index, into: &output)
            index = handle(byte, input, index, &output)
            copied = index
        }
        Self.copy(input, copied, input.count, into: &output)
    }

    private func isText(_ place: SourcePlace) -> Bool {
        switch place {
        case .text, .textOnly: true
        case .tag, .rawText, .comment: false
        }
    }

    /// One byte of interest at `index`; returns the index of the first byte not yet written.
    private mutating func handle(_ byte: UInt8, _ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        switch byte {
        case 0x26:
            if options.readsHTML { return copyReference(input, index, &output) }
            Self.append(byte, escaping: true, to: &output)
        case 0x3C:
            if options.readsHTML { return openMarkup(input, index, &output) }
            Self.append(byte, escaping: true, to: &output)
        case 0x3E:
            Self.append(byte, escaping: true, to: &output)
        case 0x27:
            return apostrophe(input, index, &output)
        case 0x22:
            return quote(input, index, length: 1, &output)
        case 0x3A:
            if let end = linkEnd(input, index) { return copyAsWritten(input, index, end, &output) }
            noBreakSpaceBefore(Self.noBreakSpace, insertingIfMissing: false, &output)
            output.append(byte)
        case 0x3B, 0x21, 0x3F:
            let missing = tail(output) == .letter && Self.allowsSpaceBefore(input, index + 1)
            if missing, let end = linkEnd(input, index) { return copyAsWritten(input, index, end, &output) }
            noBreakSpaceBefore(Self.narrowNoBreakSpace, insertingIfMissing: missing, &output)
            output.append(byte)
        case 0x30...0x39:
            return number(input, index, &output)
        case 0x43, 0x49, 0x4C, 0x56, 0x58:
            return romanNumeral(input, index, &output)
        case 0xC2 where index + 1 < input.count && (input[index + 1] == 0xAB || input[index + 1] == 0xBB):
            return guillemet(input, index, &output)
        case 0xE2 where index + 2 < input.count && input[index + 1] == 0x80 && (input[index + 2] == 0x9C || input[index + 2] == 0x9D):
            return quote(input, index, length: 3, &output)
        default:
            output.append(byte)
        }
        return index + 1
    }

    /// Writes an ordinal's ending, between `start` and `end` in the input, as the options say.
    mutating func superscript(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ output: inout [UInt8]) {
        switch effectiveSuperscripts {
        case .none:
            Self.copy(input, start, end, into: &output)
        case .tags:
            output += Self.superscriptStart
            Self.copy(input, start, end, into: &output)
            output += Self.superscriptEnd
            superscriptTagEnd = output.count
        case .ranges:
            let first = output.count
            Self.copy(input, start, end, into: &output)
            superscriptRanges.append((first, output.count))
        }
    }

    /// The superscripts allowed here: none in `<title>` and `<option>`.
    var effectiveSuperscripts: Superscripts {
        options.readsHTML && place != .text ? .none : options.superscripts
    }

    /// What the output ends with, as far as this piece may look; before it, what the last
    /// interruption said.
    func tail(_ output: [UInt8]) -> Neighbour {
        let floor = self.floor ?? output.count
        guard output.count > floor else { return before }
        if entityEnd == output.count { return entityIsSpace ? .noBreakSpace : .other }
        if superscriptTagEnd == output.count { return .letter }
        var start = output.count - 1
        while start > floor, output[start] & 0xC0 == 0x80, output.count - start < 4 { start -= 1 }
        return Self.neighbour(of: Self.scalar(output, at: start))
    }

    /// The last character written, as far as this piece may look (0 when none).
    func lastScalar(_ output: [UInt8]) -> UInt32 {
        let floor = self.floor ?? output.count
        guard output.count > floor else { return 0 }
        var start = output.count - 1
        while start > floor, output[start] & 0xC0 == 0x80, output.count - start < 4 { start -= 1 }
        return Self.scalar(output, at: start)
    }

    /// Copies `start..<end` of the input with no rule applied (escaped when writing HTML).
    mutating func copyAsWritten(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ output: inout [UInt8]) -> Int {
        var index = start
        while index < end {
            Self.append(input[index], escaping: options.escapesHTML, to: &output)
            index += 1
        }
        return end
    }

    /// Bytes copied as they are (never a byte that needs escaping: those are bytes of interest).
    static func copy(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into output: inout [UInt8]) {
        guard start < end else { return }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
    }

    private static let ampersand = Array("&amp;".utf8), less = Array("&lt;".utf8), greater = Array("&gt;".utf8),
                        quotation = Array("&quot;".utf8), apostropheReference = Array("&#39;".utf8),
                        superscriptStart = Array("<sup>".utf8), superscriptEnd = Array("</sup>".utf8)

    /// Appends a byte, escaped as Mustache escapes HTML when `escaping`.
    static func append(_ byte: UInt8, escaping: Bool, to output: inout [UInt8]) {
        guard escaping else { return output.append(byte) }
        switch byte {
        case 0x26: output += ampersand
        case 0x3C: output += less
        case 0x3E: output += greater
        case 0x22: output += quotation
        case 0x27: output += apostropheReference
        default: output.append(byte)
        }
    }
}
