/// Every valid item of a content folder, sorted, before publication rules are applied.
struct SiteContent: Sendable {
    var settings: SiteSettings
    var projects: [ProjectSheet]
    var testimonials: [Testimonial]
    var news: [NewsItem]
    var pages: [FreePage]
    var media: [MediaFile]
    var officialFigures: [OfficialFigure]
    /// Budget execution, oldest year first.
    var budgetExecution: [BudgetExecution]

    init(settings: SiteSettings, projects: [ProjectSheet], testimonials: [Testimonial],
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
