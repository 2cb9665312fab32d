import FTAPCore
import FTAPModel

/// Two sheets that look like one project would each be counted: same title, or same entity,
/// call year and amount. A warning names both files; the build goes on.
enum DuplicateSheetRules {
    static func check(_ projects: [ProjectSheet]) -> [Diagnostic] {
        var byTitle: [String: ProjectSheet] = [:]
        var byFacts: [String: ProjectSheet] = [:]
        var diagnostics: [Diagnostic] = []
        for project in projects.sorted(by: { $0.file < $1.file }) {
            let title = EntityName.identity(of: project.title)
            if let first = byTitle[title] {
                diagnostics.append(warning(project, first, because: "le même titre"))
                continue
            }
            byTitle[title] = project
            guard let amount = project.amount else { continue }
            let facts = "\(project.carrier.identity)|\(project.callYear)|\(amount)"
            if let first = byFacts[facts] {
                diagnostics.append(warning(project, first, because: "le même porteur, le même appel (\(project.callYear)) et le même montant (\(FrenchFormat.euros(amount)))"))
            } else {
                byFacts[facts] = project
            }
        }
        return diagnostics
    }

    private static func warning(_ project: ProjectSheet, _ first: ProjectSheet, because reason: String) -> Diagnostic {
        Diagnostic(file: project.file, position: nil, severity: .warning, code: .probableDuplicate,
                   message: "cette fiche a \(reason) que \(first.file) : s'il s'agit du même projet, gardez une seule fiche, sinon chacune sera comptée dans les chiffres")
    }
}
