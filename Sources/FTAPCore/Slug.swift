import Foundation

/// File-name slugs: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// True for lowercase ASCII letters and digits in groups joined by single hyphens.
    public static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, !slug.hasPrefix("-"), !slug.hasSuffix("-") else { return false }
        var previous: Unicode.Scalar?
        for scalar in slug.unicodeScalars {
            guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || (scalar == "-" && previous != "-") else { return false }
            previous = scalar
        }
        return true
    }

    /// A valid slug close to what the author wrote, to show in the error message.
    public static func suggestion(for text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "mon-fichier" : result
    }
}
