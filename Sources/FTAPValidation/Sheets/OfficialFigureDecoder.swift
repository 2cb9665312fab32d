import FTAPContent
import FTAPCore
import FTAPModel

/// Validates a published figure about the fund (`content/chiffres-officiels/<slug>.md`).
package enum OfficialFigureDecoder {
    static let keys = ContentSchema.officialFigure.keys

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody,
                       context: ValidationContext) -> OfficialFigure? {
        let sink = reader.sink
        let title = reader.string("titre", required: true)
        let date = reader.publicationDate("date", required: true)
        let publisher = reader.choice("emetteur", required: true, as: Publisher.self)
        let publisherName = reader.string("emetteur_nom")
        if publisher == .presse, publisherName == nil, reader.value("emetteur_nom", required: false) == nil {
            sink.error(DiagnosticCode.missingKey,
                       "un chiffre publié par la presse nomme son journal : ajoutez « emetteur_nom », par exemple emetteur_nom: \"Les Échos\"",
                       at: reader.keyPlace("emetteur") ?? reader.position)
        }
        let nature = reader.choice("nature", as: FigureNature.self) ?? .laureats
        let isForecast = reader.bool("prevision") ?? false
        if isForecast, nature == .laureats {
            sink.error(DiagnosticCode.conflictingKeys,
                       "« prevision » ne va qu'avec « nature: consommation » ou « nature: economies » : des lauréats retenus ne sont pas une prévision",
                       at: reader.keyPlace("prevision"))
        }
        let programme = reader.choice("programme", as: Programme.self) ?? .ftap
        let years = decodeYears(reader, context: context)
        let hasPeriod = reader.value("periode", required: false) != nil
        let session = reader.wholeNumber("session", minimum: 1)
        if session != nil, hasPeriod {
            sink.error(DiagnosticCode.conflictingKeys, "« session » ne va qu'avec « appel » : elle dit quel appel de l'année (1er, 2e…)",
                       at: reader.keyPlace("session"))
        }
        let projects = reader.wholeNumber("projets", minimum: 0)
        let amount = reader.euros("montant")
        let hasAmount = reader.value("montant", required: false) != nil
        if reader.value("projets", required: false) == nil, !hasAmount {
            sink.error(DiagnosticCode.missingKey, "il manque « projets » (le nombre de lauréats annoncé) ou « montant » (le montant annoncé, en euros) : au moins l'un des deux",
                       at: reader.position)
        }
        if projects != nil, nature != .laureats {
            sink.error(DiagnosticCode.conflictingKeys,
                       "« projets » ne va qu'avec « nature: laureats » : un chiffre de \(nature == .consommation ? "consommation des crédits" : "économies") est un montant",
                       at: reader.keyPlace("projets"))
        }
        let approximation = reader.choice("approximation", as: AmountApproximation.self)
        let publishedAmount = reader.string("montant_publie")
        for key in ["approximation", "montant_publie"] where !hasAmount && reader.value(key, required: false) != nil {
            sink.error(DiagnosticCode.missingKey, "« \(key) » dit comment le montant a été publié : ajoutez « montant », en euros entiers",
                       at: reader.keyPlace(key))
        }
        var approximationWords: String?
        if let amount, let publishedAmount {
            let reading = checkPublishedAmount(publishedAmount, amount: amount, approximation: approximation, reader: reader)
            if reading.approximation == approximation { approximationWords = reading.words }
        }
        let sources = ProjectSheetDecoder.decodeSources(reader)
        let isDraft = reader.bool("brouillon") ?? false
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)
        if reader.value("sources", required: true) != nil, sources.isEmpty, !sink.hasErrors {
            sink.error(DiagnosticCode.emptyValue, "« sources » est vide : un chiffre officiel cite au moins une source publique", at: reader.keyPlace("sources"))
        }
        guard let title, let date, let publisher, let years, !sources.isEmpty else { return nil }
        return OfficialFigure(slug: slug, file: file, title: title, date: date, publisher: publisher, publisherName: publisherName,
                              nature: nature, isForecast: isForecast, programme: programme, years: years,
                              session: hasPeriod ? nil : session, projects: projects, amount: amount,
                              approximation: approximation, publishedAmount: publishedAmount, approximationWords: approximationWords,
                              sources: sources, body: body, isDraft: isDraft)
    }

    /// `appel` (one call year) or `periode` (a span), exactly one of them.
    private static func decodeYears(_ reader: MappingReader, context: ValidationContext) -> CallYears? {
        let hasCall = reader.value("appel", required: false) != nil
        let hasPeriod = reader.value("periode", required: false) != nil
        if hasCall && hasPeriod {
            reader.sink.error(DiagnosticCode.conflictingKeys, "« appel » et « periode » ensemble : un chiffre porte sur un appel (une année) ou sur une période, pas les deux",
                              at: reader.keyPlace("periode"))
            return nil
        }
        if hasCall {
            return reader.year("appel", required: true, from: context.firstCallYear, to: context.buildDate.year)
                .map { CallYears(first: $0, last: $0, isPeriod: false) }
        }
        if hasPeriod { return reader.yearSpan("periode", context: context, required: true) }
        reader.sink.error(DiagnosticCode.missingKey, "il manque « appel » (l'année de l'appel, par exemple 2019) ou « periode » (debut et fin, pour un chiffre cumulé)",
                          at: reader.position)
        return nil
    }

    /// The publisher's words must say the amount counted, and its approximation: « près de
    /// 69 millions d'euros » goes with `montant: 69000000` and `approximation: environ`.
    /// - Returns: what the words say, for the words of the approximation.
    @discardableResult
    private static func checkPublishedAmount(_ words: String, amount: Int, approximation: AmountApproximation?,
                                             reader: MappingReader) -> PublishedAmountText.Reading {
        let place = reader.value("montant_publie", required: false).flatMap(reader.place)
        let reading = PublishedAmountText.read(words)
        guard let read = reading.amount else {
            reader.sink.error(DiagnosticCode.publishedAmountMismatch,
                              "« montant_publie » doit redonner le montant en chiffres, comme la source l'écrit, par exemple « près de 69 millions d'euros » (trouvé : « \(words) »)",
                              at: place)
            return reading
        }
        if read != amount {
            reader.sink.error(DiagnosticCode.publishedAmountMismatch,
                              "« montant_publie » dit \(FrenchFormat.euros(read)) mais « montant » vaut \(FrenchFormat.euros(amount)) : les deux doivent donner le même montant",
                              at: place)
        }
        guard reading.approximation != approximation else { return reading }
        let message: String
        if let said = reading.approximation {
            message = "« montant_publie » dit « \(said.label) » : écrivez approximation: \(said.rawValue)"
                + (approximation == nil ? ", sans quoi le montant serait présenté comme exact" : " (trouvé : \(approximation?.rawValue ?? ""))")
        } else {
            message = "« approximation: \(approximation?.rawValue ?? "") » mais « montant_publie » donne un montant exact : retirez « approximation » ou recopiez les mots de la source (« près de », « plus de »…)"
        }
        reader.sink.error(DiagnosticCode.publishedAmountMismatch, message, at: reader.keyPlace("approximation") ?? place)
        return reading
    }
}
