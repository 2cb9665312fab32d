/// Every number and date shown on the site goes through here, so the site writes them one way:
/// « 4 525 850 € » (narrow no-break spaces), « 351 M€ », « 24,3 millions d'euros »,
/// « 19 novembre 2019 », « 1er février 2018 ».
package enum FrenchFormat {
    /// U+202F, the narrow no-break space French typography puts between groups of digits.
    static let narrowSpace = "\u{202F}"
    /// U+00A0, the no-break space before a unit.
    static let noBreakSpace = "\u{00A0}"
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    /// « 4 525 850 » : digits grouped by three. Never use it for years.
    package static func integer(_ value: Int) -> String {
        if value.magnitude < 1_000 { return String(value) }
        let digits = Array(String(value.magnitude).utf8)
        var bytes: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        bytes.reserveCapacity(digits.count * 2)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { bytes += narrowSpace.utf8 }
            bytes.append(digit)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// « 4 525 850 € ».
    package static func euros(_ amount: Int) -> String {
        integer(amount) + noBreakSpace + "€"
    }

    /// « 351 M€ », « 24,3 M€ », « 1,25 M€ », « 600 000 € » below a million.
    package static func compactEuros(_ amount: Int) -> String {
        if amount >= 1_000_000_000 { return decimal(amount, unit: 1_000_000_000) + noBreakSpace + "Md€" }
        if amount >= 1_000_000 { return decimal(amount, unit: 1_000_000) + noBreakSpace + "M€" }
        return euros(amount)
    }

    /// « 24,3 millions d'euros », « 1,5 million d'euros », « 600 000 euros ».
    package static func eurosInWords(_ amount: Int) -> String {
        if amount >= 1_000_000_000 {
            let value = decimal(amount, unit: 1_000_000_000)
            return value + (amount < 2_000_000_000 ? " milliard" : " milliards") + " d'euros"
        }
        if amount >= 1_000_000 {
            let value = decimal(amount, unit: 1_000_000)
            return value + (amount < 2_000_000 ? " million" : " millions") + " d'euros"
        }
        return integer(amount) + noBreakSpace + "euros"
    }

    /// Up to two decimals with a comma, trailing zeros dropped: 24 300 000 / 10⁶ → « 24,3 ».
    /// Computed on 128 bits, so no amount, however large, can overflow (`unit` > 0).
    static func decimal(_ amount: Int, unit: Int) -> String {
        decimal(Int128(amount), unit: Int128(unit))
    }

    private static func decimal(_ amount: Int128, unit: Int128) -> String {
        let hundredths = (amount * 100 + unit / 2) / unit
        let whole = hundredths / 100
        var fraction = String(hundredths % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return integer(Int(clamping: whole)) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// The size of a file as the State's sites write it: « 850 octets », « 12,4 ko », « 1,25 Mo »
    /// (1 ko = 1 000 octets).
    package static func fileSize(_ bytes: Int) -> String {
        // From 999 995 bytes, two decimals of ko would round up to « 1 000 ko ».
        if bytes >= 999_995 { return decimal(bytes, unit: 1_000_000) + noBreakSpace + "Mo" }
        if bytes >= 1_000 { return decimal(bytes, unit: 1_000) + noBreakSpace + "ko" }
        return count(bytes, "octet", "octets")
    }

    /// « 19 novembre 2019 », « 1er février 2018 ».
    package static func date(_ date: ContentDate) -> String {
        let day = date.day == 1 ? "1er" : String(date.day)
        return "\(day) \(months[date.month - 1]) \(date.year)"
    }

    /// « 19 novembre 2019 », « octobre 2022 », « 2020 »: as much of the date as is known.
    package static func date(_ date: PublicationDate) -> String {
        if let full = date.fullDate { return self.date(full) }
        guard let month = date.month else { return String(date.year) }
        return "\(months[month - 1]) \(date.year)"
    }

    /// « le 19 novembre 2019 », « en octobre 2022 », « en 2020 ».
    static func onDate(_ date: PublicationDate) -> String {
        (date.day == nil ? "en " : "le ") + self.date(date)
    }

    /// « novembre 2019 ».
    static func monthYear(_ date: ContentDate) -> String {
        "\(months[date.month - 1]) \(date.year)"
    }

    /// « 1 projet », « 63 projets »: a count and its noun, plural from 2.
    package static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(integer(n)) \(n >= 2 ? plural : singular)"
    }

    /// A percentage with one decimal at most: « 37,5 % ».
    package static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0" + noBreakSpace + "%" }
        return decimal(Int128(part) * 100, unit: Int128(whole)) + noBreakSpace + "%"
    }
}
