/// The body of an HTML form sent as `application/x-www-form-urlencoded`: `name=value` pairs
/// joined by `&`, `+` for a space, `%XX` for any other byte (UTF-8).
package enum FormURLEncoded {
    /// The pairs in their order; a pair that does not decode as UTF-8 is read with U+FFFD.
    package static func decode(_ bytes: [UInt8]) -> [(name: String, value: String)] {
        bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            return (text(parts.first ?? []), text(parts.dropFirst().first ?? []))
        }
    }

    /// One name or value, decoded.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): out.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let high = iterator.next(), low = iterator.next()
                if let high, let low, let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                    out.append(value)
                } else {
                    out.append(byte)
                    if let high { out.append(high) }
                    if let low { out.append(low) }
                }
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
