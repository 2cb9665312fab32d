import FTAPContent
import FTAPCore

/// The content as the public sees it on the build date: drafts and scheduled items left out,
/// cross references resolved both ways.
package struct PublishedSite: Sendable {
    package var settings: SiteSettings
    package var buildDate: ContentDate
    /// Published sheets, newest call first, then by title.
    package let projects: [ProjectSheet]
    /// Published news, newest first.
    package var news: [NewsItem]
    /// Testimonials, newest first.
    package var testimonials: [Testimonial]
    package var pages: [FreePage]
    package var media: [MediaFile]
    /// The State's published figures, newest first.
    package let officialFigures: [OfficialFigure]
    /// The budget execution of the fund's programme, oldest year first.
    package let budgetExecution: [BudgetExecution]
    /// The addresses withdrawn on purpose, each shown as a page saying when and why.
    package let withdrawals: [Withdrawal]
    /// How the figures of sheets and official figures changed in the content's git history, by
    /// file; empty outside a repository or in a shallow clone (nothing is said then).
    package var figureHistories: [String: FigureHistory] = [:]
    /// Every call year with a published sheet of any programme or an official figure of its own
    /// (`appel`), newest first.
    package let callYears: [Int]
    /// Every beneficiary type with a published sheet, in the fund's order, « type non précisé » (nil) last.
    package let beneficiaryTypes: [BeneficiaryType?]
    /// The fund's own sheets (programme `ftap`), in site order.
    package let fundProjects: [ProjectSheet]

    package init(content: SiteContent, buildDate: ContentDate, includeDrafts: Bool) {
        settings = content.settings
        self.buildDate = buildDate
        projects = parallelSorted(content.projects.filter { Self.shows($0, on: buildDate, includeDrafts: includeDrafts) }) {
            ($1.callYear, $0.title, $0.slug) < ($0.callYear, $1.title, $1.slug)
        }
        let published = Set(projects.map(\.slug))
        news = content.news
            .filter { Self.shows($0, on: buildDate, includeDrafts: includeDrafts) }
            .map { item in
                var item = item
                item.projectSlugs = item.projectSlugs.filter(published.contains)
                return item
            }
        testimonials = content.testimonials.filter { includeDrafts || !$0.isDraft }.map { testimonial in
            var testimonial = testimonial
            if let slug = testimonial.projectSlug, !published.contains(slug) { testimonial.projectSlug = nil }
            return testimonial
        }
        pages = content.pages.filter { includeDrafts || !$0.isDraft }
        media = content.media
        officialFigures = content.officialFigures.filter { includeDrafts || !$0.isDraft }
        budgetExecution = content.budgetExecution.filter { includeDrafts || !$0.isDraft }
        withdrawals = content.withdrawals
        callYears = Set(projects.map(\.callYear) + officialFigures.filter { !$0.isCumulative }.map(\.years.first)).sorted(by: >)
        let presentTypes = Set(projects.map(\.carrier.type))
        beneficiaryTypes = Optional<BeneficiaryType>.allGroups.filter(presentTypes.contains)
        fundProjects = projects.filter { $0.programme == .ftap }
        projectIndex = Dictionary(projects.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        newsIndex = Dictionary(news.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var testimonialsByProject: [String: [Testimonial]] = [:]
        for testimonial in testimonials { if let slug = testimonial.projectSlug { testimonialsByProject[slug, default: []].append(testimonial) } }
        self.testimonialsByProject = testimonialsByProject
        var newsByProject: [String: [NewsItem]] = [:]
        for item in news { for slug in item.projectSlugs { newsByProject[slug, default: []].append(item) } }
        self.newsByProject = newsByProject
    }

    /// Whether a sheet is on the site built on `date`: not a draft (unless drafts are shown),
    /// and its `date_publication` come.
    package static func shows(_ sheet: ProjectSheet, on date: ContentDate, includeDrafts: Bool) -> Bool {
        showsSheet(isDraft: sheet.isDraft, publishOn: sheet.publishOn, on: date, includeDrafts: includeDrafts)
    }

    /// The same for a sheet's values, before the sheet is made (its validation).
    package static func showsSheet(isDraft: Bool, publishOn: ContentDate?, on date: ContentDate, includeDrafts: Bool) -> Bool {
        (includeDrafts || !isDraft) && (publishOn.map { $0 <= date } ?? true)
    }

    /// Whether a news item is on the site built on `date`: not a draft, and its date come.
    package static func shows(_ item: NewsItem, on date: ContentDate, includeDrafts: Bool) -> Bool {
        (includeDrafts || !item.isDraft) && item.date <= date
    }

    // Lookups by name, built once: a page per sheet must not scan every sheet.
    private let projectIndex: [String: Int]
    private let newsIndex: [String: Int]
    private let testimonialsByProject: [String: [Testimonial]]
    private let newsByProject: [String: [NewsItem]]

    package func newsItem(_ slug: String) -> NewsItem? { newsIndex[slug].map { news[$0] } }

    package func project(_ slug: String) -> ProjectSheet? { projectIndex[slug].map { projects[$0] } }
    package func testimonials(about slug: String) -> [Testimonial] { testimonialsByProject[slug] ?? [] }
    package func news(about slug: String) -> [NewsItem] { newsByProject[slug] ?? [] }
}
