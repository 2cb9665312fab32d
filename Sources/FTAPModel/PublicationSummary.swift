import FTAPContent
import FTAPCore

/// What the public sees on the build date and what it does not, counted once for the closing
/// line of `ftap check` and `ftap build` (the command line words it).
public struct PublicationSummary: Sendable {
    /// Published items by kind of content (a kind without any item is 0).
    public var published: [ContentKind: Int]
    /// Drafts left out (`brouillon: true`); with `--drafts`, only those with values still to
    /// fill in, which cannot be shown.
    public var drafts: Int
    /// Items waiting for their date (a sheet's `date_publication`, a news item's `date`), by date
    /// then file; drafts are counted as drafts, not here.
    public var scheduled: [(file: String, date: ContentDate)]

    package init(content: SiteContent, site: PublishedSite, includeDrafts: Bool) {
        published = [.project: site.projects.count, .testimonial: site.testimonials.count, .news: site.news.count,
                     .page: site.pages.count, .officialFigure: site.officialFigures.count,
                     .budgetExecution: site.budgetExecution.count]
        let draftFlags = content.projects.map(\.isDraft) + content.news.map(\.isDraft) + content.testimonials.map(\.isDraft)
            + content.pages.map(\.isDraft) + content.officialFigures.map(\.isDraft) + content.budgetExecution.map(\.isDraft)
        drafts = (includeDrafts ? 0 : draftFlags.filter { $0 }.count) + content.unfinishedDrafts
        let waiting = content.projects.filter { includeDrafts || !$0.isDraft }.compactMap { sheet in
            sheet.publishOn.flatMap { $0 > site.buildDate ? (file: sheet.file, date: $0) : nil }
        } + content.news.filter { (includeDrafts || !$0.isDraft) && $0.date > site.buildDate }.map { (file: $0.file, date: $0.date) }
        scheduled = waiting.sorted { ($0.date, $0.file) < ($1.date, $1.file) }
    }

}
