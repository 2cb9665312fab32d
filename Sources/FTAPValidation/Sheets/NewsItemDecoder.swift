import FTAPContent
import FTAPModel

/// Validates the front matter of a news item.
package enum NewsItemDecoder {
    static let keys = ContentSchema.news.keys

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> NewsItem? {
        let title = reader.string("titre", required: true)
        let date = reader.date("date", required: true)
        let summary = reader.string("resume", required: true)
        let topics = reader.stringList("rubriques")
        let projects = reader.stringList("projets")
        let isDraft = reader.bool("brouillon") ?? false
        let media = MediaKeysDecoder.decode(reader, file: file)
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)
        if let title { PlausibilityRules.checkTitle(title, reader: reader) }
        guard let title, let date, let summary else { return nil }
        return NewsItem(slug: slug, file: file, title: title, date: date, summary: summary, topics: topics,
                        projectSlugs: projects, isDraft: isDraft, body: body, media: media)
    }
}
