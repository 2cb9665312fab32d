import FTAPCore
import FTAPModel

/// Each project's identifier in the open data (`ProjectSheet.identifier`) names one project:
/// two sheets with the same one would be one row followed across versions of the data.
enum IdentifierRules {
    static func check(_ projects: [ProjectSheet], parsed: ParsedContent) -> [Diagnostic] {
        let places = parsed.placesByFile
        var owner: [String: ProjectSheet] = [:]
        var diagnostics: [Diagnostic] = []
        for project in projects.sorted(by: { $0.file < $1.file }) {
            let identifier = project.identifier
            guard let first = owner[identifier] else {
                owner[identifier] = project
                continue
            }
            let place = places[project.file]?["identifiant"] ?? places[first.file]?["identifiant"]
            let file = places[project.file]?["identifiant"] == nil && place != nil ? first.file : project.file
            diagnostics.append(Diagnostic(file: file, position: place, code: DiagnosticCode.duplicateItem,
                                          message: "« \(identifier) » est l'identifiant de deux fiches, \(first.file) et \(project.file), dans les données ouvertes : "
                                              + "chaque projet garde le sien ; donnez à la plus récente un « identifiant » qui lui soit propre, par exemple le nom de son fichier"))
        }
        return diagnostics
    }
}
