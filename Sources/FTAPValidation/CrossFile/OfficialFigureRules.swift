import FTAPCore
import FTAPModel

/// The published sheets must never exceed the laureates announced for the same programme and
/// call years: the figure or the sheets are wrong. A warning at the figure's file names both
/// numbers; the build goes on. The figures of the sessions of one year are added up first, since
/// sheets name the call year only. Spending and savings are never compared with the sheets.
package enum OfficialFigureRules {
    package static func check(site: PublishedSite) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for figure in site.officialFigures where figure.countsLaureates {
            let compared = OfficialFigureRules.comparable(figure, among: site.officialFigures)
            let sheets = site.projects.filter { $0.programme == figure.programme && figure.years.contains($0.callYear) }
            // A sheet's « plus de 30 M€ » counts by its floor; « près de » amounts are compared as given.
            let amount = sheets.compactMap(\.amount).reduce(0, +)
            let perimeter = "des appels \(figure.years.label)" + (compared.sessions > 1 ? " (les \(compared.sessions) sessions de l'année additionnées)" : "")
            var excess: [String] = []
            if let projects = compared.projects, sheets.count > projects {
                excess.append("\(FrenchFormat.count(sheets.count, "fiche publiée", "fiches publiées")) pour \(FrenchFormat.count(projects, "projet annoncé", "projets annoncés"))")
            }
            // An announced « plus de » or « près de » amount is no ceiling: only an exact or
            // « moins de » amount can be exceeded.
            if let announced = compared.amount, compared.amountIsCeiling, amount > announced {
                excess.append("\(FrenchFormat.euros(amount)) dans les fiches pour \(FrenchFormat.euros(announced)) annoncés")
            }
            guard !excess.isEmpty else { continue }
            diagnostics.append(Diagnostic(
                file: figure.file, position: nil, severity: .warning, code: .exceedsOfficialFigure,
                message: "les fiches \(perimeter) dépassent le chiffre « \(figure.title) » : \(excess.joined(separator: " ; ")) ; vérifiez ce chiffre et les fiches de ces années (doublon, mauvaise année, mauvais programme ?)"))
        }
        return diagnostics
    }

    /// What the sheets of a figure of laureates are compared with.
    package struct Comparison: Equatable {
        package var projects: Int?
        package var amount: Int?
        /// The precision of `amount`, a sum when sessions are added up.
        package var amountPrecision: AmountPrecision
        /// The sessions added up (1 for a figure alone).
        package var sessions: Int

        /// True when `amount` is a ceiling the sheets cannot exceed: exact, or « moins de ».
        var amountIsCeiling: Bool { !amountPrecision.isEstimate && (amountPrecision.bound == .exact || amountPrecision.bound == .atMost) }
    }

    /// What the sheets of a figure's perimeter are compared with: the figure itself, or for a
    /// session of a call, the sessions of that year added up, each session's number of projects
    /// and amount taken from its best figure that gives it (a public authority's before the
    /// press's, then the latest); nil when a session lacks the number.
    package static func comparable(_ figure: OfficialFigure, among all: [OfficialFigure]) -> Comparison {
        guard !figure.isCumulative, figure.session != nil else {
            return Comparison(projects: figure.projects, amount: figure.amount, amountPrecision: figure.amountPrecision, sessions: 1)
        }
        let sameYear = all.filter {
            $0.countsLaureates && !$0.isCumulative && $0.session != nil && $0.programme == figure.programme && $0.years.first == figure.years.first
        }
        let sessions = Set(sameYear.compactMap(\.session))
        func best(_ session: Int, _ value: (OfficialFigure) -> Int?) -> OfficialFigure? {
            sameYear.filter { $0.session == session && value($0) != nil }.max { preference($0) < preference($1) }
        }
        var projects: Int? = 0, amount: Int? = 0, precision = AmountPrecision.exact
        for session in sessions {
            if let count = best(session, \.projects)?.projects { projects = projects.map { $0 + count } } else { projects = nil }
            if let chosen = best(session, \.amount), let value = chosen.amount {
                amount = amount.map { $0 + value }
                precision = precision.adding(chosen.amountPrecision)
            } else {
                amount = nil
            }
        }
        return Comparison(projects: projects, amount: amount, amountPrecision: precision, sessions: sessions.count)
    }

    /// The order in which figures of one session are preferred: a public authority's over the
    /// press's, then the latest, then by file name.
    private static func preference(_ figure: OfficialFigure) -> (Int, PublicationDate, String) {
        (figure.publisher.isPublicAuthority ? 1 : 0, figure.date, figure.slug)
    }
}
