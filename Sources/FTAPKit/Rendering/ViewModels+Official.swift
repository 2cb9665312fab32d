/// Official figures, envelopes and ministries.
extension ViewModels {
    /// One official figure, with its sources, its text and what the sheets of its perimeter detail.
    func officialView(_ row: Aggregates.OfficialRow) -> TemplateObject {
        let figure = row.figure
        let compared = OfficialFigureRules.comparable(figure, among: site.officialFigures)
        let perimeter = OfficialStatement.perimeter(figure)
        let coverage = coverageTexts(row)
        var view: TemplateObject = [
            "title": figure.title, "perimeter": perimeter,
            "date": FrenchFormat.date(figure.date), "dateISO": figure.date.iso,
            "statement": OfficialStatement.announced(figure),
            "coverage": coverage.coverage, "sessionsNote": coverage.sessionsNote,
            "projects": figure.projects.map(FrenchFormat.integer) ?? "—",
            "amount": figure.amount.map(FrenchFormat.compactEuros) ?? "—",
            "sheetSummary": sheetSummary(row.coverage, of: figure, compared: compared),
            "sources": sourceLinks(figure.sources),
            "bodyHTML": figure.body.html,
        ]
        // A title that already names its calls (« Bilan du premier FTAP (appels 2018 à 2022) ») is
        // not followed by the same words again.
        if !figure.title.lowercased().contains(perimeter.lowercased()) {
            view["perimeterNote"] = perimeter.prefix(1).uppercased() + perimeter.dropFirst()
        }
        return view
    }

    /// What the sheets of a figure's perimeter detail, in a sentence, and for a session the note
    /// that the sheets are compared with the year's sessions added up, or that they cannot be.
    func coverageTexts(_ row: Aggregates.OfficialRow) -> (coverage: String, sessionsNote: String?) {
        let compared = OfficialFigureRules.comparable(row.figure, among: site.officialFigures)
        let year = row.figure.years.first
        if lacksAnEarlierSession(row.figure) {
            return (OfficialStatement.coverage(row.coverage, projects: nil, amount: nil),
                    "Les fiches ne disent que l'année de l'appel, et toutes les sessions de \(year) ne sont pas enregistrées ici : la part de ce chiffre qu'elles détaillent n'est pas connue.")
        }
        return (OfficialStatement.coverage(row.coverage, projects: compared.projects, amount: compared.amount),
                compared.sessions > 1 ? "Les fiches ne disent que l'année de l'appel : elles sont comparées aux \(compared.sessions) sessions de \(year) additionnées." : nil)
    }

    /// True for a session figure when an earlier session of its year has no figure here (a 2nd
    /// session alone): the year's sheets may belong to the missing one, so no share of the
    /// recorded sessions can be said.
    func lacksAnEarlierSession(_ figure: OfficialFigure) -> Bool {
        guard !figure.isCumulative, figure.session != nil else { return false }
        let sessions = Set(site.officialFigures.filter {
            !$0.isCumulative && $0.programme == figure.programme && $0.years.first == figure.years.first
        }.compactMap(\.session))
        // Sessions are numbered from 1: fewer of them than the highest number means one is missing.
        return sessions.count < (sessions.max() ?? 0)
    }

