import Testing
@testable import FTAPKit

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
        let rows = try #require(table["tableRows"] as? [[String: Any]])
        #expect(rows.count == site.projects.count)
        let byHref = Dictionary(uniqueKeysWithValues: rows.map { ($0["href"] as? String ?? "", $0) })
        let complete = try #require(byHref[SitePlan.project("complet")])
        #expect(complete["amountValue"] as? String == "1000000")
        #expect(complete["amountCell"] as? String == "1\u{00A0}M€")
        #expect(complete["paidValue"] as? String == "500000")
        #expect(complete["dataStatus"] as? String == "en-cours")
        #expect(complete["ministryCell"] as? String == "Ministère")
        let unpublished = try #require(byHref[SitePlan.project("sans-montant")])
        #expect(unpublished["amountValue"] as? String == "", "an amount no source publishes sorts apart")
        #expect(unpublished["amountCell"] as? String == "non publié")
        #expect(unpublished["dataMinistry"] as? String == Ministries.unspecifiedSlug)
        let ministries = try #require(table["ministryFilters"] as? [[String: Any]])
        #expect(ministries.compactMap { $0["value"] as? String }.last == Ministries.unspecifiedSlug)
        let statuses = try #require(table["statusFilters"] as? [[String: Any]])
        #expect(statuses.compactMap { $0["value"] as? String } == ["laureat", "en-cours"])
    }

    @Test func theTotalRowAddsUpTheSheets() throws {
        let (views, site) = try Self.views()
        let total = try #require(views.projectTable(paginated: false)["tableTotal"] as? [String: Any])
        #expect(total["count"] as? String == FrenchFormat.count(site.projects.count, "projet", "projets"))
        #expect(total["amount"] as? String == FrenchFormat.compactEuros(site.projects.compactMap(\.amount).reduce(0, +)))
        #expect(total["paid"] as? String == FrenchFormat.compactEuros(500_000))
        #expect(total["withoutAmount"] as? String == "dont 1 projet sans montant publié")
    }

    @Test func aPagedListHasNoTableButKeepsItsMinistryLinks() throws {
        let (views, _) = try Self.views()
        let paged = views.projectTable(paginated: true)
        #expect(paged["tableRows"] == nil && paged["ministryFilters"] == nil && paged["tableTotal"] == nil)
        let links = try #require(paged["ministryPages"] as? [[String: Any]])
        #expect(!links.isEmpty && links.allSatisfy { ($0["href"] as? String)?.hasPrefix("/ministeres/") == true })
    }
}
