import FTAPCore
import FTAPModel
import Mustache

/// An item's public corrections (`rectificatifs`), newest first, for `partials/corrections`.
extension ViewModels {
    func correctionsView(_ corrections: [PublicCorrection]) -> TemplateObject {
        let shown = PublicCorrection.newestFirst(corrections)
        var view: TemplateObject = ["corrections": shown.map { ["date": FrenchFormat.date($0.date), "dateISO": $0.date.iso, "text": $0.text] as TemplateObject }]
        // Set after the list (an empty list clears its flag): an explicit `false`, so a quote
        // without corrections on a corrected sheet's page does not take the page's.
        view["hasCorrections"] = !shown.isEmpty
        return view
    }
}
