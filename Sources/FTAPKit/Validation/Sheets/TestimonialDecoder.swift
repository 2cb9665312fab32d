/// Validates the front matter of a testimonial.
enum TestimonialDecoder {
    static let keys = ["auteur", "fonction", "organisation", "projet", "date"]

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> Testimonial? {
        let author = reader.string("auteur", required: true)
        let role = reader.string("fonction", required: true)
        let organisation = reader.string("organisation")
        let project = reader.string("projet")
        let date = reader.date("date", required: true)
        guard let author, let role, let date else { return nil }
        return Testimonial(slug: slug, file: file, author: author, role: role, organisation: organisation,
                           projectSlug: project, date: date, body: body)
    }
}
