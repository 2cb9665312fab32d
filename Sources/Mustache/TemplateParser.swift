/// Reads a Mustache template into a `Template`, with Mustache's whitespace rules (a section,
/// partial, comment or pragma tag alone on its line takes the line with it) and the inheritance of
/// the Mustache specification (`{{<layout}}{{$content}}…{{/content}}{{/layout}}`). Set
/// delimiters, lambdas and transforms are not supported: each is refused with its place.
package struct TemplateParser {
    /// A template that cannot be read, with the place where reading stopped (1-based).
    package struct Failure: Error, Equatable {
        package var line: Int
        package var column: Int
        package var message: String
    }

    private struct State {
        var section: String?
        var newLine = true
        var inDefinition = false
        var definitionTopLevel = false
        var definitionIndent: [Character]?
        /// How many sections, blocks and parents are open around this body.
        var depth = 0
        /// Where the tag that opened this body starts (the index of its « {{ »).
        var openedAt: Int?

        func entering(_ name: String, newLine: Bool, openedAt: Int) -> State {
            var state = self
            state.section = name
            state.definitionTopLevel = false
            if !newLine { state.newLine = false }
            state.depth += 1
            state.openedAt = openedAt
            return state
        }

        func enteringParent(_ name: String, openedAt: Int) -> State {
            var state = self
            state.section = name
            state.newLine = true
            state.inDefinition = true
            state.definitionTopLevel = true
            state.depth += 1
            state.openedAt = openedAt
            return state
        }
    }

    /// Sections, blocks and parents open one inside another: past this, a template is refused
    /// (100,000 nested sections once crashed the reader, even in a template no page used).
    static let maximumDepth = 100

    // The cursor, also read by the tag readers (`TemplateParser+Tags.swift`).
    let chars: [Character]
    var index = 0
    /// The index in `chars` where each line starts, for places said in messages.
    private let lineStarts: [Int]

    private init(_ text: String) {
        chars = Array(text)
        var starts = [0]
        for (offset, c) in chars.enumerated() where c.isNewline { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Parses a whole template, its text typeset and its variables placed (`TemplateTypography`).
    package static func parse(_ text: String) throws(Failure) -> Template {
        var parser = TemplateParser(text)
        return TemplateTypography.typeset(try parser.parse(State()))
    }

    var atEnd: Bool { index >= chars.count }
    var current: Character? { atEnd ? nil : chars[index] }

    private mutating func parse(_ initial: State) throws(Failure) -> Template {
        var state = initial
        var nodes: [TemplateNode] = []
        var text: [UInt8] = []
        func appendText(_ characters: [Character]) {
            let start = text.count
            text += String(characters).utf8
            nodes.append(.text(start..<text.count))
        }
        var whitespaceBefore: [Character] = []
        while !atEnd {
            if state.newLine {
                let whitespace = read { $0 == " " || $0 == "\t" }
                if state.inDefinition && !state.definitionTopLevel {
                    // Inside a block given to a parent, the first line's indentation is the block's own.
                    if let indent = state.definitionIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent.count))
                    } else {
                        state.definitionIndent = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let (read, openedTag) = try readTextUntilTagOrNewline()
            if let newline = current, newline.isNewline {
                appendText(whitespaceBefore + read + [newline])
                state.newLine = true
                index += 1
                continue
            }
            if !read.isEmpty {
                appendText(whitespaceBefore + read)
                whitespaceBefore = []
                state.newLine = false
            }
            guard openedTag else { break }
            guard let sigil = current else { throw failure("balise « {{ » jamais refermée par « }} »") }
            let tagStart = max(0, index - 2)
            if "#^<$".contains(sigil), state.depth >= Self.maximumDepth {
                throw failure("plus de \(Self.maximumDepth) sections, blocs ou gabarits parents ouverts les uns dans les autres : un gabarit n'en a jamais besoin ; simplifiez-le")
            }
            var newLineAfter = false
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty {
                    appendText(whitespaceBefore)
                    whitespaceBefore = []
                }
            }
            switch sigil {
            case "#", "^":
                index += 1
                let name = try readName(after: sigil)
                if isStandalone(state) { newLineAfter = true } else { flushWhitespace() }
                let body = try parse(state.entering(name.written, newLine: newLineAfter, openedAt: tagStart))
                nodes.append(.section(name, body, inverted: sigil == "^"))
            case "/":
                index += 1
                let start = index
                // A parent template in a sub-folder closes with its path: « {{/partials/boite}} ».
                let name = try readName(allowingSlash: true)
                guard name.written == state.section else {
                    index = start
                    throw failure(state.section.map { "« {{/\(name.written)}} » ferme une section qui n'est pas ouverte : la section ouverte est « \($0) »" }
                                  ?? "« {{/\(name.written)}} » ferme une section qui n'a pas été ouverte")
                }
                if !isStandalone(state) { flushWhitespace() }
                return Template(nodes: nodes, text: text)
            case "!":
                index += 1
                try skipComment(openedAt: tagStart)
                newLineAfter = isStandalone(state)
            case "{", "&":
                flushWhitespace()
                index += 1
                let name = try readName()
                if sigil == "{" {
                    guard current == "}" else { throw failure("« {{{ » doit être refermé par « }}} »") }
                    index += 1
                }
                nodes.append(.variable(name, escaped: false))
            case ">":
                index += 1
                let name = try readPartialName()
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                if isStandalone(state) {
                    newLineAfter = true
                    nodes.append(.partial(name, indentation: String(whitespaceBefore), overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whitespaceBefore = []
            case "<":
                index += 1
                let name = try readPartialName()
                if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                newLineAfter = isStandalone(state)
                let body = try parse(state.enteringParent(name, openedAt: tagStart))
                var overrides: [String: Template] = [:]
                for node in body.nodes {
                    switch node {
                    case let .blockDefinition(block, template): overrides[block] = template
                    case .text: break
                    default: throw failure("entre « {{<\(name)}} » et « {{/\(name)}} », seuls des blocs « {{$nom}}…{{/nom}} » sont permis")
                    }
                }
                nodes.append(.partial(name, indentation: String(whitespaceBefore), overrides: overrides))
                whitespaceBefore = []
            case "$":
                index += 1
                let name = try readName()
                if state.definitionTopLevel {
                    newLineAfter = isStandalone(state)
                    var body = try parse(state.entering(name.written, newLine: newLineAfter, openedAt: tagStart))
                    body.place = place(of: tagStart)
                    nodes.append(.blockDefinition(name.written, body))
                } else {
                    if !whitespaceBefore.isEmpty { appendText(whitespaceBefore) }
                    newLineAfter = isStandalone(state)
                    // A block alone on its line at no indentation takes its default content's: the
                    // specification's « intrinsic indentation ».
                    let intrinsic = whitespaceBefore.isEmpty && newLineAfter ? intrinsicIndentation(state) : []
                    var inner = state.entering(name.written, newLine: newLineAfter, openedAt: tagStart)
                    if !intrinsic.isEmpty {
                        // Its default content is read without that indentation, which the block
                        // gives back to its first line here and to the others as it is written.
                        appendText(intrinsic)
                        inner.inDefinition = true
                        inner.definitionIndent = (state.inDefinition ? state.definitionIndent ?? [] : []) + intrinsic
                    }
                    let body = try parse(inner)
                    nodes.append(.block(name.written, default: body, indentation: String(intrinsic.isEmpty ? whitespaceBefore : intrinsic)))
                    whitespaceBefore = []
                }
            case "%":
                index += 1
                nodes.append(.escaping(try readPragma()))
                newLineAfter = isStandalone(state)
            case "=":
                throw failure("le changement de délimiteurs « {{= =}} » n'est pas pris en charge")
            default:
                flushWhitespace()
                let name = try readName()
                if name.written == "else" {
                    index = tagStart
                    let open = state.section ?? "nom"
                    throw failure("« {{else}} » est une écriture de Handlebars, que Mustache n'a pas : fermez la section par « {{/\(open)}} », puis écrivez le cas contraire entre « {{^\(open)}} » et « {{/\(open)}} »")
                }
                nodes.append(.variable(name, escaped: true))
            }
            state.newLine = newLineAfter
        }
        if let section = state.section {
            // Said where the section opens: its end is wherever the template ends.
            index = state.openedAt ?? index
            throw failure("« \(section) » est ouvert ici mais jamais refermé par « {{/\(section)}} »")
        }
        return Template(nodes: nodes, text: text)
    }

    mutating func read(while matches: (Character) -> Bool) -> [Character] {
        let start = index
        while let c = current, matches(c) { index += 1 }
        return Array(chars[start..<index])
    }

    /// Text up to a line end (not read), the end, or an opening `{{` (read; then `openedTag`).
    /// A Liquid or Jinja tag `{% … %}` is refused: Mustache would publish it as text.
    private mutating func readTextUntilTagOrNewline() throws(Failure) -> (text: [Character], openedTag: Bool) {
        var text: [Character] = []
        while let c = current, !c.isNewline {
            if c == "{", index + 1 < chars.count, chars[index + 1] == "{" {
                index += 2
                return (text, true)
            }
            if c == "{", index + 1 < chars.count, chars[index + 1] == "%" {
                throw failure("« {% … %} » est une balise de Liquid ou de Jinja : Mustache la publierait telle quelle. Écrivez une section « {{#nom}}…{{/nom}} » (ou « {{^nom}}…{{/nom}} » pour le cas contraire)")
            }
            text.append(c)
            index += 1
        }
        return (text, false)
    }

    /// A tag alone on its line: true when it started a line and only spaces follow it to the line
    /// end, which is then read.
    /// The indentation of the line that starts here, less that of the block given to a parent
    /// this line is in (read, not consumed).
    private func intrinsicIndentation(_ state: State) -> [Character] {
        var end = index
        while end < chars.count, chars[end] == " " || chars[end] == "\t" { end += 1 }
        let whitespace = chars[index..<end]
        guard state.inDefinition && !state.definitionTopLevel, let indent = state.definitionIndent else { return Array(whitespace) }
        return Array(whitespace.dropFirst(indent.count))
    }

    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var lookahead = index
        while lookahead < chars.count, chars[lookahead] == " " || chars[lookahead] == "\t" { lookahead += 1 }
        guard lookahead < chars.count, chars[lookahead].isNewline else { return false }
        index = lookahead + 1
        return true
    }

    /// A failure at the current place, counted in characters from 1.
    func failure(_ message: String) -> Failure {
        let at = place(of: index)
        return Failure(line: at.line, column: at.column, message: message)
    }

    /// The line and column of the character at `offset`, both from 1.
    func place(of offset: Int) -> TemplatePlace {
        // The last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return TemplatePlace(line: low + 1, column: offset - lineStarts[low] + 1)
    }
}
