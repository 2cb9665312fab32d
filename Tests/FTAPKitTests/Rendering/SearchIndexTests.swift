import Foundation
@testable import FTAPPlan
import Testing

/// The site's search indexes what a page alone says, never a page that lists what other pages say.
@Suite struct SearchIndexTests {
    @Test func onlyPagesThatSaySomethingOfTheirOwnAreIndexed() throws {
        let indexed = SitePlan.Page.everyKind.filter(\.isSearchIndexed).map(\.template)
        #expect(Set(indexed) == ["project", "news-item", "page", "key-figures", "open-data", "testimonials"])
        let expected = GoldenTests.fixture.appendingPathComponent("expected")
        var checked = 0
        for (path, data) in filesByPath(in: expected) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            // A former address's page only sends the reader on (`RedirectPage`).
            let isRedirect = html.contains("<meta http-equiv=\"refresh\"")
            let shouldIndex = !isRedirect && path.hasPrefix("projets/") && path != "projets/index.html" || path.hasPrefix("actualites/") && !["actualites/index.html", "actualites/s-abonner/index.html"].contains(path)
                || ["chiffres-cles/index.html", "donnees/index.html", "temoignages/index.html", "accessibilite/index.html"].contains(path)
            #expect(html.contains("data-pagefind-body") == shouldIndex, "\(path)")
            checked += 1
        }
        #expect(checked > 20)
    }
}
