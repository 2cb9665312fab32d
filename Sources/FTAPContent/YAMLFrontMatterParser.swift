import FTAPCore

/// Parses front matter YAML into a node tree (`YAMLComposer`), translating every parser complaint into a
/// French diagnostic at its place in the file.
package enum YAMLFrontMatterParser {
    /// Parses the YAML, or says why it cannot. A key written twice is reported at each repeat, with
    /// the line of its first writing, whose value is kept, so the rest of the file is still checked
    /// in the same run.
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the file line the YAML text starts on.
    ///   - file: the path shown in diagnostics.
    ///   - listExample: for a file that is a list rather than a mapping (`retraits.yml`), how an
    ///     item starts, shown when the file is not a list.
    /// - Returns: the root mapping, or list (nil when unusable) and every diagnostic.
    package static func parse(_ yaml: String, firstLine: Int, file: String, keys: Set<String> = [],
                              listExample: String? = nil) -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        let offset = firstLine - 1
        func at(_ line: Int, _ column: Int) -> SourcePosition {
            SourcePosition(line: line + offset, column: column)
        }
        func at(_ place: SourcePosition) -> SourcePosition { at(place.line, place.column) }
        func at(_ mark: YAMLMark) -> SourcePosition { at(mark.line, mark.column) }
        switch YAMLSafetyScan.check(yaml) {
        case .tooLarge?:
            return (nil, [Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.yamlTooComplex,
                                     message: "l'en-tête dépasse 1 Mo : gardez le texte long dans le corps du fichier, après la seconde ligne « --- »")])
        case let .tooDeep(p)?:
            return (nil, [Diagnostic(file: file, position: at(p.line, p.column), code: DiagnosticCode.yamlTooComplex,
                                     message: "imbrication trop profonde (plus de \(YAMLSafetyScan.maximumDepth) niveaux de listes ou de crochets) : aucune clé n'en demande autant")])
        case let .alias(p)?:
            return (nil, [Diagnostic(file: file, position: at(p.line, p.column), code: DiagnosticCode.yamlAlias,
                                     message: "les alias YAML (« *nom ») ne sont pas acceptés : écrivez la valeur en entier, ou mettez le texte entre guillemets s'il commence par « * »")])
        case let .tag(p)?:
            return (nil, [Diagnostic(file: file, position: at(p.line, p.column), code: DiagnosticCode.yamlTag,
                                     message: "« ! » en début de valeur introduit une étiquette YAML (comme « !!binary »), qui n'est pas acceptée : mettez la valeur entre guillemets si elle commence par « ! »")])
        case nil:
            break
        }
        // The mistakes authors make most, at the line they made them (libyaml sees them later).
        if let mistake = YAMLLineCheck.firstMistake(in: yaml, keys: keys, lineOffset: offset) {
            return (nil, [Diagnostic(file: file, position: at(mistake.line, mistake.column), code: DiagnosticCode.yamlSyntax,
                                     message: "syntaxe YAML : \(mistake.explanation)")])
        }
        let document: YAMLComposer.Document
        do {
            // The plain block form without libyaml; the rest, and every error, through it.
            if let plain = YAMLPlainComposer.compose(yaml) { document = plain } else { document = try YAMLComposer.compose(yaml) }
        } catch {
            let position = switch error.place {
            case let .mark(mark): at(mark.line, mark.column)
            case let .byteOffset(offset): at(place(ofByte: offset, in: yaml))
            }
            // A mistake libyaml misreads is named, at the character at fault rather than where libyaml stopped.
            if position.line >= firstLine, let misreading = YAMLMisreading.find(in: yaml, line: position.line - offset) {
                return (nil, [Diagnostic(file: file, position: SourcePosition(line: position.line, column: misreading.column),
                                         code: DiagnosticCode.yamlSyntax, message: "syntaxe YAML : \(misreading.explanation)")])
            }
            return (nil, [Diagnostic(file: file, position: position, code: DiagnosticCode.yamlSyntax,
                                     message: YAMLProblemTranslation.french(problem: error.problem, context: error.context))])
        }
        let duplicates = document.repeatedKeys.prefix(DiagnosticCollector.maximumPerFile).map { repeated in
            Diagnostic(file: file, position: at(repeated.mark), code: DiagnosticCode.duplicateKey,
                       message: "la clé « \(repeated.key) » est déjà écrite ligne \(at(repeated.first).line) ; "
                           + "seule la première valeur est lue : gardez-en une seule")
        }
        guard let node = document.root else {
            return (nil, duplicates + [Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.emptyValue,
                                                  message: "l'en-tête est vide : ajoutez les clés obligatoires entre les deux lignes « --- »")])
        }
        if let listExample, node.sequence == nil {
            return (nil, duplicates + [Diagnostic(file: file, position: at(node.mark.line, node.mark.column), code: DiagnosticCode.notAMapping,
                                                  message: "ce fichier est une liste : chaque élément commence par « - » en début de ligne, comme « \(listExample) »")])
        }
        guard node.mapping != nil || listExample != nil else {
            return (nil, duplicates + [Diagnostic(file: file, position: at(node.mark.line, node.mark.column), code: DiagnosticCode.notAMapping,
                                                  message: "l'en-tête doit être une suite de lignes « clé: valeur »")])
        }
        return (node, duplicates)
    }

    /// The line and column (in characters, 1-based) of a byte of the YAML text.
    static func place(ofByte offset: Int, in yaml: String) -> SourcePosition {
        let before = yaml.utf8.prefix(offset)
        let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line, column: column)
    }
}
