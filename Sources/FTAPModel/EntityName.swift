import Foundation

/// Compares names of carrying entities the way the fund counts them.
package enum EntityName {
    private static let french = Locale(identifier: "fr_FR")

    /// Lowercased, accents removed, every space and invisible format character (zero-width
    /// space, direction marks) removed: « Direction  Générale » and « direction generale » give
    /// the same identity, and a hidden character cannot make two names of one entity differ.
    package static func identity(of name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            // Latin letters and punctuation (every French name): one precomputed fold each. A
            // combining accent or any other script takes Foundation's way for the whole name.
            guard scalar.value < foldStarts.count - 1 else { return foldedByFoundation(name) }
            let value = Int(scalar.value)
            bytes += foldBytes[foldStarts[value]..<foldStarts[value + 1]]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Below U+0300 (before the combining accents) a character folds on its own, so
    /// Foundation's fold of each one, computed once, gives the fold of any text made of them:
    /// the UTF-8 of the fold of U+n is `foldBytes[foldStarts[n] ..< foldStarts[n + 1]]`.
    private static let (foldBytes, foldStarts): ([UInt8], [Int]) = {
        var bytes: [UInt8] = [], starts = [0]
        for value in 0..<0x300 {
            bytes += Unicode.Scalar(value).map { foldedByFoundation(String(Character($0))).utf8 } ?? "".utf8
            starts.append(bytes.count)
        }
        return (bytes, starts)
    }()

    /// The general case, for any text (also the reference the shortcut is tested against).
    static func foldedByFoundation(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: french)
        return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0.properties.generalCategory != .format }
            .map(Character.init))
            .replacingOccurrences(of: "’", with: "'")
    }
}