    /// The official-figures table's cell of what the sheets detail: « 20 projets (dont 7 sans
    /// montant publié) ; 222,04 M€, soit 29,06 % », or, for a session, « 9 projets de 2018 … soit
    /// 41,84 % des 194,8 M€ des 2 sessions »: a share is always of the amount it is a share of,
    /// and none is said when an earlier session of the year is missing.
    func sheetSummary(_ sheets: Aggregates.Figures, of figure: OfficialFigure,
                      compared: (projects: Int?, amount: Int?, sessions: Int)) -> String {
        guard sheets.projects > 0 else { return "aucun projet" }
        // A session's sheets are those of its whole year: they are said to be.
        var text = FrenchFormat.count(sheets.projects, "projet", "projets") + (figure.session != nil ? " de \(figure.years.first)" : "")
        if sheets.projectsWithoutAmount == sheets.projects { return text + " ; " + Self.unpublishedAmount }
        if sheets.projectsWithoutAmount > 0 { text += " (dont \(FrenchFormat.integer(sheets.projectsWithoutAmount)) sans montant publié)" }
        text += " ; " + FrenchFormat.compactEuros(sheets.amount)
        if let amount = compared.amount, amount > 0, !lacksAnEarlierSession(figure) {
            text += ", soit " + FrenchFormat.percent(sheets.amount, of: amount)
            if compared.sessions > 1 { text += " des \(FrenchFormat.compactEuros(amount)) des \(compared.sessions) sessions" }
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

    /// The lead figure of the home and key-figures pages, and the sheets outside its years.
    func headlineView() -> TemplateObject {
        guard let figure = OfficialStatement.headline(site.officialFigures),
              let row = aggregates.officialFigures.first(where: { $0.figure == figure }) else {
            return ["noOfficial": true, "figures": figuresView(aggregates.total)]
        }
        var view = officialView(row)
        let outside = site.fundProjects.filter { !row.figure.years.contains($0.callYear) }
        if !outside.isEmpty {
            let years = Set(outside.map(\.callYear)).sorted().map(String.init).joined(separator: ", ")
            let f = Aggregates.figures(outside)
            view["outside"] = "S'y ajoutent \(FrenchFormat.count(f.projects, "projet détaillé", "projets détaillés")) d'appels hors de cette période (\(years)), \(Self.amountPhrase(f))."
        }
        return ["official": view]
    }

    func envelopeViews() -> [TemplateObject] {
        aggregates.envelopes.map { row in
            let e = row.envelope
            let sheets = row.sheets
            let noAmount = sheets.projects > 0 && sheets.projectsWithoutAmount == sheets.projects
            return ["title": e.title, "amount": FrenchFormat.compactEuros(e.amount), "years": e.years.label,
                    "sheets": noAmount ? Self.unpublishedAmount : FrenchFormat.compactEuros(sheets.amount),
                    "share": noAmount ? "—" : FrenchFormat.percent(sheets.amount, of: e.amount),
                    "sheetProjects": FrenchFormat.count(sheets.projects, "projet détaillé", "projets détaillés")
                        + (sheets.projectsWithoutAmount > 0 && !noAmount ? " (dont \(FrenchFormat.integer(sheets.projectsWithoutAmount)) sans montant publié)" : ""),
                    "sources": sourceLinks(e.sources)]
        }
    }

    /// « pour 22,05 M€ », « pour 22,05 M€ (dont 1 projet sans montant publié) », or « dont le
    /// montant n'est pas publié » when no sheet of the group publishes its amount.
    static func amountPhrase(_ f: Aggregates.Figures) -> String {
        if f.projectsWithoutAmount == f.projects {
            return f.projects >= 2 ? "dont les montants ne sont pas publiés" : "dont le montant n'est pas publié"
        }
        let note = f.projectsWithoutAmount > 0 ? " (dont \(FrenchFormat.count(f.projectsWithoutAmount, "projet", "projets")) sans montant publié)" : ""
        return "pour \(FrenchFormat.compactEuros(f.amount))" + note
    }

    func ministryLabel(_ name: String?) -> String { name ?? "Ministère non précisé" }

    func ministriesPage() -> PageSpec {
        let context = merged(layout(title: "Projets par ministère", description: "Les projets du fonds détaillés sur ce site, par ministère de rattachement.",
                                    url: SitePlan.ministries, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), ("Par ministère", nil)]), [
            "ministries": aggregates.byMinistry.map { row in
                merged(figuresView(row.figures), ["label": ministryLabel(row.name), "href": SitePlan.ministry(row.slug)])
            },
        ])
        return PageSpec(url: SitePlan.ministries, template: "ministries", context: context)
    }

    func ministryPage(_ slug: String, _ number: Int = 1) -> PageSpec? {
        guard let row = aggregates.byMinistry.first(where: { $0.slug == slug }) else { return nil }
        let label = ministryLabel(row.name)
        let members = slice(row.projectSlugs, page: number).compactMap(site.project)
        let url = SitePlan.listPage(.ministry(slug), number)
        var context = merged(layout(title: titled(label, page: number), description: "Les projets du fonds rattachés à : \(label).", url: url, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), ("Par ministère", SitePlan.ministries), (label, nil)]), [
            "label": label, "figures": figuresView(row.figures), "projects": members.map(cardValue),
        ])
        context["pagination"] = pagination(.ministry(slug), current: number, items: row.projectSlugs.count)
        return PageSpec(url: url, template: "ministry", context: context)
    }
}
