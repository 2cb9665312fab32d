/// The shape of an absolute web address as the content may give it: a scheme, a host name made
/// of letters, digits, dots and hyphens with at least one dot, an optional port, then a path of
/// visible characters. Spaces, line breaks and the characters URLs forbid (`<>"{}|\^` and the
/// backquote) are refused, so an address can never break the page, feed or file it is written into.
enum WebAddress {
    /// Read over the UTF-8 bytes (this runs on every source of every sheet); only a path holding
    /// characters beyond ASCII is read as Unicode scalars.
    static func isValid(_ text: String, httpsOnly: Bool) -> Bool {
        var text = text
        return text.withUTF8 { isValid(bytes: $0, httpsOnly: httpsOnly) }
    }

    private static func isValid(bytes: UnsafeBufferPointer<UInt8>, httpsOnly: Bool) -> Bool {
        let schemes = httpsOnly ? [https] : [https, http]
        guard let scheme = schemes.first(where: { scheme in
            bytes.count >= scheme.count && zip(bytes, scheme).allSatisfy { lowercased($0) == $1 }
        }) else { return false }
        let rest = bytes[scheme.count...]
        let authorityEnd = rest.firstIndex { $0 == slash || $0 == question || $0 == hash } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let colon = authority.firstIndex(of: UInt8(ascii: ":"))
        let name = authority[..<(colon ?? authority.endIndex)]
        guard name.contains(dot), name.first != dot, name.last != dot,
              name.allSatisfy({ isASCIILetterOrDigit($0) || $0 == dot || $0 == hyphen }) else { return false }
        if let colon {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy({ (0x30...0x39).contains($0) }),
                  let number = Int(String(decoding: port, as: UTF8.self)), (1...65_535).contains(number) else { return false }
        }
        let path = rest[authorityEnd...]
        guard path.contains(where: { $0 >= 0x80 }) else { return path.allSatisfy(isAllowedASCII) }
        return String(decoding: path, as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            scalar.isASCII ? isAllowedASCII(UInt8(scalar.value))
                : !(0x80...0x9F).contains(scalar.value) && !scalar.properties.isWhitespace
        }
    }

    /// `mailto:` and one address (`nom@domaine.fr`), optionally followed by `?subject=…` written
    /// with visible ASCII characters the URLs allow.
    static func isValidMailto(_ text: String) -> Bool {
        guard text.lowercased().hasPrefix("mailto:") else { return false }
        let rest = text.dropFirst(7)
        let address = rest.prefix { $0 != "?" }
        let query = rest.dropFirst(address.count)
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              parts[0].unicodeScalars.allSatisfy({ $0.isASCII && (isASCIILetterOrDigit(UInt8($0.value)) || "._%+-".unicodeScalars.contains($0)) }),
              parts[1].contains("."), parts[1].first != ".", parts[1].last != ".",
              parts[1].unicodeScalars.allSatisfy({ $0.isASCII && (isASCIILetterOrDigit(UInt8($0.value)) || $0 == "." || $0 == "-") })
        else { return false }
        return query.unicodeScalars.allSatisfy { $0.isASCII && isAllowedASCII(UInt8($0.value)) }
    }

    private static let https = Array("https://".utf8), http = Array("http://".utf8)
    private static let slash = UInt8(ascii: "/"), question = UInt8(ascii: "?"), hash = UInt8(ascii: "#"),
                       dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
    /// The ASCII characters an address refuses besides controls, space and DEL.
    private static let refused = Set("<>\"{}|\\^`".utf8)

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isAllowedASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != 0x7F && !refused.contains(byte)
    }
}
