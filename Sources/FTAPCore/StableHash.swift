/// FNV-1a over 128 bits: a hash that is the same on every machine, run and Swift version
/// (`Hasher` is seeded per process, and Foundation has no digest on Linux). Not a cryptographic
/// hash: it names report entries, it does not protect anything.
package enum StableHash {
    private static let offsetBasis: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013b

    /// The 32 lowercase hexadecimal digits of the FNV-1a 128 hash of the text's UTF-8 bytes.
    package static func hex(_ text: String) -> String {
        hex(bytes: text.utf8)
    }

    /// The 32 lowercase hexadecimal digits of the FNV-1a 128 hash of `bytes`.
    package static func hex(bytes: some Sequence<UInt8>) -> String {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt128(byte)
            hash = hash &* prime
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 32 - digits.count) + digits
    }
}
