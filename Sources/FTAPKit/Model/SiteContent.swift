/// Every valid item of a content folder, sorted, before publication rules are applied.
public struct SiteContent: Sendable {
    public var settings: SiteSettings
    public var projects: [ProjectSheet]
    public var testimonials: [Testimonial]
    public var news: [NewsItem]
    public var pages: [FreePage]
    public var media: [MediaFile]

    public init(settings: SiteSettings, projects: [ProjectSheet], testimonials: [Testimonial],
                news: [NewsItem], pages: [FreePage], media: [MediaFile]) {
        self.settings = settings
        self.projects = projects.sorted { $0.slug < $1.slug }
        self.testimonials = testimonials.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.news = news.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        self.pages = pages.sorted { $0.slug < $1.slug }
        self.media = media
    }
}
