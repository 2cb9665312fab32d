/// Validates `site.yml`.
enum SiteSettingsDecoder {
    static let keys = ["titre", "url", "description", "langue", "enveloppes", "enveloppe"]
    static let envelopeKeys = ["nom", "titre", "montant", "appels", "sources"]

    static func decode(_ reader: MappingReader, context: ValidationContext) -> SiteSettings? {
        let title = reader.string("titre", required: true)
        let url = reader.url("url", required: true, httpsOnly: true)
        let description = reader.string("description", required: true)
        let language = reader.string("langue") ?? "fr"
        if reader.value("enveloppe", required: false) != nil {
            reader.sink.error(DiagnosticCode.obsoleteKey,
                              "la clé « enveloppe » est remplacée par « enveloppes » : une liste d'enveloppes, chacune avec « nom » (par exemple ftap-1), « titre », « montant », « appels » (debut et fin, par exemple {debut: 2018, fin: 2022}) et « sources »",
                              at: reader.keyPlace("enveloppe"))
        }
        let envelopes = reader.mappingList("enveloppes", allowedKeys: envelopeKeys).compactMap { decodeEnvelope($0, context: context) }
        if let url, url.contains("?") || url.contains("#") {
            reader.sink.error(DiagnosticCode.invalidURL, "« url » est l'adresse de base du site : elle ne doit contenir ni « ? » ni « # » (trouvé : « \(url) »)",
                              at: reader.value("url", required: false).flatMap(reader.place))
            return nil
        }
        guard let title, let url, let description else { return nil }
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        return SiteSettings(title: title, baseURL: base, description: description, language: language, envelopes: envelopes)
    }

    private static func decodeEnvelope(_ item: MappingReader, context: ValidationContext) -> Envelope? {
        let name = item.string("nom", required: true)
        if let name, !Slug.isValid(name) {
            item.sink.error(DiagnosticCode.invalidEnum, "« \(item.qualified("nom")) » doit être un nom court en minuscules et tirets, par exemple « ftap-1 » (trouvé : « \(name) »)",
                            at: item.keyPlace("nom"))
        }
        let title = item.string("titre", required: true)
        let amount = item.euros("montant", required: true)
        let years = item.yearSpan("appels", context: context, required: true)
        let sources = ProjectSheetDecoder.decodeSources(item)
        guard let name, Slug.isValid(name), let title, let amount, let years else { return nil }
        return Envelope(name: name, title: title, amount: amount, years: years, sources: sources)
    }
}
