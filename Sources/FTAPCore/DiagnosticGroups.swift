/// Diagnostics as the reports for people show them (the text format and the preview's page): by
/// file, in the order the files first come, each file's in line order, within the limits below.
package struct DiagnosticGroups: Sendable {
    /// Diagnostics shown for one file, and in all (the github format keeps the same limits): past
    /// them a terminal, a CI log or a page is unreadable. The JSON report always holds every one.
    static let shownPerFile = 50
    /// See `shownPerFile`.
    static let shownInAll = 500

    /// One file's diagnostics.
    package struct Group: Sendable {
        /// The path as in the diagnostics; empty for problems that belong to no file.
        package var file: String
        /// Those shown, in line order (problems of the whole file first).
        package var shown: [Diagnostic]
        /// All the file's errors and warnings, shown or not.
        package var errors = 0
        package var warnings = 0
        /// The index in `shown` of the first diagnostic after which the file's other checks did
        /// not run (`stopsTheFileChecks`); the reports say so under it, once per file.
        package var checksStoppedAfter: Int?
    }

    /// Codes of mistakes that stop the reading of a file's header, hence every check of its keys
    /// and values: the file's other mistakes appear only once this one is fixed.
    static let stopsTheFileChecks: Set<DiagnosticCode> = [
        .invalidUTF8, .forbiddenCharacter, .missingFrontMatter, .unclosedFrontMatter, .yamlSyntax, .yamlAlias, .yamlTag, .yamlTooComplex, .notAMapping,
    ]

    /// Said under such a mistake, so that an author expects a second round.
    package static let stoppedChecksNotice = "Les autres vérifications de ce fichier reprendront une fois cette erreur corrigée : d'autres erreurs peuvent alors apparaître."

    package var groups: [Group] = []
    /// Diagnostics left out by the limits.
    package var hidden = 0

    package init(_ diagnostics: [Diagnostic]) {
        var byFile: [String: [(index: Int, diagnostic: Diagnostic)]] = [:]
        var order: [String] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append((index, diagnostic))
        }
        var printed = 0
        for file in order {
            let sorted = (byFile[file] ?? []).sorted { a, b in
                let (pa, pb) = (a.diagnostic.position ?? SourcePosition(line: 0, column: 0),
                                b.diagnostic.position ?? SourcePosition(line: 0, column: 0))
                return pa != pb ? pa < pb : a.index < b.index
            }.map(\.diagnostic)
            var group = Group(file: file, shown: [])
            for diagnostic in sorted {
                if diagnostic.severity == .error { group.errors += 1 } else { group.warnings += 1 }
                if group.shown.count >= Self.shownPerFile || printed >= Self.shownInAll {
                    hidden += 1
                } else {
                    group.shown.append(diagnostic)
                    printed += 1
                }
            }
            group.checksStoppedAfter = group.shown.firstIndex { Self.stopsTheFileChecks.contains($0.code) }
            if !group.shown.isEmpty { groups.append(group) }
        }
    }

    /// The line that counts the diagnostics left out by the limits.
    package static func hiddenNotice(_ hidden: Int) -> String {
        let word = hidden > 1 ? "autres problèmes non affichés" : "autre problème non affiché"
        return "… et \(hidden) \(word) (au plus \(shownPerFile) par fichier et \(shownInAll) en tout) ; « --format json » les donne tous."
    }

    /// « 2 erreurs et 1 avertissement », « 1 erreur », « 3 avertissements ».
    package static func counted(errors: Int, warnings: Int) -> String {
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) \(errors > 1 ? "erreurs" : "erreur")") }
        if warnings > 0 { parts.append("\(warnings) \(warnings > 1 ? "avertissements" : "avertissement")") }
        return parts.joined(separator: " et ")
    }
}
