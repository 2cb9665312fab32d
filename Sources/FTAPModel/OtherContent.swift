import FTAPContent
import FTAPCore

/// A quote of a person about the fund, from `content/temoignages/<slug>.md`.
package struct Testimonial: Sendable, Hashable {
    package var slug: String
    package var file: String
    package var author: String
    package var role: String
    package var organisation: String?
    package var projectSlug: String?
    package var date: ContentDate
    /// Where the quote was published (`source`).
    package var source: SourceLink?
    package var isDraft: Bool = false
    package var body: MarkdownBody
    /// Its illustration (a portrait) and documents.
    package var media: ContentMedia = .none
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] = []

    package init(
        slug: String,
        file: String,
        author: String,
        role: String,
        organisation: String? = nil,
        projectSlug: String? = nil,
        date: ContentDate,
        source: SourceLink? = nil,
        isDraft: Bool = false,
        body: MarkdownBody,
        media: ContentMedia = .none
    ) {
        self.media = media
        self.slug = slug
        self.file = file
        self.author = author
        self.role = role
        self.organisation = organisation
        self.projectSlug = projectSlug
        self.date = date
        self.source = source
        self.isDraft = isDraft
        self.body = body
    }
}

/// A news item, from `content/actualites/<slug>.md`; the feeds are built from these.
package struct NewsItem: Sendable, Hashable {
    package var slug: String
    package var file: String
    package var title: String
    package var date: ContentDate
    package var summary: String
    package var topics: [String]
    package var projectSlugs: [String]
    package var isDraft: Bool
    package var body: MarkdownBody
    /// Its illustration, videos and documents.
    package var media: ContentMedia = .none
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] = []
    /// The addresses it had before its file was renamed (`anciennes_adresses`), each redirected to its own.
    package var formerAddresses: [String] = []

    package init(
        slug: String,
        file: String,
        title: String,
        date: ContentDate,
        summary: String,
        topics: [String],
        projectSlugs: [String],
        isDraft: Bool,
        body: MarkdownBody,
        media: ContentMedia = .none
    ) {
        self.media = media
        self.slug = slug
        self.file = file
        self.title = title
        self.date = date
        self.summary = summary
        self.topics = topics
        self.projectSlugs = projectSlugs
        self.isDraft = isDraft
        self.body = body
    }
}

/// A free page such as « Mentions légales », from `content/pages/<slug>.md`.
package struct FreePage: Sendable, Hashable {
    package var slug: String
    package var file: String
    package var title: String
    package var summary: String?
    package var body: MarkdownBody
    /// Not published yet (`brouillon`).
    package var isDraft = false
    /// Its illustration, videos and documents.
    package var media: ContentMedia = .none
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] = []
    /// The addresses it had before its file was renamed (`anciennes_adresses`), each redirected to its own.
    package var formerAddresses: [String] = []

    package init(
        slug: String,
        file: String,
        title: String,
        summary: String? = nil,
        body: MarkdownBody,
        isDraft: Bool = false,
        media: ContentMedia = .none
    ) {
        self.media = media
        self.slug = slug
        self.file = file
        self.title = title
        self.summary = summary
        self.body = body
        self.isDraft = isDraft
    }
}

/// The settings of `content/site.yml`.
package struct SiteSettings: Sendable, Hashable {
    package var title: String
    /// Absolute https base URL without a trailing slash.
    package var baseURL: String
    package var description: String
    package var language: String
    /// The fund's envelopes, by call years (`enveloppes`).
    package var envelopes: [Envelope] = []
    /// Where a reader reports an error in a figure (`signaler_erreur`): `mailto:` or https.
    package var errorReport: String?
    /// Who publishes the site (`editeur`), for the legal notice; required in production.
    package var publisher: LegalContact?
    /// Who hosts the site (`hebergeur`), for the legal notice; required in production.
    package var host: LegalContact?
    /// The newsletter's subscription page (`lettre_information`), https.
    package var newsletter: String?
    /// The fund's social accounts (`reseaux_sociaux`), in the order written.
    package var socialAccounts: [SocialAccount] = []
    /// The image shown when a page is shared (`image_par_defaut`), for pages without their own.
    package var defaultImage: ImageReference?
    /// The day the figures' history starts (`historique_depuis`): earlier commits are not shown.
    package var historySince: ContentDate?

    package init(
        title: String,
        baseURL: String,
        description: String,
        language: String,
        envelopes: [Envelope] = [],
        errorReport: String? = nil,
        publisher: LegalContact? = nil,
        host: LegalContact? = nil,
        newsletter: String? = nil,
        socialAccounts: [SocialAccount] = [],
        defaultImage: ImageReference? = nil
    ) {
        self.title = title
        self.baseURL = baseURL
        self.description = description
        self.language = language
        self.envelopes = envelopes
        self.errorReport = errorReport
        self.publisher = publisher
        self.host = host
        self.newsletter = newsletter
        self.socialAccounts = socialAccounts
        self.defaultImage = defaultImage
    }
}

/// An image of `media/` named in a front matter (`image`) or in `site.yml` (`image_par_defaut`),
/// with the place of its `fichier` for the rule that checks the file is there.
package struct ImageReference: Sendable, Hashable {
    /// The path under `media/` (`fichier` without its `/media/`).
    package var relativePath: String
    /// What the image shows, for whoever does not see it; empty for a decorative image.
    package var alt: String
    /// Where `fichier` is written.
    package var place: SourcePosition?
    /// The caption shown under the image (`legende`).
    package var caption: String?
    /// Who made the image or holds its rights (`credit`), shown after the caption.
    package var credit: String?

    package init(relativePath: String, alt: String, place: SourcePosition?, caption: String? = nil, credit: String? = nil) {
        self.relativePath = relativePath
        self.alt = alt
        self.place = place
        self.caption = caption
        self.credit = credit
    }

    /// An image that says nothing the text does not (`decorative: true`): read by no screen reader.
    package var isDecorative: Bool { alt.isEmpty }
}

/// One social account of `reseaux_sociaux`: its network's name as the author writes it and its
/// https address.
package struct SocialAccount: Sendable, Hashable {
    package var name: String
    package var url: String

    package init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// A party the legal notice must name (the publisher, the host): `nom`, `adresse`, `contact`.
package struct LegalContact: Sendable, Hashable {
    package var name: String
    /// The postal address, possibly on several lines.
    package var address: String
    /// A telephone number or an email address.
    package var contact: String

    package init(name: String, address: String, contact: String) {
        self.name = name
        self.address = address
        self.contact = contact
    }
}
