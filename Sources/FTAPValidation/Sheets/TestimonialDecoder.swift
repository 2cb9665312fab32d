import FTAPContent
import FTAPModel

/// Validates the front matter of a testimonial.
package enum TestimonialDecoder {
    static let keys = ContentSchema.testimonial.keys

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> Testimonial? {
        let author = reader.string("auteur", required: true)
        let role = reader.string("fonction", required: true)
        let organisation = reader.string("organisation")
        let project = reader.string("projet")
        let date = reader.date("date", required: true)
        let source = reader.mapping("source", allowedKeys: ProjectSheetDecoder.sourceKeys).flatMap(ProjectSheetDecoder.decodeSource)
        let isDraft = reader.bool("brouillon") ?? false
        let media = MediaKeysDecoder.decode(reader, file: file, withVideos: false)
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)
        guard let author, let role, let date else { return nil }
        return Testimonial(slug: slug, file: file, author: author, role: role, organisation: organisation,
                           projectSlug: project, date: date, source: source, isDraft: isDraft, body: body, media: media)
    }
}
