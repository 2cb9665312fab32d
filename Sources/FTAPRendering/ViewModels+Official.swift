import FTAPAggregation
import FTAPCore
import FTAPModel
import FTAPValidation
import Mustache

/// Published figures: each with its publisher, date, nature and sources, and for laureates what
/// the sheets of its perimeter detail; the headline of the home and key-figures pages.
extension ViewModels {
    /// One published figure, with its sources, its text and, for laureates, what the sheets of its
    /// perimeter detail.
    func officialView(_ row: Aggregates.OfficialRow) -> TemplateObject {
        let figure = row.figure
        let perimeter = OfficialStatement.perimeter(figure)
        var view: TemplateObject = [
            "title": figure.title, "perimeter": perimeter,
            "date": FrenchFormat.date(figure.date), "dateISO": figure.date.iso,
            "publisher": figure.publisher.label,
            "statement": OfficialStatement.announced(figure),
            "nature": figure.nature.label + (figure.isForecast ? " (prévision)" : ""),
            "projectsCell": figure.projects.map(FrenchFormat.integer) ?? "—",
            "amountCell": OfficialStatement.amount(figure) ?? "—",
            "sources": sourceLinks(figure.sources),
            "bodyHTML": figure.body.html,
        ]
        view = view.merging(correctionsView(figure.corrections)).merging(historyView(file: figure.file))
        // Explicit `false` where a value is absent: a missing name would be looked up in the page
        // around the partial (a call page's `projects` is its list of cards).
        view["isPress"] = figure.publisher == .presse
        view["publisherName"] = figure.publisherName ?? false
        view["figureProjects"] = figure.projects.map(FrenchFormat.integer) ?? false
        view["figureAmount"] = OfficialStatement.amount(figure) ?? false
        view["publishedWords"] = figure.publishedAmount ?? false
        view["coverage"] = false
        view["sessionsNote"] = false
        view["outside"] = false
        view["perimeterNote"] = false
        view["draft"] = figure.isDraft
        view["amountLabel"] = Self.amountLabel(figure)
        if let coverage = row.coverage {
            let texts = coverageTexts(row)
            view["coverage"] = texts.coverage ?? false
            view["sessionsNote"] = texts.sessionsNote ?? false
            view["sheetSummary"] = sheetSummary(coverage, of: figure, compared: OfficialFigureRules.comparable(figure, among: site.officialFigures))
        }
        // A title that already names its calls (« Bilan du premier FTAP (appels 2018 à 2022) ») is
        // not followed by the same words again.
        if !figure.title.lowercased().contains(perimeter.lowercased()) {
            view["perimeterNote"] = perimeter.prefix(1).uppercased() + perimeter.dropFirst()
        }
        return view
    }

    /// What the sheets of a figure of laureates detail, in a sentence, and for a session the note
    /// that the sheets are compared with the year's sessions added up, or that they cannot be.
    func coverageTexts(_ row: Aggregates.OfficialRow) -> (coverage: String?, sessionsNote: String?) {
        guard let coverage = row.coverage else { return (nil, nil) }
        let compared = OfficialFigureRules.comparable(row.figure, among: site.officialFigures)
        let year = row.figure.years.first
        if lacksAnEarlierSession(row.figure) {
            return (OfficialStatement.coverage(coverage, projects: nil, amount: nil),
                    "Les fiches ne disent que l'année de l'appel, et toutes les sessions de \(year) ne sont pas enregistrées ici : la part de ce chiffre qu'elles détaillent n'est pas connue.")
        }
        return (OfficialStatement.coverage(coverage, projects: compared.projects, amount: compared.amount, precision: compared.amountPrecision),
                compared.sessions > 1 ? "Les fiches ne disent que l'année de l'appel : elles sont comparées aux \(compared.sessions) sessions de \(year) additionnées." : nil)
    }

    /// True for a session figure when an earlier session of its year has no figure of laureates
    /// here (a 2nd session alone): the year's sheets may belong to the missing one, so no share of
    /// the recorded sessions can be said.
    func lacksAnEarlierSession(_ figure: OfficialFigure) -> Bool {
        guard !figure.isCumulative, figure.session != nil else { return false }
        let sessions = Set(site.officialFigures.filter {
            $0.countsLaureates && !$0.isCumulative && $0.programme == figure.programme && $0.years.first == figure.years.first
        }.compactMap(\.session))
        // Sessions are numbered from 1: fewer of them than the highest number means one is missing.
        return sessions.count < (sessions.max() ?? 0)
    }

