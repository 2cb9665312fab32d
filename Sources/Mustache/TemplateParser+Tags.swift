/// The insides of tags: names, partial names, comments and pragmas, each refused with its place
/// when it is written in another template language (Handlebars, Liquid, Jinja) or left open.
extension TemplateParser {
    static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    mutating func readName(allowingSlash: Bool = false, after sigil: Character? = nil) throws(Failure) -> TemplateName {
        _ = read { $0.isWhitespace }
        let start = index
        if current == "@" {
            throw failure("« {{@…}} » (comme « {{@index}} ») est une écriture de Handlebars, que Mustache n'a pas : demandez la valeur à la vue (« first », « last », « number »)")
        }
        let name = String(read { Self.nameCharacters.contains($0) || (allowingSlash && $0 == "/") })
        if current == "(" { throw failure("les transformations « {{fonction(nom)}} » ne sont pas prises en charge") }
        _ = read { $0.isWhitespace }
        if current == "|" {
            throw failure("« | » introduit un filtre de Liquid ou de Jinja, que Mustache n'a pas : écrivez le nom seul, « {{\(name)}} » ; une mise en forme se fait dans les vues")
        }
        if !name.isEmpty, let next = current, Self.nameCharacters.contains(next) || next == "(" || next == "\"" {
            index = start
            throw failure(Self.foreignSection(name, sigil: sigil))
        }
        try readClosing()
        guard !name.isEmpty else { throw failure("balise sans nom : écrivez un nom entre « {{ » et « }} »") }
        if name == "this" {
            index = start
            throw failure("« {{this}} » est une écriture de Handlebars : en Mustache, la valeur courante s'écrit « {{.}} »")
        }
        return TemplateName(name, place: place(of: start))
    }

    /// The message for `{{#if x}}`, `{{#each x}}` and other tags holding two words.
    private static func foreignSection(_ word: String, sigil: Character?) -> String {
        let section = "en Mustache, une section s'écrit avec le seul nom de la valeur : « {{#x}}…{{/x}} »"
        switch (sigil, word) {
        case ("#", "if"), ("#", "with"): return "« {{#\(word) …}} » est une écriture de Handlebars : \(section), et le cas contraire « {{^x}}…{{/x}} »"
        case ("#", "each"): return "« {{#each …}} » est une écriture de Handlebars : \(section), qui parcourt la liste x"
        case ("#", "unless"): return "« {{#unless …}} » est une écriture de Handlebars : en Mustache, écrivez « {{^x}}…{{/x}} »"
        default: return "une balise ne contient qu'un nom, sans espace : « {{\(sigil.map(String.init) ?? "")\(word)}} »"
        }
    }

    mutating func readPartialName() throws(Failure) -> String {
        _ = read { $0.isWhitespace }
        if current == "*" { throw failure("les gabarits à nom variable « {{>*nom}} » ne sont pas pris en charge") }
        let name = String(read { Self.nameCharacters.contains($0) || $0 == "/" })
        _ = read { $0.isWhitespace }
        if !name.isEmpty, let next = current, next != "}" {
            throw failure("un gabarit s'appelle par son seul nom, « {{>\(name)}} », sans paramètre : il lit les valeurs de la page là où il est appelé")
        }
        try readClosing()
        guard !name.isEmpty else { throw failure("nom de gabarit manquant après « {{> » ou « {{< »") }
        return name
    }

    mutating func readClosing() throws(Failure) {
        guard current == "}", index + 1 < chars.count, chars[index + 1] == "}" else {
            throw failure("balise « {{ » jamais refermée par « }} », ou nom mal écrit (lettres, chiffres, « . », « - », « _ »)")
        }
        index += 2
    }

    /// Reads a comment up to its first `}}`. A `}}` later on the same line (before any other
    /// tag) shows a comment that held one, or a tag, and ended too early: what follows its end
    /// would be published, so it is refused where the comment ends.
    mutating func skipComment(openedAt start: Int) throws(Failure) {
        while index + 1 < chars.count {
            if chars[index] == "}", chars[index + 1] == "}" {
                index += 2
                var ahead = index
                while ahead + 1 < chars.count, !chars[ahead].isNewline, !(chars[ahead] == "{" && chars[ahead + 1] == "{") {
                    if chars[ahead] == "}", chars[ahead + 1] == "}" {
                        let end = place(of: index - 2)
                        index = start
                        throw failure("ce commentaire se termine au premier « }} » (colonne \(end.column)) : la suite, jusqu'au « }} » suivant, serait publiée telle quelle. Retirez les « }} » et les balises du commentaire")
                    }
                    ahead += 1
                }
                return
            }
            index += 1
        }
        index = start
        throw failure("commentaire « {{! » jamais refermé par « }} »")
    }

    mutating func readPragma() throws(Failure) -> TemplateEscaping {
        let word: (Character) -> Bool = { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        let variable = String(read(while: word))
        _ = read { $0.isWhitespace }
        guard current == ":" else { throw failure("réglage « {{% … }} » mal écrit : « {{% CONTENT_TYPE: HTML_FTAP}} » est attendu") }
        index += 1
        _ = read { $0.isWhitespace }
        let value = String(read(while: word))
        _ = read { $0.isWhitespace }
        try readClosing()
        guard variable == "CONTENT_TYPE", let escaping = TemplateEscaping(pragmaValue: value) else {
            throw failure("réglage « {{% \(variable): \(value)}} » inconnu : seuls CONTENT_TYPE: HTML_FTAP, HTML et TEXT existent")
        }
        return escaping
    }
}
