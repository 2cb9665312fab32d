/// A figure published about the fund, from `content/chiffres-officiels/<slug>.md`: the laureates
/// of one call, a cumulative statement over several call years, what was spent or saved; by the
/// State, the Cour des comptes, Parliament or the press. The site shows it, with its publisher,
/// date and source, beside what the sheets add up to.
struct OfficialFigure: Sendable, Hashable {
    var slug: String
    var file: String
    var title: String
    /// The day its publisher published it (`date`), or its month or year when no source read gives the day.
    var date: PublicationDate
    /// Who published it (`emetteur`).
    var publisher: Publisher
    /// The body or newspaper that published it (`emetteur_nom`): « DITP », « Les Échos ».
    var publisherName: String?
    /// What it counts (`nature`), `laureats` when absent.
    var nature: FigureNature = .laureats
    /// A forecast rather than a finding (`prevision`): « devrait atteindre ».
    var isForecast = false
    var programme: Programme
    /// The call years it covers: one year (`appel`) or a period (`periode`).
    var years: CallYears
    /// With `appel`: which call of that year (1st, 2nd …).
    var session: Int?
    /// Laureate projects announced.
    var projects: Int?
    /// Amount announced, whole euros.
    var amount: Int?
    /// How the amount is approximate, when it was published as « près de », « plus de »…
    var approximation: AmountApproximation?
    /// The amount in the publisher's words (`montant_publie`): « près de 69 millions d'euros ».
    var publishedAmount: String?
    /// The publisher's words for the approximation, from `montant_publie` (« environ », « près de »),
    /// so that the amount is shown in the publisher's terms wherever it is shown.
    var approximationWords: String?
    var sources: [SourceLink]
    var body: MarkdownBody
    /// Not published yet (`brouillon`): left out of the public site, its figures and its data.
    var isDraft = false

    /// True for a statement over several years (`periode`), false for one call year (`appel`).
    var isCumulative: Bool { years.isPeriod }
    /// True for a figure of laureates, the only nature the sheets are compared with.
    var countsLaureates: Bool { nature == .laureats }
    /// The precision of `amount`.
    var amountPrecision: AmountPrecision { AmountPrecision(approximation) }
}

/// Call years from `first` to `last`, both included; never empty (checked when read).
struct CallYears: Sendable, Hashable {
    var first: Int
    var last: Int
    /// True when written as a period (`periode`), even of one year.
    var isPeriod: Bool

    func contains(_ year: Int) -> Bool { year >= first && year <= last }

    /// « 2019 », « 2018 à 2022 ».
    var label: String { first == last && !isPeriod ? String(first) : "\(first) à \(last)" }
}

/// An envelope of the fund (`enveloppes` in `site.yml`): FTAP 1, 700 M€, raised to 780 M€ by the
/// 2022 budget law, for the calls of 2018 to 2022.
struct Envelope: Sendable, Hashable {
    var name: String
    var title: String
    /// The amount first announced (`montant`).
    var amount: Int
    /// The call years it covers (`appels`); nil when no source gives its period: no share of it
    /// is then computed, and no sheet is counted in it.
    var years: CallYears?
    var sources: [SourceLink]
    /// Its raises and cuts, oldest first (`revisions`).
    var revisions: [EnvelopeRevision] = []

    /// The amount in force on `date`: the last revision dated on or before it, or the first amount.
    func amount(on date: ContentDate) -> Int {
        revisions.last { $0.date <= date }?.amount ?? amount
    }
}

/// A raise or a cut of an envelope: from `date`, the envelope is `amount` (« portée à 780 M€ par
/// la loi de finances pour 2022 »).
struct EnvelopeRevision: Sendable, Hashable {
    var date: ContentDate
    /// The envelope's amount after the revision, whole euros.
    var amount: Int
    /// What changed it, as it follows « par » : « la loi de finances pour 2022 ».
    var text: String
    var sources: [SourceLink]
}
