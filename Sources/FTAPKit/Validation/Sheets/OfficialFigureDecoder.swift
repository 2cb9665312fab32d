/// Validates a figure the State published (`content/chiffres-officiels/<slug>.md`).
enum OfficialFigureDecoder {
    static let keys = ["titre", "date", "programme", "appel", "session", "periode", "projets", "montant", "sources"]

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody,
                       context: ValidationContext) -> OfficialFigure? {
        let sink = reader.sink
        let title = reader.string("titre", required: true)
        let date = reader.date("date", required: true)
        let programme = reader.choice("programme", as: Programme.self) ?? .ftap
        let hasCall = reader.value("appel", required: false) != nil
        let hasPeriod = reader.value("periode", required: false) != nil
        var years: CallYears?
        if hasCall && hasPeriod {
            sink.error(DiagnosticCode.conflictingKeys, "« appel » et « periode » ensemble : un chiffre porte sur un appel (une année) ou sur une période, pas les deux",
                       at: reader.keyPlace("periode"))
        } else if hasCall {
            years = reader.year("appel", required: true, from: context.firstCallYear, to: context.buildDate.year)
                .map { CallYears(first: $0, last: $0, isPeriod: false) }
        } else if hasPeriod {
            years = reader.yearSpan("periode", context: context, required: true)
        } else {
            sink.error(DiagnosticCode.missingKey, "il manque « appel » (l'année de l'appel, par exemple 2019) ou « periode » (debut et fin, pour un chiffre cumulé)",
                       at: reader.position)
        }
        let session = reader.wholeNumber("session", minimum: 1)
        if session != nil, hasPeriod {
            sink.error(DiagnosticCode.conflictingKeys, "« session » ne va qu'avec « appel » : elle dit quel appel de l'année (1er, 2e…)",
                       at: reader.keyPlace("session"))
        }
        let projects = reader.wholeNumber("projets", minimum: 0)
        let amount = reader.euros("montant")
        if reader.value("projets", required: false) == nil, reader.value("montant", required: false) == nil {
            sink.error(DiagnosticCode.missingKey, "il manque « projets » (le nombre de lauréats annoncé) ou « montant » (le montant annoncé, en euros) : au moins l'un des deux",
                       at: reader.position)
        }
        let sources = ProjectSheetDecoder.decodeSources(reader)
        ExampleValueRule.check(reader, body: body, isDraft: false, canBeDraft: false)
        if reader.value("sources", required: true) != nil, sources.isEmpty, !sink.hasErrors {
            sink.error(DiagnosticCode.emptyValue, "« sources » est vide : un chiffre officiel cite au moins une source publique", at: reader.keyPlace("sources"))
        }
        guard let title, let date, let years, !sources.isEmpty else { return nil }
        return OfficialFigure(slug: slug, file: file, title: title, date: date, programme: programme, years: years,
                              session: hasPeriod ? nil : session, projects: projects, amount: amount, sources: sources, body: body)
    }
}
