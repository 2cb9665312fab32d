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
            let line = secondOccurrence(of: key, after: context.mark, in: yaml) ?? context.mark.line
            return .failure(Diagnostic(file: file, position: at(line, 1), code: DiagnosticCode.duplicateKey,
                                       message: "la clé « \(key) » est écrite deux fois : gardez-en une seule"))
        } catch {
            return .failure(Diagnostic(file: file, position: at(1, 1), code: DiagnosticCode.yamlSyntax,
                                       message: "en-tête illisible : \(error)"))
        }
    }

    /// The 1-based line where `key` is written again in the mapping whose first `key` Yams marked;
    /// that is where an author must act, while Yams only marks the first one.
    private static func secondOccurrence(of key: String, after first: Mark, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let column = first.column - 1
        for index in first.line..<lines.count {
            let line = Array(lines[index])
            guard let start = line.firstIndex(where: { $0 != " " }), line[start] != "#" else { continue }
            if start < column { return nil }  // left the mapping (or began the next list item)
            guard start == column else { continue }
            let rest = String(line[column...])
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return index + 1
            }
        }
        return nil
    }
}
