import Yams

/// Parses front matter YAML into a Yams node tree, translating every parser complaint into a
/// French diagnostic at its place in the file.
enum YAMLFrontMatterParser {
    static let maximumRounds = 8

    /// Parses the YAML, or says why it cannot. A key written twice is reported and its second
    /// writing set aside, so the rest of the file is still checked in the same run.
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the file line the YAML text starts on.
    ///   - file: the path shown in diagnostics.
    /// - Returns: the root mapping (nil when unusable) and every diagnostic.
    static func parse(_ yaml: String, firstLine: Int, file: String) -> (node: Node?, diagnostics: [Diagnostic]) {
        let offset = firstLine - 1
        func at(_ line: Int, _ column: Int) -> SourcePosition {
            SourcePosition(line: line + offset, column: column)
        }
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
        var text = yaml
        var duplicates: [Diagnostic] = []
        // Each round sets aside every repeat of one key; a few rounds cover any real file.
        for _ in 0..<maximumRounds {
            do {
                // Every value is read as text (the decoders interpret it), so no tag is resolved:
                // the default resolver runs regular expressions on every scalar, twice with the
                // duplicate-key check, and the default encoding reads the environment each time.
                guard let node = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() else {
                    return (nil, duplicates + [Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.emptyValue,
                                                          message: "l'en-tête est vide : ajoutez les clés obligatoires entre les deux lignes « --- »")])
                }
                guard node.mapping != nil else {
                    return (nil, duplicates + [Diagnostic(file: file, position: at(node.mark?.line ?? 1, node.mark?.column ?? 1),
                                                          code: DiagnosticCode.notAMapping,
                                                          message: "l'en-tête doit être une suite de lignes « clé: valeur »")])
                }
                return (node, duplicates)
            } catch let YamlError.scanner(context, problem, mark, _),
                    let YamlError.parser(context, problem, mark, _),
                    let YamlError.composer(context, problem, mark, _) {
                return (nil, duplicates + [Diagnostic(file: file, position: at(mark.line, mark.column), code: DiagnosticCode.yamlSyntax,
                                                      message: YAMLProblemTranslation.french(problem: problem, context: context?.text))])
            } catch let YamlError.duplicatedKeysInMapping(keys, context) {
                let key = keys.first ?? "?"
                let message = "la clé « \(key) » est écrite deux fois : gardez-en une seule"
                let (lines, rest) = settingAsideRepeats(of: key, after: context.mark, in: text)
                guard !lines.isEmpty else {
                    return (nil, duplicates + [Diagnostic(file: file, position: at(context.mark.line, context.mark.column),
                                                          code: DiagnosticCode.duplicateKey, message: message)])
                }
                duplicates += lines.prefix(max(0, DiagnosticCollector.maximumPerFile - duplicates.count)).map {
                    Diagnostic(file: file, position: at($0, context.mark.column), code: DiagnosticCode.duplicateKey, message: message)
                }
                text = rest
            } catch {
                return (nil, duplicates + [Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.yamlSyntax,
                                                      message: YAMLProblemTranslation.french(problem: "\(error)", context: nil))])
            }
        }
        return (nil, duplicates)
    }

    /// The 1-based lines where `key` is written again in the mapping whose first `key` Yams
    /// marked (Yams marks only the first), and the text with those entries (key line and more
    /// indented value lines) blanked, so every other line keeps its number. One pass.
    static func settingAsideRepeats(of key: String, after first: Mark, in yaml: String) -> (lines: [Int], text: String) {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let keyIndent = first.column - 1
        var found: [Int] = []
        var blanking = false
        var index = first.line
        while index < lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let isBlank = indent == line.count
            if blanking, isBlank || indent > keyIndent {
                lines[index] = ""
                index += 1
                continue
            }
            blanking = false
            let content = line.dropFirst(indent)
            if isBlank || content.hasPrefix("#") || indent > keyIndent {
                index += 1
                continue
            }
            if indent < keyIndent { break }  // left the mapping (or began the next list item)
            if content.hasPrefix(key), content.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                found.append(index + 1)
                lines[index] = ""
                blanking = true
            }
            index += 1
        }
        return (found, lines.joined(separator: "\n"))
    }
}
