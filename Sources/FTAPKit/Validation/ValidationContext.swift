/// What validation needs to know beyond the files: the build date and the first call year.
struct ValidationContext: Sendable {
    /// Today's date for the build, from `SOURCE_DATE_EPOCH` when set.
    var buildDate: ContentDate
    /// The latest date an author in France may honestly write as today: the build date is
    /// UTC's, and France's day (mainland, or overseas up to UTC+12) may be one ahead of it.
    var latestTodayInFrance: ContentDate { buildDate.nextDay }
    /// A build for the public site: the settings the law requires (publisher, host) must be given.
    var production = false
    /// The first year a call for projects may carry.
    var firstCallYear: Int = ValidationContext.defaultFirstCallYear
    /// The fund's first call for projects was announced in 2017.
    static let defaultFirstCallYear = 2017

    init(buildDate: ContentDate) {
        self.buildDate = buildDate
    }
}
