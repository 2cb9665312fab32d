/// Official figures, envelopes and ministries.
extension ViewModels {
    /// One official figure, with its sources, its text and what the sheets of its perimeter detail.
    func officialView(_ row: Aggregates.OfficialRow) -> TemplateObject {
        let figure = row.figure
        let compared = OfficialFigureRules.comparable(figure, among: site.officialFigures)
        let sheets = row.coverage
        var view: TemplateObject = [
            "title": figure.title, "perimeter": OfficialStatement.perimeter(figure),
            "date": FrenchFormat.date(figure.date), "dateISO": figure.date.iso,
            "statement": OfficialStatement.announced(figure),
            "coverage": OfficialStatement.coverage(sheets, projects: compared.projects, amount: compared.amount),
            "projects": figure.projects.map(FrenchFormat.integer) ?? "—",
            "amount": figure.amount.map(FrenchFormat.compactEuros) ?? "—",
            "sheetProjects": FrenchFormat.integer(sheets.projects), "sheetAmount": FrenchFormat.compactEuros(sheets.amount),
            "sources": figure.sources.map { ["title": $0.title, "url": $0.url] },
            "bodyHTML": figure.body.html,
        ]
        if compared.sessions > 1 {
            view["sheetProjects"] = "\(FrenchFormat.integer(sheets.projects)) (année \(figure.years.first))"
            view["sessionsNote"] = "Les fiches ne disent que l'année de l'appel : elles sont comparées aux \(compared.sessions) sessions de \(figure.years.first) additionnées."
        }
        if let amount = compared.amount, amount > 0 { view["share"] = FrenchFormat.percent(sheets.amount, of: amount) } else { view["share"] = "—" }
        return view
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
            view["outside"] = "S'y ajoutent \(FrenchFormat.count(f.projects, "projet détaillé", "projets détaillés")) d'appels hors de cette période (\(years)), pour \(FrenchFormat.compactEuros(f.amount))."
        }
        return ["official": view]
    }

    func envelopeViews() -> [TemplateObject] {
        aggregates.envelopes.map { row in
            let e = row.envelope
            return ["title": e.title, "amount": FrenchFormat.compactEuros(e.amount), "years": e.years.label,
                    "sheets": FrenchFormat.compactEuros(row.sheets.amount),
                    "share": FrenchFormat.percent(row.sheets.amount, of: e.amount),
                    "sheetProjects": FrenchFormat.count(row.sheets.projects, "projet détaillé", "projets détaillés"),
                    "sources": e.sources.map { ["title": $0.title, "url": $0.url] }]
        }
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
