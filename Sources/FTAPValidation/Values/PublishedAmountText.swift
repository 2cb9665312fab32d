import FTAPModel

/// Reads an amount as a publisher wrote it (`montant_publie`): « près de 69 millions d'euros »,
/// « 9,2 M€ », « plus de 30 millions d'euros », « 600 000 euros », so that the words shown can be
/// checked against the amount counted and its approximation.
package enum PublishedAmountText {
    /// What the words say: the amount in euros (nil when they hold no number) and how it is
    /// approximate.
    struct Reading: Equatable {
        var amount: Int?
        var approximation: AmountApproximation?
        /// The words that say the approximation, as written: « environ », « près de », « un peu plus de ».
        var words: String? = nil
    }

    /// The words before a number that make it approximate, longest first: « un peu plus de »
    /// before « plus de ».
    static let approximationWords: [(words: String, approximation: AmountApproximation)] = [
        ("un peu plus de", .auMoins), ("un peu moins de", .auPlus), ("plus de", .auMoins), ("au moins", .auMoins),
        ("au-delà de", .auMoins), ("moins de", .auPlus), ("au plus", .auPlus), ("jusqu'à", .auPlus), ("jusqu’à", .auPlus),
        ("près de", .environ), ("environ", .environ), ("quelque", .environ), ("autour de", .environ),
        ("approximativement", .environ),
    ]

    static func read(_ text: String) -> Reading {
        // Read in one pass: the words before the first digit, the number (digits, spaces between
        // groups of digits, one decimal comma or point), then the words after it.
        enum Part { case before, whole, fraction, after }
        var part = Part.before
        var before = "", whole = "", fraction = "", after = "", pending = ""
        for character in text.lowercased() {
            switch part {
            case .before:
                if character.isASCIIDigit { whole.append(character); part = .whole } else { before.append(character) }
            case .whole, .fraction:
                if character.isASCIIDigit {
                    // A space or a decimal mark counts only when a digit follows it.
                    if pending == "," || pending == "." { part = .fraction }
                    pending = ""
                    if part == .fraction { fraction.append(character) } else { whole.append(character) }
                } else if pending.isEmpty, Self.isGroupSpace(character) || ((character == "," || character == ".") && part == .whole) {
                    pending = String(character)
                } else {
                    after = pending + String(character)
                    pending = ""
                    part = .after
                }
            case .after:
                after.append(character)
            }
        }
        let said = approximationWords.first { before.contains($0.words) }
        guard !whole.isEmpty else { return Reading(amount: nil, approximation: said?.approximation, words: said?.words) }
        let unit = Self.unit(of: String(after.drop { Self.isGroupSpace($0) }))
        return Reading(amount: Self.amount(whole: whole, fraction: fraction, unit: unit), approximation: said?.approximation, words: said?.words)
    }

    private static func isGroupSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}"
    }

    /// The multiplier a unit word gives: « Md€ », « milliard(s) », « M€ », « million(s) », « k€ ».
    private static func unit(of words: String) -> Int {
        if words.hasPrefix("md") || words.hasPrefix("milliard") { return 1_000_000_000 }
        if words.hasPrefix("m€") || words.hasPrefix("m ") || words.hasPrefix("million") || words == "m" { return 1_000_000 }
        if words.hasPrefix("k€") || words.hasPrefix("millier") { return 1_000 }
        return 1
    }

    /// `whole`,`fraction` × `unit` in euros; nil when it is not a whole number of euros or too large.
    private static func amount(whole: String, fraction: String, unit: Int) -> Int? {
        guard whole.count <= 13, fraction.count <= 9, let integer = Int(whole) else { return nil }
        let scale = fraction.reduce(1) { scale, _ in scale * 10 }
        let decimals = fraction.isEmpty ? 0 : (Int(fraction) ?? 0)
        let (product, overflow) = integer.multipliedReportingOverflow(by: unit)
        guard !overflow, (decimals * unit) % scale == 0 else { return nil }
        let (sum, sumOverflow) = product.addingReportingOverflow(decimals * unit / scale)
        return sumOverflow ? nil : sum
    }
}
