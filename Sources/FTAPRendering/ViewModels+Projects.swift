import FTAPAggregation
import FTAPCore
import FTAPModel
import FTAPPlan
import Mustache

/// Project list, project sheets, call years and beneficiary types.
extension ViewModels {
    func projectCard(_ p: ProjectSheet) -> TemplateObject {
        var card: TemplateObject = [
            "href": SitePlan.project(p.slug), "title": p.title, "summary": p.summary,
            "year": String(p.callYear), "yearHref": SitePlan.callYear(p.callYear),
            "carrier": p.carrier.name, "typeLabel": p.carrier.type.groupLabel, "typeHref": SitePlan.beneficiaryType(p.carrier.type),
            // Shown after « Montant accordé » (card, sheet): « non publié » says it once.
            "amount": p.amount.map { AmountWords.published($0, p.amountApproximation) } ?? Self.unpublishedAfterLabel,
            "amountFull": p.amount.map { AmountWords.publishedInFull($0, p.amountApproximation) } ?? Self.unpublishedAfterLabel,
            "status": p.status.label, "programme": p.programme.label,
            "levers": p.levers.map { ["label": $0.label] },
            "dataYear": String(p.callYear), "dataType": p.carrier.type.groupSlug,
            "dataLevers": p.levers.map(\.rawValue).joined(separator: " "), "dataProgramme": p.programme.rawValue,
        ]
        if p.programme != .ftap { card["otherProgramme"] = true }
        card["draft"] = p.isDraft
        card["thumbnail"] = thumbnail(p.media)
        return card
    }

    /// A project's card for a list (made once, see `cards`).
    func cardValue(_ p: ProjectSheet) -> TemplateValue {
        cards[p.slug] ?? projectCard(p).templateValue
    }

    /// A project's card as a set of values to add to (made once, see `cards`).
    func card(_ p: ProjectSheet) -> TemplateObject {
        if case let .shared(card)? = cards[p.slug] { TemplateObject(prepared: card.values) } else { projectCard(p) }
    }

    /// The DSFR pagination of a list of `items` projects (entities for a type of carrier), nil
    /// when one page holds it.
    func pagination(_ list: SitePlan.ListKind, current: Int, items: Int) -> TemplateObject? {
        let count = SitePlan.listPageCount(items)
        guard count > 1 else { return nil }
        var context = pagination(current: current, count: count) { SitePlan.listPage(list, $0) }
        let counted = if case .beneficiaryType = list { FrenchFormat.count(items, "porteur", "porteurs") }
                      else { FrenchFormat.count(items, "projet", "projets") }
        context["summary"] = "\(counted), \(SitePlan.listPageSize) par page, en \(count) pages"
        let first = (current - 1) * SitePlan.listPageSize + 1
        context["range"] = "\(FrenchFormat.integer(first)) à \(FrenchFormat.integer(min(items, current * SitePlan.listPageSize))) sur \(FrenchFormat.integer(items))"
        return context
    }

    /// The items of page `number` of a long list.
    func slice<T>(_ items: [T], page number: Int) -> ArraySlice<T> {
        items.dropFirst((number - 1) * SitePlan.listPageSize).prefix(SitePlan.listPageSize)
    }

    /// A page's title in a list cut into pages: « Projets — page 2 ».
    func titled(_ title: String, page number: Int) -> String {
        number == 1 ? title : "\(title) — page \(number)"
    }

    func projectListPage(_ number: Int = 1) -> PageSpec {
        let url = SitePlan.listPage(.projects, number)
        let years = site.callYears
        let types = site.beneficiaryTypes
        let levers = Lever.allCases.filter { l in site.projects.contains { $0.levers.contains(l) } }
        let programmes = Programme.allCases.filter { pr in site.projects.contains { $0.programme == pr } }
        var context = merged(layout(title: titled("Les projets lauréats", page: number), description: "Tous les projets financés, par appel, type de porteur, levier et programme.",
                                    url: url, section: "projets", breadcrumb: [("Projets", nil)]), [
            "projects": slice(site.projects, page: number).map(cardValue),
            "count": FrenchFormat.count(site.projects.count, "projet", "projets"),
            "years": years.map { ["value": String($0), "label": String($0), "href": SitePlan.callYear($0)] },
            "types": types.map { ["value": $0.groupSlug, "label": $0.groupLabel, "href": SitePlan.beneficiaryType($0)] },
            "levers": levers.map { ["value": $0.rawValue, "label": $0.label] },
            "programmes": programmes.map { ["value": $0.rawValue, "label": $0.label] },
        ])
        if !aggregates.byMinistry.isEmpty { context["ministriesHref"] = SitePlan.ministries }
        context["pagination"] = pagination(.projects, current: number, items: site.projects.count)
        context = context.merging(projectTable(paginated: context["pagination"] != nil))
        return PageSpec(url: url, context: context)
    }

