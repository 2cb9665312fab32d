/// Three mistakes an author makes without seeing them, for which libyaml's own complaint points
/// elsewhere: a tab used to indent, a value opened with typographic quotes pasted from a word
/// processor, an apostrophe inside a text between single quotes. Looked for on the line libyaml
/// stops at; each gets words that say what to change.
enum YAMLMisreading {
    static let typographicQuotes: Set<Character> = ["“", "”", "„", "«", "»", "‘", "’"]

    /// The French explanation of the mistake on `line` (1-based in the YAML text), if it is one of the three.
    static func explanation(of yaml: String, line: Int) -> String? {
        guard line >= 1, let text = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).first else {
            return nil
        }
        if text.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
            return "tabulation au début de la ligne : en YAML, on décale avec des espaces ; remplacez la tabulation par deux espaces"
        }
        let value = Self.value(of: text)
        if let first = value.first, typographicQuotes.contains(first) {
            return "la valeur commence par un guillemet typographique (« \(first) »), venu d'un traitement de texte, que YAML ne reconnaît pas : "
                + "entourez toute la valeur de guillemets droits \"…\" (les guillemets typographiques peuvent rester à l'intérieur)"
        }
        if value.hasPrefix("'"), let inner = value.dropFirst().firstIndex(of: "'"),
           value[value.index(after: inner)...].first.map({ $0.isLetter }) == true {
            return "apostrophe dans un texte entre guillemets simples : le texte s'arrête à l'apostrophe ; "
                + "mettez-le entre guillemets doubles (\"L'appel 2021\") ou doublez l'apostrophe ('L''appel 2021')"
        }
        return nil
    }

    /// What follows `clé:` or `-` on a line, spaces removed.
    private static func value(of line: Substring) -> Substring {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        if let colon = rest.range(of: ": ") { rest = rest[colon.upperBound...] }
        return rest.drop(while: { $0 == " " })
    }
}
