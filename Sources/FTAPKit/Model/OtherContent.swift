/// A quote of a person about the fund, from `content/temoignages/<slug>.md`.
struct Testimonial: Sendable, Hashable {
    var slug: String
    var file: String
    var author: String
    var role: String
    var organisation: String?
    var projectSlug: String?
    var date: ContentDate
    /// Where the quote was published (`source`).
    var source: SourceLink?
    var isDraft: Bool = false
    var body: MarkdownBody
}

/// A news item, from `content/actualites/<slug>.md`; the feeds are built from these.
struct NewsItem: Sendable, Hashable {
    var slug: String
    var file: String
    var title: String
    var date: ContentDate
    var summary: String
    var topics: [String]
    var projectSlugs: [String]
    var isDraft: Bool
    var body: MarkdownBody
}

/// A free page such as « Mentions légales », from `content/pages/<slug>.md`.
struct FreePage: Sendable, Hashable {
    var slug: String
    var file: String
    var title: String
    var summary: String?
    var body: MarkdownBody
    /// Not published yet (`brouillon`).
    var isDraft = false
}

/// The settings of `content/site.yml`.
struct SiteSettings: Sendable, Hashable {
    var title: String
    /// Absolute https base URL without a trailing slash.
    var baseURL: String
    var description: String
    var language: String
    /// The fund's envelopes, by call years (`enveloppes`).
    var envelopes: [Envelope] = []
    /// Where a reader reports an error in a figure (`signaler_erreur`): `mailto:` or https.
    var errorReport: String?
    /// Who publishes the site (`editeur`), for the legal notice; required in production.
    var publisher: LegalContact?
    /// Who hosts the site (`hebergeur`), for the legal notice; required in production.
    var host: LegalContact?
    /// The newsletter's subscription page (`lettre_information`), https.
    var newsletter: String?
    /// The fund's social accounts (`reseaux_sociaux`), in the order written.
    var socialAccounts: [SocialAccount] = []
}

/// One social account of `reseaux_sociaux`: its network's name as the author writes it and its
/// https address.
struct SocialAccount: Sendable, Hashable {
    var name: String
    var url: String
}

/// A party the legal notice must name (the publisher, the host): `nom`, `adresse`, `contact`.
struct LegalContact: Sendable, Hashable {
    var name: String
    /// The postal address, possibly on several lines.
    var address: String
    /// A telephone number or an email address.
    var contact: String
}
