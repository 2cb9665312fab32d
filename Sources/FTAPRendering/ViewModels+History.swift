import FTAPCore
import FTAPModel
import Mustache

/// An item's figure history (`FigureHistory`), for `partials/figure-history`: « Modifié le … »
/// and each change, oldest first. Nothing when the build has no history to tell.
extension ViewModels {
    func historyView(file: String) -> TemplateObject {
        guard let history = site.figureHistories[file] else { return ["hasHistory": false] }
        func shown(_ value: FigureHistory.Value?, euros: Bool) -> String {
            guard let value else { return "non publié" }
            return euros ? AmountWords.publishedInFull(value.number, value.approximation) : FrenchFormat.integer(value.number)
        }
        let changes = history.changes.map { change -> TemplateObject in
            ["date": FrenchFormat.date(change.date), "dateISO": change.date.iso, "figure": change.figure,
             "before": shown(change.before, euros: change.isEuros), "after": shown(change.after, euros: change.isEuros)]
        }
        var view: TemplateObject = ["historyChanges": changes]
        // Set after the list (an empty list clears its flag).
        view["hasHistory"] = true
        view["historyLastChange"] = FrenchFormat.date(history.lastChange)
        view["historyLastChangeISO"] = history.lastChange.iso
        return view
    }
}
