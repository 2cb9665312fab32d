@testable import FTAPPlan
@testable import FTAPRendering
import Testing

/// Pages are rendered and written in batches of bounded weight, so memory never holds many list
/// pages at once (each is about twenty project pages in size).
@Suite struct RenderBatchTests {
    @Test func batchesKeepEveryPageOnceInOrder() {
        let pages: [SitePlan.Page] = (1...2_500).map { .project("p\($0)") }
            + (2...120).map { .listPage(.projects, page: $0, of: 120) } + [.home, .siteMap]
        let batches = SiteRenderer.batches(pages)
        #expect(batches.flatMap { $0 } == pages)
        #expect(batches.allSatisfy { !$0.isEmpty })
    }

    @Test func listPagesWeighMoreThanProjectPages() {
        let lists: [SitePlan.Page] = (2...200).map { .listPage(.projects, page: $0, of: 200) }
        let batches = SiteRenderer.batches(lists)
        // A batch closes once it reaches its weight: 52 list pages of 20.
        let perBatch = (SiteRenderer.batchWeight + SiteRenderer.listPageWeight - 1) / SiteRenderer.listPageWeight
        #expect(batches.dropLast().allSatisfy { $0.count == perBatch })
        #expect(batches.count == (lists.count + perBatch - 1) / perBatch)
        let projects: [SitePlan.Page] = (1...3_000).map { .project("p\($0)") }
        #expect(SiteRenderer.batches(projects).map(\.count) == [1_024, 1_024, 952])
    }

    @Test func noPagesMakeNoBatch() {
        #expect(SiteRenderer.batches([]).isEmpty)
    }
}
