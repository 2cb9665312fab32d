import Foundation
import FTAPContent
import FTAPKit
import FTAPModel

/// The one French line that ends `ftap check`, `ftap build` and each rebuild of `ftap serve`: what
/// is published, what is not and why (drafts, scheduled items with their dates), the pages written
/// and the time taken. Coloured only when standard error is a terminal (and NO_COLOR is unset).
struct SummaryLine {
    /// The command's own opening words, e.g. « Contenu valide » or « Site construit dans « public » ».
    var success: String
    /// Said after the counts when there are errors, e.g. « rien n'a été publié ».
    var failure: String?
    var colours = SummaryLine.standardErrorIsATerminal

    static var standardErrorIsATerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// `elapsed` is left out of the line when nil (the preview rebuilds on its own).
    func text(_ outcome: BuildOutcome, pages: Int? = nil, elapsed: Duration?) -> String {
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        let warnings = outcome.diagnostics.count - errors
        let time = elapsed.map { " (\(Self.seconds($0)))" } ?? ""
        guard errors == 0, let publication = outcome.publication else {
            let counts = paint("\(Self.count(errors, "erreur", "erreurs")) et \(Self.count(warnings, "avertissement", "avertissements"))", .red)
            return counts + (failure.map { " : \($0)" } ?? "") + time + "."
        }
        var parts = [paint(success, .green)]
        if let pages { parts[0] += " : \(Self.count(pages, "page écrite", "pages écrites"))" }
        parts.append("publié : " + Self.published(publication))
        parts.append("non publié : " + paint(Self.unpublished(publication), publication.drafts + publication.scheduled.count > 0 ? .yellow : nil))
        if warnings > 0 { parts.append(paint(Self.count(warnings, "avertissement", "avertissements"), .yellow)) }
        return parts[0] + " — " + parts.dropFirst().joined(separator: " ; ") + time + "."
    }

    static func published(_ publication: PublicationSummary) -> String {
        let kinds: [(ContentKind, String, String)] = [
            (.project, "projet", "projets"), (.news, "actualité", "actualités"), (.testimonial, "témoignage", "témoignages"),
            (.page, "page", "pages"), (.officialFigure, "chiffre officiel", "chiffres officiels"),
        ]
        // Budget execution is said only when some is published: most sites never have any.
        let execution = publication.published[.budgetExecution] ?? 0
        let optional = execution > 0 ? [count(execution, "année d'exécution budgétaire", "années d'exécution budgétaire")] : []
        return (kinds.map { count(publication.published[$0.0] ?? 0, $0.1, $0.2) } + optional).joined(separator: ", ")
    }

    static let maximumScheduledShown = 3

    static func unpublished(_ publication: PublicationSummary) -> String {
        var parts: [String] = []
        if publication.drafts > 0 { parts.append(count(publication.drafts, "brouillon", "brouillons")) }
        if !publication.scheduled.isEmpty {
            // The next few to come out; the rest counted (a long schedule must keep one line).
            let shown = publication.scheduled.prefix(maximumScheduledShown).map { "\($0.file) le \($0.date.frenchText)" }
            let others = publication.scheduled.count - shown.count
            let items = shown.joined(separator: ", ") + (others > 0 ? ", et \(count(others, "autre", "autres"))" : "")
            parts.append(count(publication.scheduled.count, "programmé", "programmés") + " (\(items))")
        }
        return parts.isEmpty ? "aucun brouillon ni contenu programmé" : parts.joined(separator: " et ")
    }

    /// « 0 erreur », « 1 erreur », « 2 erreurs »: French puts the plural from 2.
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n >= 2 ? plural : singular)"
    }

    /// « 0,42 s », « 12,3 s ».
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = Int(seconds) * 100 + Int(attoseconds / 10_000_000_000_000_000)
        let text = hundredths >= 1_000 ? "\(hundredths / 100),\(hundredths % 100 / 10)" : "\(hundredths / 100),\(String(format: "%02d", hundredths % 100))"
        return text + " s"
    }

    enum Colour: String {
        case red = "31", green = "32", yellow = "33"
    }

    func paint(_ text: String, _ colour: Colour?) -> String {
        guard colours, let colour else { return text }
        return "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m"
    }
}
