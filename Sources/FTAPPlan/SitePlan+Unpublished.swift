import FTAPContent
import FTAPCore
import FTAPModel

extension SitePlan {
    /// The pages of the content that the public site built on `date` does not show: drafts and
    /// items whose date has not come. A published text's link to one is written as its text
    /// only on the public site, and is a warning (`lien-vers-brouillon`).
    package static func unpublishedAddresses(of content: SiteContent, on date: ContentDate) -> Set<String> {
        unpublishedAddresses(content.projects, content.news, content.pages, on: date)
    }

    /// The pages of `site` that only a preview shows (`--drafts`): drafts and items whose date
    /// has not come. Empty for the public site, which leaves them out.
    package static func previewOnlyAddresses(of site: PublishedSite) -> Set<String> {
        unpublishedAddresses(site.projects, site.news, site.pages, on: site.buildDate)
    }

    private static func unpublishedAddresses(_ projects: [ProjectSheet], _ news: [NewsItem], _ pages: [FreePage],
                                             on date: ContentDate) -> Set<String> {
        var addresses = Set<String>()
        for sheet in projects where !PublishedSite.shows(sheet, on: date, includeDrafts: false) {
            addresses.insert(project(sheet.slug))
        }
        for item in news where !PublishedSite.shows(item, on: date, includeDrafts: false) {
            addresses.insert(newsItem(item.slug))
        }
        for page in pages where page.isDraft {
            addresses.insert(freePage(page.slug))
        }
        return addresses
    }

    /// The address of the page a content file of `kind` named `slug` has (a sheet, a news item,
    /// a free page); nil for the kinds shown on other pages.
    package static func address(of kind: ContentKind, _ slug: String) -> String? {
        switch kind {
        case .project: project(slug)
        case .news: newsItem(slug)
        case .page: freePage(slug)
        case .testimonial, .officialFigure, .budgetExecution: nil
        }
    }
}
