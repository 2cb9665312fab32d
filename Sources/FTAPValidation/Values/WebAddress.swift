import FTAPCore

/// The shape of an absolute web address as the content may give it: a scheme, a host name of
/// labels (letters, digits and hyphens, none empty, none starting or ending with a hyphen, 63
/// characters at most) joined by dots, at least two of them, an optional port, then a path of
/// visible characters. Spaces, line breaks, invisible characters (zero-width spaces, direction
/// marks) and the characters URLs forbid (`<>"{}|\^` and the backquote) are refused, so an
/// address can never break the page, feed or file it is written into, nor hide what it says.
package enum WebAddress {
    /// What is wrong with an address, to say it to its author.
    enum Problem: Equatable {
        /// No `https://` (or `http://`) at its start.
        case scheme
        /// The host name, as written, is not one.
        case hostName(String)
        /// The port, as written, is not a number from 1 to 65535.
        case port(String)
        /// A character an address may not hold.
        case character(Unicode.Scalar)
    }

    static func isValid(_ text: String, httpsOnly: Bool) -> Bool {
        problem(text, httpsOnly: httpsOnly) == nil
    }

    /// Read over the UTF-8 bytes (this runs on every source of every sheet); only a path holding
    /// characters beyond ASCII is read as Unicode scalars.
    static func problem(_ text: String, httpsOnly: Bool) -> Problem? {
        var text = text
        return text.withUTF8 { problem(bytes: $0, httpsOnly: httpsOnly) }
    }

    private static func problem(bytes: UnsafeBufferPointer<UInt8>, httpsOnly: Bool) -> Problem? {
        let schemes = httpsOnly ? [https] : [https, http]
        guard let scheme = schemes.first(where: { scheme in
            bytes.count >= scheme.count && zip(bytes, scheme).allSatisfy { lowercased($0) == $1 }
        }) else { return .scheme }
        let rest = bytes[scheme.count...]
        let authorityEnd = rest.firstIndex { $0 == slash || $0 == question || $0 == hash } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let colon = authority.firstIndex(of: UInt8(ascii: ":"))
        let name = authority[..<(colon ?? authority.endIndex)]
        if let bad = name.first(where: { !isASCIILetterOrDigit($0) && $0 != dot && $0 != hyphen }), bad >= 0x80 || bad <= 0x20 || bad == 0x7F {
            let scalar = String(decoding: name, as: UTF8.self).unicodeScalars.first { !$0.isASCII || $0.value <= 0x20 || $0.value == 0x7F }
            if let scalar, isInvisible(scalar) { return .character(scalar) }
        }
        guard isHostName(name) else { return .hostName(String(decoding: name, as: UTF8.self)) }
        if let colon {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ (0x30...0x39).contains($0) }),
                  let number = Int(String(decoding: port, as: UTF8.self)), (1...65_535).contains(number) else {
                return .port(String(decoding: port, as: UTF8.self))
            }
        }
        let path = rest[authorityEnd...]
        guard path.contains(where: { $0 >= 0x80 }) else {
            return path.first { !isAllowedASCII($0) }.map { .character(Unicode.Scalar($0)) }
        }
        return String(decoding: path, as: UTF8.self).unicodeScalars.first { scalar in
            scalar.isASCII ? !isAllowedASCII(UInt8(scalar.value)) : isInvisible(scalar) || (0x80...0x9F).contains(scalar.value)
        }.map { .character($0) }
    }

    /// Labels of letters, digits and hyphens joined by single dots: at least two, none empty,
    /// none longer than 63 characters or starting or ending with a hyphen; 253 at most in all.
    private static func isHostName(_ name: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard name.count <= 253 else { return false }
        let labels = name.split(separator: dot, omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != hyphen && label.last != hyphen
                && label.allSatisfy { isASCIILetterOrDigit($0) || $0 == hyphen }
        }
    }

    /// A character a reader cannot see or that changes how the rest reads: spaces of every
    /// width, zero-width characters, direction marks and other format characters.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate, .unassigned: return true
        default: return false
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

extension WebAddress {
    /// The French sentence for an address of `key` refused for `problem`.
    static func explanation(_ problem: Problem, key: String, text: String, httpsOnly: Bool) -> String {
        let found = "(trouvé : « \(InertText.of(text)) »)"
        switch problem {
        case .scheme:
            let expected = httpsOnly ? "commencer par https://" : "commencer par https:// ou http://"
            return "« \(key) » doit être une adresse web complète et \(expected) \(found)"
        case let .hostName(name):
            return "« \(key) » : le nom de domaine « \(name) » n'en est pas un ; il s'écrit en mots de lettres, chiffres et tirets séparés par des points, sans point double ni tiret au début ou à la fin d'un mot \(found). Copiez l'adresse depuis la barre du navigateur"
        case let .port(port):
            return "« \(key) » : le port « \(port) » n'est pas un nombre de 1 à 65535 \(found)"
        case let .character(scalar):
            let code = String(scalar.value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
            let what = isInvisible(scalar) ? "un caractère invisible (\(name))" : "le caractère « \(scalar) », interdit dans une adresse"
            return "« \(key) » : l'adresse contient \(what) \(found). Retapez-la ou copiez-la depuis la barre du navigateur"
        }
    }
}
