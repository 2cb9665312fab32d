import Foundation
@testable import FTAPContent
import Testing

@Suite("Trimming")
struct TextTrimmingTests {
    /// Every scalar where Unicode puts a space, and well past it.
    static let scalars = (0...0x3100).compactMap(Unicode.Scalar.init) + ["\u{FEFF}", "\u{FFFD}", "\u{1F600}"]

    @Test("trimmingWhitespace trims exactly what Foundation's whitespacesAndNewlines trims")
    func whitespaceMatchesFoundation() {
        for scalar in Self.scalars {
            let text = "\(scalar)\(scalar)a \(scalar)b\(scalar)"
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("trimmingSpaces trims exactly what Foundation's whitespaces trims, and keeps line ends")
    func spacesMatchFoundation() {
        for scalar in Self.scalars {
            let text = "\(scalar)a\(scalar)"
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "U+\(String(scalar.value, radix: 16))")
        }
        #expect(" \n a \n ".trimmingSpaces() == "\n a \n")
        #expect(" \u{301}a ".trimmingSpaces() == "\u{301}a")
        #expect("   ".trimmingWhitespace() == "" && "".trimmingSpaces() == "")
    }
}
