import FTAPCore
import FTAPModel

/// Validates `site.yml`.
package enum SiteSettingsDecoder {
    static let keys = ContentSchema.site.keys
    static let imageKeys = ContentSchema.site.subkeys("image_par_defaut")
    static let socialAccountKeys = ContentSchema.site.subkeys("reseaux_sociaux")
    static let envelopeKeys = ContentSchema.site.subkeys("enveloppes")
    static let revisionKeys = ContentSchema.site.subkeys("enveloppes.revisions")
    static let legalContactKeys = ContentSchema.site.subkeys("editeur")

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
        let errorReport = decodeErrorReport(reader)
        let publisher = decodeLegalContact(reader, "editeur", role: "l'éditeur du site (l'administration qui le publie)", context: context)
        let host = decodeLegalContact(reader, "hebergeur", role: "l'hébergeur du site (l'organisme dont les serveurs le mettent en ligne)", context: context)
        let newsletter = reader.url("lettre_information", httpsOnly: true)
        let socialAccounts = reader.mappingList("reseaux_sociaux", allowedKeys: socialAccountKeys).compactMap { item -> SocialAccount? in
            let name = item.string("nom", required: true)
            let address = item.url("url", required: true, httpsOnly: true)
            guard let name, let address else { return nil }
            return SocialAccount(name: name, url: address)
        }
        let defaultImage = decodeImage(reader, "image_par_defaut")
        let historySince = reader.date("historique_depuis")
        if let url, url.contains("?") || url.contains("#") {
            reader.sink.error(DiagnosticCode.invalidURL, "« url » est l'adresse de base du site : elle ne doit contenir ni « ? » ni « # » (trouvé : « \(url) »)",
                              at: reader.value("url", required: false).flatMap(reader.place))
            return nil
        }
        guard let title, let url, let description else { return nil }
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        var settings = SiteSettings(title: title, baseURL: base, description: description, language: language, envelopes: envelopes,
                                    errorReport: errorReport, publisher: publisher, host: host, newsletter: newsletter,
                                    socialAccounts: socialAccounts, defaultImage: defaultImage)
        settings.historySince = historySince
        return settings
    }

    /// An image of `media/` given as `{fichier, alt}`: `fichier` written `/media/…`, `alt` what it
    /// shows (the file itself is checked against `media/` with the other files).
    static func decodeImage(_ reader: MappingReader, _ key: String) -> ImageReference? {
        guard let image = reader.mapping(key, allowedKeys: imageKeys) else { return nil }
        let file = MediaKeysDecoder.mediaPath(image, "fichier", required: true, example: "/media/logo-ftap.png")
        let alt = image.string("alt", required: true)
        guard let file, let alt else { return nil }
        return ImageReference(relativePath: file.relativePath, alt: alt, place: file.place)
    }

    /// `signaler_erreur`: where a reader reports an error in a figure, an address `mailto:` or https.
    private static func decodeErrorReport(_ reader: MappingReader) -> String? {
        guard let node = reader.value("signaler_erreur", required: false),
              let text = reader.scalarText(node, key: "signaler_erreur", expected: "une adresse") else { return nil }
        let address = text.trimmingSpaces()
        guard WebAddress.isValidMailto(address) || WebAddress.isValid(address, httpsOnly: true) else {
            reader.sink.error(DiagnosticCode.invalidURL,
                              "« signaler_erreur » doit être une adresse électronique précédée de « mailto: » (par exemple mailto:contact@exemple.gouv.fr) ou l'adresse d'une page en https:// (trouvé : « \(text) »)",
                              at: reader.place(of: node))
            return nil
        }
        return address
    }

    /// `editeur` or `hebergeur`: optional, but a production build must have it, since the law
    /// requires the legal notice to name both.
    private static func decodeLegalContact(_ reader: MappingReader, _ key: String, role: String, context: ValidationContext) -> LegalContact? {
        guard let item = reader.mapping(key, allowedKeys: legalContactKeys) else {
            // Absent or empty: a value of the wrong type has had its own message.
            if context.production, reader.value(key, required: false) == nil {
                reader.sink.error(DiagnosticCode.missingLegalNotice,
                                  "le site est construit pour être publié (--production) : « site.yml » doit donner \(role), que la loi impose de nommer dans les mentions légales ; ajoutez « \(key): » avec ses sous-clés « nom », « adresse » et « contact » (téléphone ou adresse électronique)",
                                  at: reader.keyPlace(key) ?? reader.position)
            }
            return nil
        }
        let name = item.string("nom", required: true)
        let address = item.string("adresse", required: true)
        let contact = item.string("contact", required: true)
        guard let name, let address, let contact else { return nil }
        return LegalContact(name: name, address: address, contact: contact)
    }

    private static func decodeEnvelope(_ item: MappingReader, context: ValidationContext) -> Envelope? {
        let name = item.string("nom", required: true)
        if let name, !Slug.isValid(name) {
            item.sink.error(DiagnosticCode.invalidEnum, "« \(item.spoken("nom")) » doit être un nom court en minuscules et tirets, par exemple « ftap-1 » (trouvé : « \(name) »)",
                            at: item.keyPlace("nom"))
        }
        let title = item.string("titre", required: true)
        let amount = item.euros("montant", required: true)
        // Without `appels`, no source gives the envelope's period: no share of it is computed.
        let years = item.yearSpan("appels", context: context, required: false)
        let yearsGiven = item.value("appels", required: false) != nil
        let sources = ProjectSheetDecoder.decodeSources(item)
        let revisions = item.mappingList("revisions", allowedKeys: revisionKeys).compactMap(decodeRevision)
        for (index, revision) in revisions.enumerated().dropFirst() where revision.date < revisions[index - 1].date {
            item.sink.error(DiagnosticCode.invalidDate,
                            "les révisions de « \(item.spoken("revisions")) » vont de la plus ancienne à la plus récente : la \(index + 1)e (\(revision.date.iso)) précède la \(index)e (\(revisions[index - 1].date.iso))",
                            at: item.keyPlace("revisions"))
            break
        }
        guard let name, Slug.isValid(name), let title, let amount, years != nil || !yearsGiven else { return nil }
        return Envelope(name: name, title: title, amount: amount, years: years, sources: sources, revisions: revisions)
    }

    /// One raise or cut of an envelope: the date, the new amount, what changed it, its sources.
    private static func decodeRevision(_ item: MappingReader) -> EnvelopeRevision? {
        let date = item.date("date", required: true)
        let amount = item.euros("montant", required: true)
        let text = item.string("texte", required: true)
        let sources = ProjectSheetDecoder.decodeSources(item)
        if item.value("sources", required: true) != nil, sources.isEmpty, !item.sink.hasErrors {
            item.sink.error(DiagnosticCode.emptyValue, "« \(item.spoken("sources")) » est vide : une révision cite au moins une source publique",
                            at: item.keyPlace("sources"))
        }
        guard let date, let amount, let text, !sources.isEmpty else { return nil }
        return EnvelopeRevision(date: date, amount: amount, text: text, sources: sources)
    }
}
