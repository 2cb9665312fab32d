import FTAPCore
import FTAPModel

/// The `agregats.json` file, keys in the order DESIGN.md gives them.
extension Aggregates {
    package func json(buildDate: ContentDate) -> String {
        // `verse` adds up the sheets that list payments, `projets_avec_versements` of them; null
        // when none does (not reported is not zero).
        // `montant_au_moins`: the sum includes an amount published as « plus de »; `montant_environ`:
        // it includes one published as « près de ».
        // `montant` adds up the sheets that publish one; null when none of the group does (unknown
        // is not zero, as in projets.csv).
        func amount(_ f: Figures) -> String {
            f.projects > f.projectsWithoutAmount ? String(f.amount) : "null"
        }
        func counts(_ f: Figures) -> String {
            "\"projets\": \(f.projects), \"montant\": \(amount(f)), \(precision("montant", f.amountPrecision)), \"entites\": \(f.entities), "
                + "\"verse\": \(f.projectsReportingPaid > 0 ? String(f.paid) : "null"), \"projets_sans_montant\": \(f.projectsWithoutAmount), "
                + "\"projets_avec_versements\": \(f.projectsReportingPaid)"
        }
        func array(_ rows: [String]) -> String {
            rows.isEmpty ? "[]" : "[\n    " + rows.joined(separator: ",\n    ") + "\n  ]"
        }
        func optional(_ value: Int?) -> String { value.map(String.init) ?? "null" }
        func precision(_ name: String, _ p: AmountPrecision) -> String {
            "\"\(name)_au_moins\": \(p.bound == .atLeast), \"\(name)_environ\": \(p.isEstimate)"
        }
        func sources(_ links: [SourceLink]) -> String {
            "[" + links.map { "{\"titre\": \(JSONText.quote($0.title)), \"url\": \(JSONText.quote($0.url))}" }.joined(separator: ", ") + "]"
        }
        func corrections(_ list: [PublicCorrection]) -> String {
            "[" + PublicCorrection.newestFirst(list).map { "{\"date\": \"\($0.date.iso)\", \"texte\": \(JSONText.quote($0.text))}" }.joined(separator: ", ") + "]"
        }
        func years(_ span: CallYears) -> String { "{\"debut\": \(span.first), \"fin\": \(span.last)}" }
        func text(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
        let official = officialFigures.map { row -> String in
            let f = row.figure
            let perimeter = f.isCumulative ? "\"periode\": \(years(f.years))"
                : "\"appel\": \(f.years.first), \"session\": \(optional(f.session))"
            let coverage = row.coverage.map {
                "{\"projets\": \($0.projects), \"montant\": \(amount($0)), \(precision("montant", $0.amountPrecision))}"
            } ?? "null"
            return [
                "{\"titre\": \(JSONText.quote(f.title)), \"date\": \"\(f.date.iso)\", ",
                "\"emetteur\": \"\(f.publisher.rawValue)\", \"emetteur_nom\": \(text(f.publisherName)), ",
                "\"nature\": \"\(f.nature.rawValue)\", \"prevision\": \(f.isForecast), \"programme\": \"\(f.programme.rawValue)\", ",
                "\(perimeter), \"projets\": \(optional(f.projects)), \"montant\": \(optional(f.amount)), ",
                "\"approximation\": \(text(f.approximation?.rawValue)), \"montant_publie\": \(text(f.publishedAmount)), ",
                "\"sources\": \(sources(f.sources)), \"rectificatifs\": \(corrections(f.corrections)), \"couverture\": \(coverage)}",
            ].joined()
        }
        let envelopeRows = envelopes.map { row -> String in
            let e = row.envelope
            let revisions = e.revisions.map {
                "{\"date\": \"\($0.date.iso)\", \"montant\": \($0.amount), \"texte\": \(JSONText.quote($0.text)), \"sources\": \(sources($0.sources))}"
            }
            return "{\"nom\": \(JSONText.quote(e.name)), \"titre\": \(JSONText.quote(e.title)), \"montant\": \(e.amount), "
                + "\"montant_en_vigueur\": \(row.amountInForce), \"revisions\": [\(revisions.joined(separator: ", "))], "
                + "\"appels\": \(e.years.map(years) ?? "null"), \"detaille\": \(optional(row.sheets?.amount)), "
                + "\(precision("detaille", row.sheets?.amountPrecision ?? .exact)), \"sources\": \(sources(e.sources))}"
        }
        let execution = budgetExecution.map { e -> String in
            "{\"annee\": \(e.year), \"programme_budgetaire\": \(JSONText.quote(e.budgetProgramme)), "
                + e.amounts.map { "\"\($0.name)\": \(optional($0.value))" }.joined(separator: ", ")
                + ", \"arrondi\": \(e.isRounded), \"provisoire\": \(e.provisionalOn.map { "\"\($0.iso)\"" } ?? "null"), "
                + "\"perimetre\": \(text(e.perimeter)), \"sources\": \(sources(e.sources))}"
        }
        return """
        {
          "programme": "ftap",
          "total": {\(counts(total))},
          "par_annee": \(array(byYear.map { "{\"annee\": \($0.year), \(counts($0.figures))}" })),
          "par_type": \(array(byType.map { "{\"type\": \(text($0.type?.rawValue)), \(counts($0.figures))}" })),
          "par_annee_et_type": \(array(byYearAndType.map { "{\"annee\": \($0.year), \"type\": \(text($0.type?.rawValue)), \(counts($0.figures))}" })),
          "par_ministere": \(array(byMinistry.map { "{\"ministere\": \($0.name.map(JSONText.quote) ?? "null"), \(counts($0.figures))}" })),
          "autres_programmes": \(array(otherProgrammes.map { "{\"programme\": \"\($0.programme.rawValue)\", \(counts($0.figures))}" })),
          "chiffres_officiels": \(array(official)),
          "enveloppes": \(array(envelopeRows)),
          "execution_budgetaire": \(array(execution)),
          "date_generation": "\(buildDate.iso)",
          "licence": "etalab-2.0"
        }

        """
    }
}
