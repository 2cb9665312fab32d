/// A figure the State published about the fund, from `content/chiffres-officiels/<slug>.md`:
/// the laureates of one call, or a cumulative statement over several call years. The site shows
/// it, with its source, beside what the sheets add up to.
struct OfficialFigure: Sendable, Hashable {
    var slug: String
    var file: String
    var title: String
    /// The day the State published it.
    var date: ContentDate
    var programme: Programme
    /// The call years it covers: one year (`appel`) or a period (`periode`).
    var years: CallYears
    /// With `appel`: which call of that year (1st, 2nd …).
    var session: Int?
    /// Laureate projects announced.
    var projects: Int?
    /// Amount announced, whole euros.
    var amount: Int?
    var sources: [SourceLink]
    var body: MarkdownBody

    /// True for a statement over several years (`periode`), false for one call year (`appel`).
    var isCumulative: Bool { years.isPeriod }
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

/// An envelope of the fund (`enveloppes` in `site.yml`): FTAP 1, 700 M€ for the calls of 2018 to 2022.
struct Envelope: Sendable, Hashable {
    var name: String
    var title: String
    var amount: Int
    var years: CallYears
    var sources: [SourceLink]
}
