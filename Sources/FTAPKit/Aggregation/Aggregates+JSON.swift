/// The `agregats.json` file, keys in the order DESIGN.md gives them.
extension Aggregates {
    func json(buildDate: ContentDate) -> String {
        // `verse` adds up the sheets that list payments, `projets_avec_versements` of them; null
        // when none does (not reported is not zero).
        func counts(_ f: Figures) -> String {
            "\"projets\": \(f.projects), \"montant\": \(f.amount), \"entites\": \(f.entities), "
                + "\"verse\": \(f.projectsReportingPaid > 0 ? String(f.paid) : "null"), \"projets_sans_montant\": \(f.projectsWithoutAmount), "
                + "\"projets_avec_versements\": \(f.projectsReportingPaid)"
        }
        func array(_ rows: [String]) -> String {
            rows.isEmpty ? "[]" : "[\n    " + rows.joined(separator: ",\n    ") + "\n  ]"
        }
        func optional(_ value: Int?) -> String { value.map(String.init) ?? "null" }
        func sources(_ links: [SourceLink]) -> String {
            "[" + links.map { "{\"titre\": \(JSONText.quote($0.title)), \"url\": \(JSONText.quote($0.url))}" }.joined(separator: ", ") + "]"
        }
        func years(_ span: CallYears) -> String { "{\"debut\": \(span.first), \"fin\": \(span.last)}" }
        let official = officialFigures.map { row -> String in
            let f = row.figure
            let perimeter = f.isCumulative ? "\"periode\": \(years(f.years))"
                : "\"appel\": \(f.years.first), \"session\": \(optional(f.session))"
            return "{\"titre\": \(JSONText.quote(f.title)), \"date\": \"\(f.date.iso)\", \"programme\": \"\(f.programme.rawValue)\", "
                + "\(perimeter), \"projets\": \(optional(f.projects)), \"montant\": \(optional(f.amount)), "
                + "\"sources\": \(sources(f.sources)), "
                + "\"couverture\": {\"projets\": \(row.coverage.projects), \"montant\": \(row.coverage.amount)}}"
        }
        let envelopeRows = envelopes.map { row -> String in
            let e = row.envelope
            return "{\"nom\": \(JSONText.quote(e.name)), \"titre\": \(JSONText.quote(e.title)), \"montant\": \(e.amount), "
                + "\"appels\": \(years(e.years)), \"accorde\": \(row.sheets.amount), \"sources\": \(sources(e.sources))}"
        }
        return """
        {
          "programme": "ftap",
          "total": {\(counts(total))},
          "par_annee": \(array(byYear.map { "{\"annee\": \($0.year), \(counts($0.figures))}" })),
          "par_type": \(array(byType.map { "{\"type\": \"\($0.type.rawValue)\", \(counts($0.figures))}" })),
          "par_annee_et_type": \(array(byYearAndType.map { "{\"annee\": \($0.year), \"type\": \"\($0.type.rawValue)\", \(counts($0.figures))}" })),
          "par_ministere": \(array(byMinistry.map { "{\"ministere\": \($0.name.map(JSONText.quote) ?? "null"), \(counts($0.figures))}" })),
          "autres_programmes": \(array(otherProgrammes.map { "{\"programme\": \"\($0.programme.rawValue)\", \(counts($0.figures))}" })),
          "chiffres_officiels": \(array(official)),
          "enveloppes": \(array(envelopeRows)),
          "date_generation": "\(buildDate.iso)",
          "licence": "etalab-2.0"
        }

        """
    }
}
