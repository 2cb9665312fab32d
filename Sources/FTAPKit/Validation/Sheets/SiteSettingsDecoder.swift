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
