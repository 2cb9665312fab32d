/// The published sheets must never exceed what the State announced for the same programme and
/// call years: the figure or the sheets are wrong. A warning at the figure's file names both
/// numbers; the build goes on. The figures of the sessions of one year are added up first, since
/// sheets name the call year only.
enum OfficialFigureRules {
    static func check(site: PublishedSite) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for figure in site.officialFigures {
            let compared = OfficialFigureRules.comparable(figure, among: site.officialFigures)
            let sheets = site.projects.filter { $0.programme == figure.programme && figure.years.contains($0.callYear) }
            let amount = sheets.compactMap(\.amount).reduce(0, +)
            let perimeter = "des appels \(figure.years.label)" + (compared.sessions > 1 ? " (les \(compared.sessions) sessions de l'année additionnées)" : "")
            var excess: [String] = []
            if let projects = compared.projects, sheets.count > projects {
                excess.append("\(FrenchFormat.count(sheets.count, "fiche publiée", "fiches publiées")) pour \(FrenchFormat.count(projects, "projet annoncé", "projets annoncés"))")
            }
            if let announced = compared.amount, amount > announced {
                excess.append("\(FrenchFormat.euros(amount)) dans les fiches pour \(FrenchFormat.euros(announced)) annoncés")
            }
            guard !excess.isEmpty else { continue }
            diagnostics.append(Diagnostic(
                file: figure.file, position: nil, severity: .warning, code: .exceedsOfficialFigure,
                message: "les fiches \(perimeter) dépassent le chiffre « \(figure.title) » : \(excess.joined(separator: " ; ")) ; vérifiez ce chiffre et les fiches de ces années (doublon, mauvaise année, mauvais programme ?)"))
        }
        return diagnostics
    }

    /// What the sheets of a figure's perimeter are compared with: the figure itself, or for a
    /// session of a call, the latest figure of each session of that year added up (nil when one
    /// of them lacks the number).
    static func comparable(_ figure: OfficialFigure, among all: [OfficialFigure]) -> (projects: Int?, amount: Int?, sessions: Int) {
        guard !figure.isCumulative, figure.session != nil else { return (figure.projects, figure.amount, 1) }
        let sameYear = all.filter { !$0.isCumulative && $0.session != nil && $0.programme == figure.programme && $0.years.first == figure.years.first }
        var latest: [Int: OfficialFigure] = [:]
        for candidate in sameYear {
            guard let session = candidate.session else { continue }
            if let kept = latest[session], (kept.date, kept.slug) >= (candidate.date, candidate.slug) { continue }
            latest[session] = candidate
        }
        let figures = Array(latest.values)
        func sum(_ value: (OfficialFigure) -> Int?) -> Int? {
            let values = figures.map(value)
            return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }.reduce(0, +)
        }
        return (sum(\.projects), sum(\.amount), figures.count)
    }
}
