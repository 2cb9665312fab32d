import Yams

/// Parses front matter YAML into a Yams node tree, translating every parser complaint into a
/// French diagnostic at its place in the file.
enum YAMLFrontMatterParser {
    /// - Parameters:
    ///   - yaml: the YAML text.
    ///   - firstLine: the file line the YAML text starts on.
    ///   - file: the path shown in diagnostics.
    static func parse(_ yaml: String, firstLine: Int, file: String) -> Result<Node, Diagnostic> {
        let offset = firstLine - 1
        func at(_ line: Int, _ column: Int) -> SourcePosition {
            SourcePosition(line: line + offset, column: column)
        }
        switch YAMLSafetyScan.check(yaml) {
        case .tooLarge?:
            return .failure(Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.yamlTooComplex,
                                       message: "l'en-tête dépasse 1 Mo : gardez le texte long dans le corps du fichier, après la seconde ligne « --- »"))
        case let .tooDeep(p)?:
            return .failure(Diagnostic(file: file, position: at(p.line, p.column), code: DiagnosticCode.yamlTooComplex,
                                       message: "imbrication trop profonde (plus de \(YAMLSafetyScan.maximumDepth) niveaux de listes ou de crochets) : aucune clé n'en demande autant"))
        case let .alias(p)?:
            return .failure(Diagnostic(file: file, position: at(p.line, p.column), code: DiagnosticCode.yamlAlias,
                                       message: "les alias YAML (« *nom ») ne sont pas acceptés : écrivez la valeur en entier, ou mettez le texte entre guillemets s'il commence par « * »"))
        case nil:
            break
        }
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                return .failure(Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.emptyValue,
                                           message: "l'en-tête est vide : ajoutez les clés obligatoires entre les deux lignes « --- »"))
            }
            guard node.mapping != nil else {
                return .failure(Diagnostic(file: file, position: at(node.mark?.line ?? 1, node.mark?.column ?? 1), code: DiagnosticCode.notAMapping,
                                           message: "l'en-tête doit être une suite de lignes « clé: valeur »"))
            }
            return .success(node)
        } catch let YamlError.scanner(context, problem, mark, _),
                let YamlError.parser(context, problem, mark, _),
                let YamlError.composer(context, problem, mark, _) {
            return .failure(Diagnostic(file: file, position: at(mark.line, mark.column), code: DiagnosticCode.yamlSyntax,
                                       message: YAMLProblemTranslation.french(problem: problem, context: context?.text)))
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let key = duplicates.first ?? "?"
            let line = secondOccurrence(of: key, in: yaml) ?? context.mark.line
            return .failure(Diagnostic(file: file, position: at(line, 1), code: DiagnosticCode.duplicateKey,
                                       message: "la clé « \(key) » est écrite deux fois : gardez-en une seule"))
        } catch {
            return .failure(Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.yamlSyntax,
                                       message: "en-tête illisible : \(error)"))
        }
    }

    /// The 1-based line of the second `key:` at the start of a line (any indentation), which is
    /// where an author must act; Yams only marks the mapping.
    private static func secondOccurrence(of key: String, in yaml: String) -> Int? {
        var seen = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("- ") { trimmed = trimmed.dropFirst(2).drop { $0 == " " } }
            guard trimmed.hasPrefix(key) else { continue }
            let rest = trimmed.dropFirst(key.count).drop { $0 == " " }
            if rest.hasPrefix(":") {
                seen += 1
                if seen == 2 { return index + 1 }
            }
        }
        return nil
    }
}
