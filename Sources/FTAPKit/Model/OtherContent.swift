/// A quote of a person about the fund, from `content/temoignages/<slug>.md`.
public struct Testimonial: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var author: String
    public var role: String
    public var organisation: String?
    public var projectSlug: String?
    public var date: ContentDate
    public var body: MarkdownBody
}

/// A news item, from `content/actualites/<slug>.md`; the feeds are built from these.
public struct NewsItem: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var title: String
    public var date: ContentDate
    public var summary: String
    public var topics: [String]
    public var projectSlugs: [String]
    public var isDraft: Bool
    public var body: MarkdownBody
}

/// A free page such as « Mentions légales », from `content/pages/<slug>.md`.
public struct FreePage: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var title: String
    public var summary: String?
    public var body: MarkdownBody
}

/// The settings of `content/site.yml`.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    /// Absolute https base URL without a trailing slash.
    public var baseURL: String
    public var description: String
    public var language: String
    public var envelope: Int?
}
