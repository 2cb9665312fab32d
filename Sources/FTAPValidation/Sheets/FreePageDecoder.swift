import FTAPContent
import FTAPModel

/// Validates the front matter of a free page.
package enum FreePageDecoder {
    static let keys = ContentSchema.page.keys

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> FreePage? {
        let title = reader.string("titre", required: true)
        let summary = reader.string("resume")
        let isDraft = reader.bool("brouillon") ?? false
        let media = MediaKeysDecoder.decode(reader, file: file)
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)
        guard let title else { return nil }
        return FreePage(slug: slug, file: file, title: title, summary: summary, body: body, isDraft: isDraft, media: media)
    }
}
