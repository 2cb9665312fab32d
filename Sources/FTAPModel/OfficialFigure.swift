import FTAPContent
import FTAPCore

/// A figure published about the fund, from `content/chiffres-officiels/<slug>.md`: the laureates
/// of one call, a cumulative statement over several call years, what was spent or saved; by the
/// State, the Cour des comptes, Parliament or the press. The site shows it, with its publisher,
/// date and source, beside what the sheets add up to.
package struct OfficialFigure: Sendable, Hashable {
    package var slug: String
    package var file: String
    package var title: String
    /// The day its publisher published it (`date`), or its month or year when no source read gives the day.
    package var date: PublicationDate
    /// Who published it (`emetteur`).
    package var publisher: Publisher
    /// The body or newspaper that published it (`emetteur_nom`): « DITP », « Les Échos ».
    package var publisherName: String?
    /// What it counts (`nature`), `laureats` when absent.
    package var nature: FigureNature = .laureats
    /// A forecast rather than a finding (`prevision`): « devrait atteindre ».
    package var isForecast = false
    package var programme: Programme
    /// The call years it covers: one year (`appel`) or a period (`periode`).
    package var years: CallYears
    /// With `appel`: which call of that year (1st, 2nd …).
    package var session: Int?
    /// Laureate projects announced.
    package var projects: Int?
    /// Amount announced, whole euros.
    package var amount: Int?
    /// How the amount is approximate, when it was published as « près de », « plus de »…
    package var approximation: AmountApproximation?
    /// The amount in the publisher's words (`montant_publie`): « près de 69 millions d'euros ».
    package var publishedAmount: String?
    /// The publisher's words for the approximation, from `montant_publie` (« environ », « près de »),
    /// so that the amount is shown in the publisher's terms wherever it is shown.
    package var approximationWords: String?
    package var sources: [SourceLink]
    package var body: MarkdownBody
    /// Not published yet (`brouillon`): left out of the public site, its figures and its data.
    package var isDraft = false
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] = []

    package init(
        slug: String,
        file: String,
        title: String,
        date: PublicationDate,
        publisher: Publisher,
        publisherName: String? = nil,
        nature: FigureNature = .laureats,
        isForecast: Bool = false,
        programme: Programme,
        years: CallYears,
        session: Int? = nil,
        projects: Int? = nil,
        amount: Int? = nil,
        approximation: AmountApproximation? = nil,
        publishedAmount: String? = nil,
        approximationWords: String? = nil,
        sources: [SourceLink],
        body: MarkdownBody,
        isDraft: Bool = false
    ) {
        self.slug = slug
        self.file = file
        self.title = title
        self.date = date
        self.publisher = publisher
        self.publisherName = publisherName
        self.nature = nature
        self.isForecast = isForecast
        self.programme = programme
        self.years = years
        self.session = session
        self.projects = projects
        self.amount = amount
        self.approximation = approximation
        self.publishedAmount = publishedAmount
        self.approximationWords = approximationWords
        self.sources = sources
        self.body = body
        self.isDraft = isDraft
    }

    /// True for a statement over several years (`periode`), false for one call year (`appel`).
    package var isCumulative: Bool { years.isPeriod }
    /// True for a figure of laureates, the only nature the sheets are compared with.
    package var countsLaureates: Bool { nature == .laureats }
    /// The precision of `amount`.
    package var amountPrecision: AmountPrecision { AmountPrecision(approximation) }
}

/// Call years from `first` to `last`, both included; never empty (checked when read).
package struct CallYears: Sendable, Hashable {
    package var first: Int
    package var last: Int
    /// True when written as a period (`periode`), even of one year.
    var isPeriod: Bool

    package init(first: Int, last: Int, isPeriod: Bool) {
        self.first = first
        self.last = last
        self.isPeriod = isPeriod
    }

    package func contains(_ year: Int) -> Bool { year >= first && year <= last }

    /// « 2019 », « 2018 à 2022 ».
    package var label: String { first == last && !isPeriod ? String(first) : "\(first) à \(last)" }
}

/// An envelope of the fund (`enveloppes` in `site.yml`): FTAP 1, 700 M€, raised to 780 M€ by the
/// 2022 budget law, for the calls of 2018 to 2022.
package struct Envelope: Sendable, Hashable {
    package var name: String
    package var title: String
    /// The amount first announced (`montant`).
    package var amount: Int
    /// The call years it covers (`appels`); nil when no source gives its period: no share of it
    /// is then computed, and no sheet is counted in it.
    package var years: CallYears?
    package var sources: [SourceLink]
    /// Its raises and cuts, oldest first (`revisions`).
    package var revisions: [EnvelopeRevision] = []

    package init(
        name: String,
        title: String,
        amount: Int,
        years: CallYears? = nil,
        sources: [SourceLink],
        revisions: [EnvelopeRevision] = []
    ) {
        self.name = name
        self.title = title
        self.amount = amount
        self.years = years
        self.sources = sources
        self.revisions = revisions
    }

    /// The amount in force on `date`: the last revision dated on or before it, or the first amount.
    package func amount(on date: ContentDate) -> Int {
        revisions.last { $0.date <= date }?.amount ?? amount
    }
}

/// A raise or a cut of an envelope: from `date`, the envelope is `amount` (« portée à 780 M€ par
/// la loi de finances pour 2022 »).
package struct EnvelopeRevision: Sendable, Hashable {
    package var date: ContentDate
    /// The envelope's amount after the revision, whole euros.
    package var amount: Int
    /// What changed it, as it follows « par » : « la loi de finances pour 2022 ».
    package var text: String
    package var sources: [SourceLink]

    package init(date: ContentDate, amount: Int, text: String, sources: [SourceLink]) {
        self.date = date
        self.amount = amount
        self.text = text
        self.sources = sources
    }
}
