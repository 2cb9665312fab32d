/// Validates the front matter of a free page.
enum FreePageDecoder {
    static let keys = ["titre", "resume"]

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> FreePage? {
        let title = reader.string("titre", required: true)
        let summary = reader.string("resume")
        ExampleValueRule.check(reader, body: body, isDraft: false, canBeDraft: false)
        guard let title else { return nil }
        return FreePage(slug: slug, file: file, title: title, summary: summary, body: body)
    }
}