    func projectPage(_ p: ProjectSheet) -> PageSpec {
        let url = SitePlan.project(p.slug)
        var context = merged(layout(title: p.title, description: p.summary, url: url, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), (p.title, nil)], isDraft: p.isDraft, image: p.media.image),
                             merged(card(p), mediaView(p.media).merging(correctionsView(p.corrections)).merging(historyView(file: p.file))))
        context["bodyHTML"] = p.body.html
        if let ministry = p.carrier.ministry {
            context["ministry"] = ministry
            if let slug = aggregates.ministryOfProject[p.slug] { context["ministryHref"] = SitePlan.ministry(slug) }
        }
        if let cost = p.totalCost { context["totalCost"] = FrenchFormat.euros(cost) }
        if let savings = p.savings { context["savings"] = FrenchFormat.euros(savings) }
        if let date = p.checkedOn { context["checkedOn"] = FrenchFormat.date(date); context["checkedOnISO"] = date.iso }
        context["milestones"] = p.milestones.sorted { $0.date < $1.date }.map { m -> TemplateObject in
            let badge = switch m.state { case .atteint: "success"; case .prevu: "info"; case .enRetard: "warning" }
            return ["date": FrenchFormat.date(m.date), "dateISO": m.date.iso, "label": m.label,
                    "state": m.state.label, "badge": badge]
        }
        if let last = p.lastPayment, let paid = p.paid {
            context["disbursements"] = p.disbursements.sorted { $0.date < $1.date }.map {
                ["date": FrenchFormat.date($0.date), "dateISO": $0.date.iso, "amount": FrenchFormat.euros($0.amount)]
            }
            context["paid"] = FrenchFormat.euros(paid)
            context["lastPayment"] = FrenchFormat.date(last)
            context["lastPaymentISO"] = last.iso
            if let amount = p.amount, amount > 0 {
                context["paidPercent"] = FrenchFormat.percent(paid, of: amount)
                context["paidBar"] = Charts.progressBar(part: paid, whole: amount,
                                                        label: "Versé : \(FrenchFormat.euros(paid)) sur \(FrenchFormat.euros(amount))")
            }
        } else {
            context["paidUnreported"] = Self.unreportedPaid
        }
        context["objectives"] = p.objectives.map { ["text": $0] }
        context["sources"] = p.sources.map { ["title": $0.title, "url": $0.url] }
        context["testimonials"] = site.testimonials(about: p.slug).map(testimonialView)
        context["relatedNews"] = site.news(about: p.slug).map(newsCard)
        return PageSpec(url: url, context: context)
    }

    func callYearPage(_ year: Int, _ number: Int = 1) -> PageSpec {
        let url = SitePlan.listPage(.callYear(year), number)
        let (fund, other) = listings.byYear[year] ?? ([], [])
        let official = aggregates.officialFigures.filter { !$0.figure.isCumulative && $0.figure.years.first == year }
            .sorted { ($0.figure.session ?? 0, $0.figure.date) < ($1.figure.session ?? 0, $1.figure.date) }
        var officialViews = official.map(officialView)
        // The sessions of one year are compared with the same sheets (those of the year): what
        // they detail is said once, after the figures, not under each.
        let coverages = official.filter { $0.coverage != nil }.map(coverageTexts)
        var yearCoverage: String?
        if let first = coverages.first, let coverage = first.coverage, coverages.count > 1, coverages.allSatisfy({ $0 == first }) {
            yearCoverage = coverage + (first.sessionsNote.map { " " + $0 } ?? "")
            officialViews = officialViews.map { view in
                var view = view
                view["coverage"] = nil
                view["sessionsNote"] = nil
                return view
            }
        }
        var context = merged(layout(title: titled("Appel à projets \(year)", page: number), description: "Les chiffres publiés sur l'appel à projets \(year), chacun avec sa source, et ses projets détaillés sur ce site.",
                                    url: url, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), ("Appel \(year)", nil)]), [
            "year": String(year),
            "officialFigures": officialViews, "yearCoverage": yearCoverage,
            "projects": slice(fund, page: number).map(cardValue),
            // Other programmes' sheets are few: on the first page only.
            "otherProjects": number == 1 ? other.map(cardValue) : [],
        ])
        context["pagination"] = pagination(.callYear(year), current: number, items: fund.count)
        if let row = aggregates.byYear.first(where: { $0.year == year }) {
            context["figures"] = figuresView(row.figures)
            context["types"] = aggregates.byYearAndType.filter { $0.year == year }.map { row in
                merged(figuresView(row.figures), ["label": row.type.groupLabel, "href": SitePlan.beneficiaryType(row.type)])
            }
        }
        return PageSpec(url: url, context: context)
    }

    func beneficiaryTypePage(_ type: BeneficiaryType?, _ number: Int = 1) -> PageSpec {
        let url = SitePlan.listPage(.beneficiaryType(type), number)
        let entities = listings.entitiesByType[type] ?? []
        var context = merged(layout(title: titled(type.groupLabel, page: number), description: "Les porteurs de type « \(type.groupLabel) » et leurs projets.",
                                    url: url, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), (type.groupLabel, nil)]), [
            "typeLabel": type.groupLabel,
            "entityCount": FrenchFormat.count(entities.count, "porteur", "porteurs"),
            "entities": slice(entities, page: number).map { entity -> TemplateObject in
                // « montant non publié » when none of its sheets publishes an amount, never « 0 € ».
                let figures = figuresView(Aggregates.figures(entity.projects))
                var view: TemplateObject = ["name": entity.name, "projects": entity.projects.map(cardValue), "amount": figures["amount"]]
                view["withoutAmountNote"] = figures["withoutAmountNote"]
                return view
            },
        ])
        if let row = aggregates.byType.first(where: { $0.type == type }) {
            context["figures"] = figuresView(row.figures)
        }
        context["pagination"] = pagination(.beneficiaryType(type), current: number, items: entities.count)
        return PageSpec(url: url, context: context)
    }

    /// What a sheet without a published amount shows.
    static let unpublishedAmount = "montant non publié"
    /// The same after a label that already says « montant ».
    static let unpublishedAfterLabel = "non publié"
    /// What a sheet that lists no payment shows as paid: not reported, which is not « 0 € ».
    static let unreportedPaid = "non renseigné"

    /// Whether the tables of figures have a « Versé » column: a column of « non renseigné » on
    /// every row says nothing, so there is none when no sheet reports a payment.
    var hasPaidColumn: Bool { site.projects.contains { $0.paid != nil } }

    /// The paid figure of `projects` sheets of which `reporting` list payments adding up to
    /// `paid`: « non renseigné » when none does; when only some do, the sum with a note saying
    /// how many (« d'après 2 fiches sur 5 »), since the others' payments are not known.
    static func paidView(_ paid: Int, reporting: Int, of projects: Int) -> TemplateObject {
        guard reporting > 0 else { return ["paid": unreportedPaid] }
        var view: TemplateObject = ["paid": FrenchFormat.compactEuros(paid)]
        if reporting < projects {
            view["paidNote"] = "d'après \(FrenchFormat.count(reporting, "fiche", "fiches")) sur \(FrenchFormat.integer(projects))"
        }
        return view
    }

    /// Counts of a group of sheets, formatted, with the fund's sentence form. These are what the
    /// sheets add up to, never presented as the fund's total.
    func figuresView(_ f: Aggregates.Figures) -> TemplateObject {
        var view: TemplateObject = [
            "projects": FrenchFormat.integer(f.projects),
            "projectsLabel": f.projects >= 2 ? "projets" : "projet",
            "detailedLabel": f.projects >= 2 ? "projets détaillés" : "projet détaillé",
            "amount": AmountWords.sum(f.amount, f.amountPrecision),
            "amountFull": AmountWords.sumInFull(f.amount, f.amountPrecision),
            "entities": FrenchFormat.integer(f.entities),
            "entitiesLabel": f.entities >= 2 ? "porteurs" : "porteur",
            "sentence": FundSentence.entities(f),
            "withoutAmount": f.projectsWithoutAmount > 0 ? FrenchFormat.integer(f.projectsWithoutAmount) : "—",
        ]
        if f.projects > 0, f.projectsWithoutAmount == f.projects {
            view["amount"] = Self.unpublishedAmount
            view["amountFull"] = Self.unpublishedAmount
        }
        if f.projectsWithoutAmount > 0, f.projectsWithoutAmount < f.projects {
            view["withoutAmountNote"] = "dont \(FrenchFormat.count(f.projectsWithoutAmount, "projet", "projets")) sans montant publié"
        }
        return view.merging(Self.paidView(f.paid, reporting: f.projectsReportingPaid, of: f.projects))
    }
}
