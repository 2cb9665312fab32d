import FTAPCore
import FTAPModel
import Mustache

/// The budget execution on the key-figures page: what was voted and consumed each year on the
/// fund's programme, a table and a chart, each year with its perimeter, its sources and whether
/// its figures are partial or rounded.
extension ViewModels {
    func budgetExecutionView() -> TemplateObject {
        let years = site.budgetExecution
        guard !years.isEmpty else { return ["hasBudgetExecution": false] }
        let rows = years.map { year -> TemplateObject in
            var notes: [String] = year.isDraft ? ["brouillon, non publié"] : []
            if let date = year.provisionalOn { notes.append("chiffres partiels au \(FrenchFormat.date(date))") }
            if year.isRounded { notes.append("montants arrondis par la source") }
            if year.budgetProgramme != "349" { notes.append("programme \(year.budgetProgramme)") }
            let row: TemplateObject = [
                "year": String(year.year),
                "commitmentsVoted": Self.executionAmount(year.commitmentsVoted, year),
                "commitmentsConsumed": Self.executionAmount(year.commitmentsConsumed, year),
                "paymentsVoted": Self.executionAmount(year.paymentsVoted, year),
                "paymentsConsumed": Self.executionAmount(year.paymentsConsumed, year),
                "notes": notes.joined(separator: " ; "),
                "perimeter": year.perimeter ?? false,
                "sources": sourceLinks(year.sources),
            ]
            return row.merging(correctionsView(year.corrections))
        }
        let chart = Charts.groupedBars(
            id: "graphique-execution", title: "Crédits consommés par année sur le programme du fonds : autorisations d'engagement (AE) et crédits de paiement (CP)",
            groups: years.map { year in
                let label = String(year.year) + (year.provisionalOn.map { " (partiel, au \(FrenchFormat.date($0)))" } ?? "")
                return (label, [
                    (year.commitmentsConsumed, "AE " + (Self.executionAmount(year.commitmentsConsumed, year))),
                    (year.paymentsConsumed, "CP " + (Self.executionAmount(year.paymentsConsumed, year))),
                ])
            })
        return ["hasBudgetExecution": true, "executionRows": rows, "executionChart": chart,
                "perimeterYears": years.filter { $0.perimeter != nil }.map { String($0.year) }.joined(separator: ", ")]
    }

    /// « 65,33 M€ », « environ 103 M€ » when the source rounds it, « non trouvé » when no
    /// source read gives it.
    static func executionAmount(_ amount: Int?, _ year: BudgetExecution) -> String {
        guard let amount else { return "non trouvé" }
        return (year.isRounded ? "environ " : "") + FrenchFormat.compactEuros(amount)
    }
}
