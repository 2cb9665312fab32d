/// Three mistakes an author makes without seeing them, for which libyaml's own complaint points
/// elsewhere: a tab used to indent, a value opened with typographic quotes pasted from a word
/// processor, an apostrophe inside a text between single quotes. Looked for on the line libyaml
/// stops at; each gets words that say what to change, and the place of the character at fault
/// (libyaml stops later on the line: after the apostrophe, at a colon inside the quotes).
enum YAMLMisreading {
    static let typographicQuotes: Set<Character> = ["“", "”", "„", "«", "»", "‘", "’"]

    /// A mistake found on a line: what to say, and the column (in Unicode scalars, from 1) of the
    /// character at fault.
    struct Found: Equatable {
        var explanation: String
        var column: Int
    }

    /// The mistake on `line` (1-based in the YAML text), if it is one of the three.
    static func find(in yaml: String, line: Int) -> Found? {
        guard line >= 1, let text = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(line - 1).first else {
            return nil
        }
        func column(_ index: Substring.Index) -> Int {
            text.unicodeScalars.distance(from: text.startIndex, to: index) + 1
        }
        let indentation = text.prefix(while: { $0 == " " || $0 == "\t" })
        if let tab = indentation.firstIndex(of: "\t") {
            return Found(explanation: "tabulation au début de la ligne : en YAML, on décale avec des espaces ; remplacez la tabulation par deux espaces",
                         column: column(tab))
        }
        let value = Self.value(of: text)
        if let first = value.first, typographicQuotes.contains(first) {
            return Found(explanation: typographicQuoteExplanation(first), column: column(value.startIndex))
        }
        if value.hasPrefix("'"), let inner = value.dropFirst().firstIndex(of: "'"),
           value[value.index(after: inner)...].first.map({ $0.isLetter }) == true {
            return Found(explanation: "apostrophe dans un texte entre guillemets simples : le texte s'arrête à l'apostrophe ; "
                + "mettez-le entre guillemets doubles (\"L'appel 2021\") ou doublez l'apostrophe ('L''appel 2021')",
                         column: column(inner))
        }
        return nil
    }

    /// Why a value may not start with a typographic quote, and what to write instead.
    static func typographicQuoteExplanation(_ quote: Character) -> String {
        "la valeur commence par un guillemet typographique (« \(quote) »), venu d'un traitement de texte, que YAML ne reconnaît pas : "
            + "entourez toute la valeur de guillemets droits \"…\" (les guillemets typographiques peuvent rester à l'intérieur)"
    }

    /// What follows `clé:` or `-` on a line, spaces removed.
    private static func value(of line: Substring) -> Substring {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        if let colon = rest.range(of: ": ") { rest = rest[colon.upperBound...] }
        return rest.drop(while: { $0 == " " })
    }
}
