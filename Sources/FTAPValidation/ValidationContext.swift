import FTAPCore
import FTAPImages

/// What validation needs to know beyond the files: the build date and the first call year.
package struct ValidationContext: Sendable {
    /// Today's date for the build, from `SOURCE_DATE_EPOCH` when set.
    var buildDate: ContentDate
    /// The latest date an author in France may honestly write as today: the build date is
    /// UTC's, and France's day (mainland, or overseas up to UTC+12) may be one ahead of it.
    var latestTodayInFrance: ContentDate { buildDate.nextDay }
    /// A build for the public site: the settings the law requires (publisher, host) must be given.
    package var production = false
    /// Where the images' sizes and the files made of them are kept between builds.
    package var imageCache = ImageCache(folder: nil)
    /// The first year a call for projects may carry.
    var firstCallYear: Int = ValidationContext.defaultFirstCallYear
    /// The fund's first call for projects was announced in 2017.
    package static let defaultFirstCallYear = 2017

    package init(buildDate: ContentDate) {
        self.buildDate = buildDate
    }
}
