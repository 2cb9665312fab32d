/// Addresses are never typeset: a token (the characters between two spaces, quotes or angle
/// brackets) holding `://`, starting with `www.`, `mailto:` or `tel:`, or holding an `@` (an
/// e-mail address) is copied as it is from the first byte a rule would change.
extension FrenchTypesetter {
    /// The end of the address token around `index`, or nil when that token is not an address.
    mutating func linkEnd(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        if let token = checkedToken, token.start <= index, index < token.end {
            return token.isLink ? token.end : nil
        }
        var start = index
        while start > 0, !Self.separatesTokens(input, start - 1) { start -= 1 }
        var end = index
        while end < input.count, !Self.separatesTokens(input, end) { end += 1 }
        let isLink = Self.isAddress(input, start, end)
        checkedToken = (start, end, isLink)
        return isLink ? end : nil
    }

    /// Whether the byte at `index` is (part of) a space, a double quote, a guillemet or an angle
    /// bracket.
    private static func separatesTokens(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? {
            index + offset >= 0 && index + offset < input.count ? input[index + offset] : nil
        }
        switch input[index] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x22, 0x3C, 0x3E:
            return true
        case 0xC2:
            return byte(1) == 0xA0 || byte(1) == 0xAB || byte(1) == 0xBB
        case 0xA0, 0xAB, 0xBB:
            return byte(-1) == 0xC2
        case 0xE2:
            return byte(1) == 0x80 && isSpaceOrQuote(byte(2))
        case 0x80:
            return byte(-1) == 0xE2 && isSpaceOrQuote(byte(1))
        case 0xAF, 0x9C, 0x9D:
            return byte(-1) == 0x80 && byte(-2) == 0xE2
        default:
            return false
        }
    }

    /// The last byte of U+202F, “ or ”.
    private static func isSpaceOrQuote(_ byte: UInt8?) -> Bool {
        byte == 0xAF || byte == 0x9C || byte == 0x9D
    }

    private static let prefixes = ["www.", "mailto:", "tel:"].map { Array($0.utf8) }

    private static func isAddress(_ input: UnsafeBufferPointer<UInt8>, _ tokenStart: Int, _ end: Int) -> Bool {
        var start = tokenStart
        // « (voir www.… », « [https://… »: the opening marks are not the address's.
        while start < end, input[start] == 0x28 || input[start] == 0x5B || input[start] == 0x27 { start += 1 }
        for prefix in prefixes where start + prefix.count <= end {
            var matches = true
            // ASCII letters compared without case: `| 0x20` lowers them and keeps « . » and « : ».
            for (offset, byte) in prefix.enumerated() where input[start + offset] | 0x20 != byte | 0x20 { matches = false }
            if matches { return true }
        }
        var index = start
        while index < end {
            if input[index] == 0x40, index > start { return true }
            if input[index] == 0x3A, index + 2 < end, input[index + 1] == 0x2F, input[index + 2] == 0x2F { return true }
            index += 1
        }
        return false
    }
}
