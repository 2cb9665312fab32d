import FTAPPlan

/// The per-ministry pages: what the sheets of each ministry detail.
extension ViewModels {
    func ministryLabel(_ name: String?) -> String { name ?? "Ministère non précisé" }

    func ministriesPage() -> PageSpec {
        let context = merged(layout(title: "Projets par ministère", description: "Les projets du fonds détaillés sur ce site, par ministère de rattachement.",
                                    url: SitePlan.ministries, section: "projets",
                                    breadcrumb: [("Projets", SitePlan.projects), ("Par ministère", nil)]), [
            "ministries": aggregates.byMinistry.map { row in
                merged(figuresView(row.figures), ["label": ministryLabel(row.name), "href": SitePlan.ministry(row.slug)])
            },
            "hasPaidColumn": hasPaidColumn,
        ])
        return PageSpec(url: SitePlan.ministries, context: context)
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
        return PageSpec(url: url, context: context)
    }
}
