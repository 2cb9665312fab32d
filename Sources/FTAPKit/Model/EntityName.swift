import Foundation

/// Compares names of carrying entities the way the fund counts them.
enum EntityName {
    private static let french = Locale(identifier: "fr_FR")

    /// Lowercased, accents removed, every space and invisible format character (zero-width
    /// space, direction marks) removed: « Direction  Générale » and « direction generale » give
    /// the same identity, and a hidden character cannot make two names of one entity differ.
    static func identity(of name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // Plain ASCII (most names): the same result without Foundation's folding.
            let kept = name.utf8.filter { !(0x09...0x0D).contains($0) && $0 != 0x20 }
            return String(decoding: kept.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return foldedByFoundation(name)
    }

    /// The general case, for any text (also the reference the ASCII shortcut is tested against).
    static func foldedByFoundation(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: french)
        return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0.properties.generalCategory != .format }
            .map(Character.init))
            .replacingOccurrences(of: "’", with: "'")
    }
}
