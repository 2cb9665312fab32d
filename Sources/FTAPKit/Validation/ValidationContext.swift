/// What validation needs to know beyond the files: the build date and the first call year.
public struct ValidationContext: Sendable {
    /// Today's date for the build, from `SOURCE_DATE_EPOCH` when set.
    public var buildDate: ContentDate
    /// The first year a call for projects may carry.
    public var firstCallYear: Int = ValidationContext.defaultFirstCallYear
    /// The fund's first call for projects was announced in 2017.
    public static let defaultFirstCallYear = 2017

    public init(buildDate: ContentDate) {
        self.buildDate = buildDate
    }
}
