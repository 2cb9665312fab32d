import Foundation

/// The order of a French index: letters without their accents or case (« Économie » between
/// « Droit » and « Europe », not after « Z »), spaces and punctuation before any letter (as in
/// Unicode's default collation: « de l’Europe » before « de la Culture »). Sort by the key made
/// once per name, then by the text itself, so the order never depends on the input's.
package enum FrenchCollation {
    private static let french = Locale(identifier: "fr_FR")

    /// The key to sort `text` by.
    package static func key(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: french)
        var key = ""
        var lastWasSeparator = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                key.unicodeScalars.append(scalar)
                lastWasSeparator = false
            } else if !lastWasSeparator {
                key.unicodeScalars.append("\u{1}")
                lastWasSeparator = true
            }
        }
        // « œ » and « æ » sort as their two letters.
        return key.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
    }
}
