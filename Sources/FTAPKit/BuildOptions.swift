/// What a build or a check works on, as the command line gives it.
public struct BuildOptions: Sendable {
    public var contentPath: String = "content"
    public var templatesPath: String = "templates"
    public var outputPath: String = "public"
    /// Publish drafts too (for previews), never in CI.
    public var includeDrafts: Bool = false
    /// The day the build runs, which decides what scheduled items are published.
    public var buildDate: ContentDate

    public init(buildDate: ContentDate) {
        self.buildDate = buildDate
    }

    /// The build date from `SOURCE_DATE_EPOCH` when it is set (reproducible builds), else today (UTC).
    public static func buildDate(environment: [String: String], now: Double) -> ContentDate {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return ContentDate(secondsSince1970: epoch)
        }
        return ContentDate(secondsSince1970: Int(now))
    }
}
