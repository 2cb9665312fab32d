import FTAPCore
import FTAPRendering
import FTAPValidation

/// What a build or a check works on, as the command line gives it.
public struct BuildOptions: Sendable {
    /// The content folder, as given on the command line.
    public var contentPath: String = "content"
    /// The templates folder (Mustache templates and `static/`).
    public var templatesPath: String = "templates"
    /// The folder the site replaces entirely; checked by `OutputFolder` before a build writes.
    public var outputPath: String = "public"
    /// Publish drafts too (for previews), never in CI.
    public var includeDrafts: Bool = false
    /// The day the build runs, which decides what scheduled items are published.
    public var buildDate: ContentDate
    /// A build of the public site: `site.yml` must then name the publisher and the host that the
    /// legal notice shows (`mention-legale-absente` otherwise).
    public var production: Bool = false
    /// The folder the command runs in (absolute), from which the reports for people (the text
    /// format, the preview's error page) show paths; nil shows them as given.
    public var workingDirectory: String?
    /// Write a `.gz` and a `.br` sibling beside every text file of the site (`Precompression`), for
    /// hosts that serve them: `ftap build` does; the preview, which serves its own files to one
    /// browser, does not.
    public var precompress: Bool = false
    /// The folder where what is long to make is kept between builds (the widths of the photos,
    /// under `images/`): `.cache/ftap` from the command line; nil keeps nothing.
    public var cachePath: String?
    /// Keep what the run made until the process ends instead of freeing it (`WorkRetention`):
    /// for a command that ends just after reporting, never for a process that runs many builds.
    public var keepsWorkUntilExit: Bool = false
    /// The DSFR installed with the program (`share/ftap/dsfr` beside its `bin/`, see
    /// `installedDSFR(forExecutable:)`), used when `templates/static/dsfr/` has no stylesheet; nil
    /// uses only the templates'.
    package var installedDSFRPath: String?
    /// The `adresses.json` of the previous version of the site (`--precedent`): a build that
    /// would drop one of its addresses without redirecting or withdrawing it is refused.
    public var previousAddressesPath: String?
    /// Whether each former address (`anciennes_adresses`) gets a page that sends the reader on;
    /// false for a host that reads `_redirects` (GitLab Pages, Netlify), which serves an existing
    /// file before its redirects (`--redirections hebergeur`).
    public var redirectPages = true
    /// Whether the figures' history is read from the content's git repository (the golden
    /// tests, whose content is in this project's repository, go without).
    package var readsHistory = true
    /// In a preview, the addresses of the site last built in the output folder, read when the
    /// preview starts (its builds replace that list): an address one drops is a warning.
    package var lastBuildAddresses: PreviousAddresses?

    /// Where the DSFR is installed for the program at `executablePath`, its real path
    /// (`…/bin/ftap` → `…/share/ftap/dsfr`).
    package static func installedDSFR(forExecutable executablePath: String) -> String {
        InstalledDSFR.folder(forExecutable: executablePath)
    }

    /// Options with the default folders for a build on `buildDate`.
    public init(buildDate: ContentDate) {
        self.buildDate = buildDate
    }

    /// The build date from `SOURCE_DATE_EPOCH` when it is set (reproducible builds), else today (UTC).
    /// - Throws: `BuildError.invalidBuildDate` when the variable is not a whole number of seconds,
    ///   or gives a day before the fund's first call or after the year 9999: no content can be of
    ///   that date, and guessing another one would publish the wrong items.
    public static func buildDate(environment: [String: String], now: Double) throws -> ContentDate {
        guard let raw = environment["SOURCE_DATE_EPOCH"] else { return ContentDate(secondsSince1970: Int(now)) }
        let hint = "pour la date du dernier commit, écrivez SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), ou retirez cette variable pour la date du jour"
        let text = raw.trimmingCharacters(in: [" ", "\t", "\n"])
        guard text.allSatisfy({ $0.isASCIIDigit || $0 == "-" }), let seconds = Int(text) else {
            return try fail(raw, "ce n'est pas un nombre entier de secondes depuis le 1er janvier 1970 ; \(hint)")
        }
        let earliest = ValidationContext.defaultFirstCallYear
        guard seconds >= firstSecond(of: earliest) else {
            return try fail(raw, "cette date précède le premier appel à projets du fonds (\(earliest)) : ce ne peut pas être la date du contenu ; \(hint)")
        }
        guard seconds < firstSecond(of: 10_000) else {
            return try fail(raw, "cette date est au-delà de l'an 9999 ; \(hint)")
        }
        return ContentDate(secondsSince1970: seconds)
    }

    private static func fail(_ value: String, _ reason: String) throws -> ContentDate {
        throw BuildError.invalidBuildDate(value: value, reason: reason)
    }

    /// Seconds from 1970-01-01 to January 1st of `year` (proleptic Gregorian, UTC).
    static func firstSecond(of year: Int) -> Int {
        let y = year - 1
        let days = 365 * (y - 1969) + (y / 4 - 492) - (y / 100 - 19) + (y / 400 - 4)
        return days * 86_400
    }
}
