import Foundation

/// Compares names of carrying entities the way the fund counts them.
enum EntityName {
    /// Lowercased, accents removed, every space and invisible format character (zero-width
    /// space, direction marks) removed: « Direction  Générale » and « direction generale » give
    /// the same identity, and a hidden character cannot make two names of one entity differ.
    static func identity(of name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: Locale(identifier: "fr_FR"))
        return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0.properties.generalCategory != .format }
            .map(Character.init))
            .replacingOccurrences(of: "’", with: "'")
    }
}
