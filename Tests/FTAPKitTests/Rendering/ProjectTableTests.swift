@testable import FTAPAggregation
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
import Testing

/// The table view of `/projets/`: one row per published sheet, with the numeric sort keys and
/// filter values its script reads, a total of the rows, and the filters' ministries and statuses.
/// A list cut into pages has no table (its filters would see one page only).
@Suite struct ProjectTableTests {
    static func views() throws -> (ViewModels, PublishedSite) {
        let site = PublishedSite(content: try TemplateVocabularyTests.richContent(), buildDate: TestContent.buildDate, includeDrafts: true)
        let aggregates = Aggregates(site: site)
        return (ViewModels(site: site, aggregates: aggregates, dataFileSizes: [:]), site)
    }

    @Test func everySheetHasARowWithItsSortKeysAndFilterValues() throws {
        let (views, site) = try Self.views()
        let table = views.projectTable(paginated: false)
        let rows = try #require(table.values["tableRows"]).items
        #expect(rows.count == site.projects.count)
        let byHref = Dictionary(uniqueKeysWithValues: rows.map { ($0["href"]?.text ?? "", $0) })
        let complete = try #require(byHref[SitePlan.project("complet")])
        #expect(complete["amountValue"]?.text == "1000000")
        #expect(complete["amountCell"]?.text == "1\u{00A0}M€")
        #expect(complete["paidValue"]?.text == "500000")
        #expect(complete["dataStatus"]?.text == "en-cours")
        #expect(complete["ministryCell"]?.text == "Ministère")
        let unpublished = try #require(byHref[SitePlan.project("sans-montant")])
        #expect(unpublished["amountValue"] == nil, "an amount no source publishes sorts apart")
        #expect(unpublished["amountCell"]?.text == "non publié")
        #expect(unpublished["dataMinistry"]?.text == Ministries.unspecifiedSlug)
        let ministries = try #require(table.values["ministryFilters"]).items
        #expect(ministries.compactMap { $0["value"]?.text }.last == Ministries.unspecifiedSlug)
        let statuses = try #require(table.values["statusFilters"]).items
        #expect(statuses.compactMap { $0["value"]?.text } == ["laureat", "en-cours"])
    }

    @Test func theTotalRowAddsUpTheSheets() throws {
        let (views, site) = try Self.views()
        let total = try #require(views.projectTable(paginated: false).values["tableTotal"])
        #expect(total["count"]?.text == FrenchFormat.count(site.projects.count, "projet", "projets"))
        // « plancher » publishes « plus de 1 M€ »: the total is a floor, and says so.
        #expect(total["amount"]?.text == "au moins " + FrenchFormat.compactEuros(site.projects.compactMap(\.amount).reduce(0, +)))
        #expect(total["paid"]?.text == FrenchFormat.compactEuros(500_000))
        #expect(total["withoutAmount"]?.text == "dont 1 projet sans montant publié")
    }

    @Test func aPagedListHasNoTableButKeepsItsMinistryLinks() throws {
        let (views, _) = try Self.views()
        let paged = views.projectTable(paginated: true)
        #expect(paged["tableRows"] == nil && paged["ministryFilters"] == nil && paged["tableTotal"] == nil)
        let links = try #require(paged.values["ministryPages"]).items
        #expect(!links.isEmpty && links.allSatisfy { $0["href"]?.text?.hasPrefix("/ministeres/") == true })
    }
}
