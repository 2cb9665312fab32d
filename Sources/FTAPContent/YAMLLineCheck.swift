/// The mistakes authors make most in a front matter, found at the line they made them before
/// libyaml reads it (libyaml notices them a line or more later, with words that point elsewhere):
/// a key without « : », a « : » without the space after it, a no-break space around « : » (French
/// keyboards and word processors insert one), a quote left open, a value continued on the next
/// line, typographic quotes around a value (published as they are), a « #hashtag » in a value
/// without quotes (YAML would cut the value there). Lines inside block texts (`|`, `>`) and inside
/// quoted texts over several lines are left alone: they are values, not keys.
enum YAMLLineCheck {
    /// A mistake: the line (1-based in the YAML text), the column of the character at fault (in
    /// Unicode scalars, from 1), and what to change.
    struct Found: Equatable {
        var line: Int
        var column: Int
        var explanation: String
    }

    /// Spaces that look like a space but are not one for YAML.
    static let invisibleSpaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\u{200B}", "\u{FEFF}"]
    private static let openingTypographicQuotes: Set<Unicode.Scalar> = ["“", "«", "„", "‘", "”"]

    /// The first mistake of `yaml`, at a line counted from its first line; `keys` are the key
    /// names the content knows, to tell a key written without its « : » from a value continued
    /// on the next line; `lineOffset` turns those lines into the file's, for the messages that
    /// name another line.
    static func firstMistake(in yaml: String, keys: Set<String>, lineOffset: Int = 0) -> Found? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var blockIndent: Int?
        var openQuote: (line: Int, column: Int, indent: Int, quote: Unicode.Scalar)?
        var previousKey: (line: Int, indent: Int, name: String, plainValue: Bool)?
        for (index, scalars) in lines.enumerated() {
            let number = index + 1
            let indent = scalars.prefix { $0 == " " }.count
            let content = Array(scalars.dropFirst(indent))
            let blank = content.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let block = blockIndent {
                if blank || indent > block { continue }
                blockIndent = nil
            }
            if let open = openQuote {
                if !blank, indent <= open.indent, isKeyLine(content) {
                    return Found(line: open.line, column: open.column, explanation: "le guillemet « \(open.quote) » ouvert ici n'est jamais refermé : ajoutez-le à la fin de la valeur")
                }
                if closes(content, quote: open.quote) { openQuote = nil }
                continue
            }
            if blank || content.first == "#" { continue }
            var item = content
            var itemIndent = indent
            if item.first == "-", item.count == 1 || item[1] == " " {
                let rest = item.dropFirst().prefix { $0 == " " }.count
                itemIndent += 1 + rest
                item = Array(item.dropFirst(1 + rest))
                if item.isEmpty { continue }
            }
            let name = Array(item.prefix { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" })
            let key = String(String.UnicodeScalarView(name))
            let afterName = Array(item.dropFirst(name.count))
            let gap = afterName.prefix { $0 == " " || invisibleSpaces.contains($0) }
            let afterGap = Array(afterName.dropFirst(gap.count))
            if !name.isEmpty, afterGap.first == ":" {
                let colonColumn = itemIndent + name.count + gap.count + 1
                if let hidden = gap.firstIndex(where: { invisibleSpaces.contains($0) }) {
                    return Found(line: number, column: itemIndent + name.count + hidden + 1,
                                 explanation: "une espace insécable (invisible) sépare « \(key) » de « : » : effacez-la ; écrivez « \(key): … »")
                }
                let value = Array(afterGap.dropFirst())
                if let first = value.first, invisibleSpaces.contains(first) {
                    return Found(line: number, column: colonColumn + 1,
                                 explanation: "une espace insécable (invisible, souvent insérée par le clavier ou le traitement de texte) suit « : » : remplacez-la par une espace ordinaire")
                }
                // `- https://…`: an address, which YAML reads as one text, not a key.
                let isAddress = value.starts(with: "//".unicodeScalars)
                if let first = value.first, first != " ", first != "\t", first != "\r", !isAddress {
                    return Found(line: number, column: colonColumn + 1,
                                 explanation: "il manque une espace après « : » : écrivez « \(key): \(String(String.UnicodeScalarView(value.prefix(30)))) »")
                }
                let text = Array(value.drop { $0 == " " })
                let textColumn = colonColumn + value.count - text.count + 1
                if let problem = valueMistake(text, key: key, line: number, column: textColumn) { return problem }
                previousKey = (number, itemIndent, key, isPlain(text))
                if let quote = text.first, quote == "\"" || quote == "'", !closes(Array(text.dropFirst()), quote: quote) {
                    openQuote = (number, textColumn, itemIndent, quote)
                } else if let marker = text.first, marker == "|" || marker == ">" {
                    blockIndent = itemIndent
                }
                continue
            }
            // Not a key line: a key whose « : » is missing, or a value continued from the line above.
            let words = item.split(separator: " ", maxSplits: 1)
            if words.count == 2, keys.contains(key), name.count == words[0].count {
                return Found(line: number, column: itemIndent + name.count + 1,
                             explanation: "il manque « : » après « \(key) » : écrivez « \(key): \(String(String.UnicodeScalarView(words[1].prefix(30)))) »")
            }
            if let previous = previousKey, previous.plainValue, indent <= previous.indent, content.first != "-" {
                return Found(line: number, column: indent + 1,
                             explanation: "cette ligne n'est pas une clé : elle semble continuer la valeur de « \(previous.name) » (ligne \(previous.line + lineOffset)) ; écrivez toute la valeur sur une seule ligne, entre guillemets droits")
            }
        }
        if let open = openQuote {
            return Found(line: open.line, column: open.column, explanation: "le guillemet « \(open.quote) » ouvert ici n'est jamais refermé : ajoutez-le à la fin de la valeur")
        }
        return nil
    }

    /// A mistake in the value written after `clé: `.
    private static func valueMistake(_ text: [Unicode.Scalar], key: String, line: Int, column: Int) -> Found? {
        if let first = text.first, openingTypographicQuotes.contains(first) {
            return Found(line: line, column: column, explanation: YAMLMisreading.typographicQuoteExplanation(Character(first)))
        }
        guard isPlain(text) else { return nil }
        // « #FTAP » in a text without quotes: YAML reads « # » after a space as a comment.
        for index in text.indices.dropFirst() where text[index] == "#" && text[index - 1] == " " {
            if index + 1 < text.count, text[index + 1] != " " {
                return Found(line: line, column: column + index,
                             explanation: "tout ce qui suit « # » serait ignoré (YAML le lit comme un commentaire) : mettez toute la valeur entre guillemets droits, « \(key): \"…\" »")
            }
        }
        return nil
    }

    /// A value written without quotes nor block marker.
    private static func isPlain(_ text: [Unicode.Scalar]) -> Bool {
        guard let first = text.first else { return false }
        return !"\"'|>[{&*!".unicodeScalars.contains(first)
    }

    /// Whether a line starts like `clé:` (the key line that follows a value).
    private static func isKeyLine(_ content: [Unicode.Scalar]) -> Bool {
        let name = content.prefix { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" }
        guard !name.isEmpty, name.count < content.count else { return false }
        let next = content[name.count]
        return next == ":" && (name.count + 1 == content.count || content[name.count + 1] == " ")
    }

    /// Whether `text` holds the closing `quote` (a double quote not escaped by « \ »; a single one
    /// not doubled).
    private static func closes(_ text: [Unicode.Scalar], quote: Unicode.Scalar) -> Bool {
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if quote == "\"", scalar == "\\" { index += 2; continue }
            if scalar == quote {
                if quote == "'", index + 1 < text.count, text[index + 1] == "'" { index += 2; continue }
                return true
            }
            index += 1
        }
        return false
    }
}