    /// The official-figures table's cell of what the sheets detail: « 20 projets (dont 7 sans
    /// montant publié) ; au moins 222,04 M€, soit au moins 29,06 % », or, for a session, « 9 projets
    /// de 2018 … soit 41,84 % des 194,8 M€ des 2 sessions »: a share is always of the amount it is a
    /// share of, and none is said when an earlier session of the year is missing.
    func sheetSummary(_ sheets: Aggregates.Figures, of figure: OfficialFigure, compared: OfficialFigureRules.Comparison) -> String {
        guard sheets.projects > 0 else { return "aucun projet" }
        // A session's sheets are those of its whole year: they are said to be.
        var text = FrenchFormat.count(sheets.projects, "projet", "projets") + (figure.session != nil ? " de \(figure.years.first)" : "")
        if sheets.projectsWithoutAmount == sheets.projects { return text + " ; " + Self.unpublishedAmount }
        if sheets.projectsWithoutAmount > 0 { text += " (dont \(FrenchFormat.integer(sheets.projectsWithoutAmount)) sans montant publié)" }
        text += " ; " + AmountWords.sum(sheets.amount, sheets.amountPrecision)
        if let amount = compared.amount, !lacksAnEarlierSession(figure),
           let share = AmountWords.share(sheets.amount, sheets.amountPrecision, of: amount, compared.amountPrecision) {
            text += ", soit " + share
            if compared.sessions > 1 { text += " du total des \(compared.sessions) sessions (\(AmountWords.sum(amount, compared.amountPrecision)))" }
        }
        return text
    }

    /// Links to sources where the visible text is short (« source », or « source 1 », « source 2 »
    /// when there are several): `title` completes each link's accessible name (RGAA 6.1), so no
    /// two links to different places read the same.
    func sourceLinks(_ links: [SourceLink]) -> [TemplateObject] {
        links.enumerated().map { index, link in
            ["title": link.title, "url": link.url, "label": links.count > 1 ? "source\u{00A0}\(index + 1)" : "source"]
        }
    }

    /// The lead figure of the home and key-figures pages, the sheets outside its years, and the
    /// latest spending and savings statements, each in its own sentence.
    func headlineView() -> TemplateObject {
        let others = [FigureNature.consommation, .economies].compactMap { nature in
            OfficialStatement.latest(nature, in: site.officialFigures)
        }.map { figure -> TemplateObject in
            ["statement": OfficialStatement.announced(figure), "sources": sourceLinks(figure.sources),
             "value": OfficialStatement.amount(figure) ?? "—", "label": Self.amountLabel(figure),
             "source": "\(figure.publisher.label)\(figure.publisherName.map { " (\($0))" } ?? ""), \(FrenchFormat.date(figure.date))"]
        }
        guard let figure = OfficialStatement.headline(site.officialFigures),
              let row = aggregates.officialFigures.first(where: { $0.figure == figure }) else {
            return ["noOfficial": true, "figures": figuresView(aggregates.total), "spendingLines": others]
        }
        var view = officialView(row)
        let outside = site.fundProjects.filter { !row.figure.years.contains($0.callYear) }
        if !outside.isEmpty {
            let years = Set(outside.map(\.callYear)).sorted().map(String.init).joined(separator: ", ")
            let f = Aggregates.figures(outside)
            view["outside"] = "S'y ajoutent \(FrenchFormat.count(f.projects, "projet détaillé", "projets détaillés")) d'appels hors de cette période (\(years)), \(Self.amountPhrase(f))."
        }
        return ["official": view, "spendingLines": others]
    }

    /// What a figure's amount is, under it: « montant annoncé », « consommation prévue »…
    static func amountLabel(_ figure: OfficialFigure) -> String {
        switch figure.nature {
        case .laureats: "montant annoncé"
        case .consommation: figure.isForecast ? "consommation prévue des crédits" : "crédits consommés"
        case .economies: figure.isForecast ? "économies attendues" : "économies réalisées"
        }
    }

    /// « pour 22,05 M€ », « pour au moins 52,05 M€ (dont 1 projet sans montant publié) », or « dont
    /// le montant n'est pas publié » when no sheet of the group publishes its amount.
    static func amountPhrase(_ f: Aggregates.Figures) -> String {
        if f.projectsWithoutAmount == f.projects {
            return f.projects >= 2 ? "dont les montants ne sont pas publiés" : "dont le montant n'est pas publié"
        }
        let note = f.projectsWithoutAmount > 0 ? " (dont \(FrenchFormat.count(f.projectsWithoutAmount, "projet", "projets")) sans montant publié)" : ""
        return "pour \(AmountWords.sum(f.amount, f.amountPrecision))" + note
    }
}
