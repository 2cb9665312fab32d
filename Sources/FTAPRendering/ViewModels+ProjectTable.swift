import FTAPAggregation
import FTAPCore
import FTAPModel
import FTAPPlan
import Mustache

/// The table view and the filters of the project list (`/projets/`). A list cut into pages has no
/// table and no filters (they would see one page only): it keeps the links to the per-ministry
/// pages, as every list does.
extension ViewModels {
    /// The values `projectListPage` adds to its context: the ministry pages always, the table's
    /// rows, its total and the ministry and status filters when the list is one page.
    func projectTable(paginated: Bool) -> TemplateObject {
        var context: TemplateObject = [
            "ministryPages": aggregates.byMinistry.map { ["label": ministryLabel($0.name), "href": SitePlan.ministry($0.slug)] },
        ]
        guard !paginated else { return context }
        // Every sheet, other programmes included: the filter's value is the group's slug, the
        // same as its ministry page's when it has one.
        let groups = Ministries.groups(of: site.projects)
        var ministryOfProject: [String: Ministries.Group] = [:]
        for group in groups { for project in group.projects { ministryOfProject[project.slug] = group } }
        context["ministryFilters"] = groups.map { ["value": $0.slug, "label": ministryLabel($0.name)] }
        context["statusFilters"] = ProjectStatus.allCases.filter { s in site.projects.contains { $0.status == s } }
            .map { ["value": $0.rawValue, "label": $0.label] }
        context["hasPaidColumn"] = hasPaidColumn
        context["tableRows"] = site.projects.map { p -> TemplateObject in
            let ministry = ministryOfProject[p.slug]
            return [
                "href": SitePlan.project(p.slug), "title": p.title, "year": String(p.callYear), "carrier": p.carrier.name,
                "typeLabel": p.carrier.type.groupLabel, "dataType": p.carrier.type.groupSlug,
                "ministryCell": ministry?.name ?? "Non précisé", "dataMinistry": ministry?.slug ?? Ministries.unspecifiedSlug,
                "statusLabel": p.status.label, "dataStatus": p.status.rawValue,
                "dataLevers": p.levers.map(\.rawValue).joined(separator: " "), "dataProgramme": p.programme.rawValue,
                // Sort keys: whole euros, empty for an amount no source publishes.
                // « plus de 30 M€ » sorts by its floor.
                "amountCell": p.amount.map { AmountWords.published($0, p.amountApproximation) } ?? "non publié", "amountValue": p.amount.map(String.init) ?? "",
                "amountApproximation": p.amountApproximation?.rawValue ?? "",
                // Empty for a sheet that lists no payment: not reported, sorted last like an unpublished amount.
                "paidCell": p.paid.map(FrenchFormat.compactEuros) ?? Self.unreportedPaid, "paidValue": p.paid.map(String.init) ?? "",
            ]
        }
        let withoutAmount = site.projects.filter { $0.amount == nil }.count
        let sum = Aggregates.figures(site.projects)
        let base: TemplateObject = [
            "count": FrenchFormat.count(site.projects.count, "projet", "projets"),
            // The same words as a row's cell when no sheet shown publishes its amount (filtres.js too).
            "amount": withoutAmount > 0 && withoutAmount == site.projects.count ? "non publié" : AmountWords.sum(sum.amount, sum.amountPrecision),
        ]
        var total = base.merging(Self.paidView(site.projects.compactMap(\.paid).reduce(0, +),
                                               reporting: site.projects.filter { $0.paid != nil }.count, of: site.projects.count))
        if withoutAmount > 0 { total["withoutAmount"] = "dont \(FrenchFormat.count(withoutAmount, "projet", "projets")) sans montant publié" }
        context["tableTotal"] = total
        return context
    }
}
