import FTAPContent

/// Every valid item of a content folder, sorted, before publication rules are applied.
package struct SiteContent: Sendable {
    package var settings: SiteSettings
    package var projects: [ProjectSheet]
    package var testimonials: [Testimonial]
    package var news: [NewsItem]
    package var pages: [FreePage]
    package var media: [MediaFile]
    package var officialFigures: [OfficialFigure]
    /// Budget execution, oldest year first.
    package var budgetExecution: [BudgetExecution]
    /// The addresses withdrawn on purpose (`retraits.yml`), in the file's order.
    package var withdrawals: [Withdrawal] = []
    /// Drafts with values still to fill in, which cannot be shown even with `--drafts`.
    package var unfinishedDrafts = 0

    package init(settings: SiteSettings, projects: [ProjectSheet], testimonials: [Testimonial],
         news: [NewsItem], pages: [FreePage], media: [MediaFile], officialFigures: [OfficialFigure] = [],
         budgetExecution: [BudgetExecution] = []) {
        self.settings = settings
        self.projects = projects.sorted { $0.slug < $1.slug }
        self.testimonials = testimonials.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.news = news.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.media = media
        self.officialFigures = officialFigures.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.budgetExecution = budgetExecution.sorted { $0.year < $1.year }
    }
}

extension SiteContent {
    /// The same content with each link of its texts that leads where `isHidden` says the public
    /// cannot go (a draft, a scheduled item) written as its text only.
    package func unlinking(_ isHidden: (String) -> Bool) -> SiteContent {
        func rewritten<Item>(_ items: [Item], _ body: WritableKeyPath<Item, MarkdownBody>) -> [Item] {
            items.map { item in
                var item = item
                item[keyPath: body] = item[keyPath: body].removingLinks(where: isHidden)
                return item
            }
        }
        func withMedia<Item>(_ items: [Item], _ media: WritableKeyPath<Item, ContentMedia>) -> [Item] {
            items.map { item in
                var item = item
                item[keyPath: media] = item[keyPath: media].removingLinks(where: isHidden)
                return item
            }
        }
        var content = self
        content.projects = projects.map { $0.with(body: $0.body.removingLinks(where: isHidden), media: $0.media.removingLinks(where: isHidden)) }
        content.news = withMedia(rewritten(news, \.body), \.media)
        content.testimonials = rewritten(testimonials, \.body)
        content.pages = withMedia(rewritten(pages, \.body), \.media)
        content.officialFigures = rewritten(officialFigures, \.body)
        content.budgetExecution = rewritten(budgetExecution, \.body)
        return content
    }
}
