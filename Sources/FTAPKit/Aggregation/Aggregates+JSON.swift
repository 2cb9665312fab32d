/// The `agregats.json` file, keys in the order DESIGN.md gives them.
extension Aggregates {
    func json(buildDate: ContentDate) -> String {
        func counts(_ f: Figures) -> String {
            "\"projets\": \(f.projects), \"montant\": \(f.amount), \"entites\": \(f.entities)"
        }
        func array(_ rows: [String]) -> String {
            rows.isEmpty ? "[]" : "[\n    " + rows.joined(separator: ",\n    ") + "\n  ]"
        }
        return """
        {
          "programme": "ftap",
          "total": {\(counts(total))},
          "par_annee": \(array(byYear.map { "{\"annee\": \($0.year), \(counts($0.figures))}" })),
          "par_type": \(array(byType.map { "{\"type\": \"\($0.type.rawValue)\", \(counts($0.figures))}" })),
          "par_annee_et_type": \(array(byYearAndType.map { "{\"annee\": \($0.year), \"type\": \"\($0.type.rawValue)\", \(counts($0.figures))}" })),
          "autres_programmes": \(array(otherProgrammes.map { "{\"programme\": \"\($0.programme.rawValue)\", \(counts($0.figures))}" })),
          "date_generation": "\(buildDate.iso)",
          "licence": "etalab-2.0"
        }

        """
    }
}
