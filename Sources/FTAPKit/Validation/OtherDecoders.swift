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

/// Validates the front matter of a news item.
enum NewsItemDecoder {
    static let keys = ["titre", "date", "resume", "rubriques", "projets", "brouillon"]

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> NewsItem? {
        let title = reader.string("titre", required: true)
        let date = reader.date("date", required: true)
        let summary = reader.string("resume", required: true)
        let topics = reader.stringList("rubriques")
        let projects = reader.stringList("projets")
        let isDraft = reader.bool("brouillon") ?? false
        guard let title, let date, let summary else { return nil }
        return NewsItem(slug: slug, file: file, title: title, date: date, summary: summary, topics: topics,
                        projectSlugs: projects, isDraft: isDraft, body: body)
    }
}

/// Validates the front matter of a free page.
enum FreePageDecoder {
    static let keys = ["titre", "resume"]

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody) -> FreePage? {
        let title = reader.string("titre", required: true)
        let summary = reader.string("resume")
        guard let title else { return nil }
        return FreePage(slug: slug, file: file, title: title, summary: summary, body: body)
    }
}

/// Validates `site.yml`.
enum SiteSettingsDecoder {
    static let keys = ["titre", "url", "description", "langue", "enveloppe"]

    static func decode(_ reader: MappingReader) -> SiteSettings? {
        let title = reader.string("titre", required: true)
        let url = reader.url("url", required: true, httpsOnly: true)
        let description = reader.string("description", required: true)
        let language = reader.string("langue") ?? "fr"
        let envelope = reader.euros("enveloppe")
        if let url, url.contains("?") || url.contains("#") {
            reader.sink.error(DiagnosticCode.invalidURL, "« url » est l'adresse de base du site : elle ne doit contenir ni « ? » ni « # » (trouvé : « \(url) »)",
                              at: reader.value("url", required: false).flatMap(reader.place))
            return nil
        }
        guard let title, let url, let description else { return nil }
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        return SiteSettings(title: title, baseURL: base, description: description, language: language, envelope: envelope)
    }
}
