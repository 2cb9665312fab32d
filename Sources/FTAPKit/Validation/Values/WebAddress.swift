/// The shape of an absolute web address as the content may give it: a scheme, a host name made
/// of letters, digits, dots and hyphens with at least one dot, an optional port, then a path of
/// visible characters. Spaces, line breaks and the characters URLs forbid (`<>"{}|\^` and the
/// backquote) are refused, so an address can never break the page, feed or file it is written into.
enum WebAddress {
    static func isValid(_ text: String, httpsOnly: Bool) -> Bool {
        let schemes = httpsOnly ? ["https://"] : ["https://", "http://"]
        let head = text.prefix(8).lowercased()
        guard let scheme = schemes.first(where: { head.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = host.first, name.contains("."), !name.hasPrefix("."), !name.hasSuffix("."),
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return false }
        if host.count == 2 {
            guard let port = Int(host[1]), (1...65_535).contains(port), host[1].allSatisfy(\.isASCIIDigit) else { return false }
        }
        return rest.dropFirst(authority.count).unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && !"<>\"{}|\\^`".unicodeScalars.contains(scalar)
                && !scalar.properties.isWhitespace
        }
    }
}
