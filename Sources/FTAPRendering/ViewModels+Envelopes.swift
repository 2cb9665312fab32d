import FTAPCore
import FTAPModel
import Mustache

/// The fund's envelopes: each with its history of raises and cuts, its period when a source gives
/// it, and what the sheets of its calls detail, as a share of the amount in force.
extension ViewModels {
    func envelopeViews() -> [TemplateObject] {
        aggregates.envelopes.map { row in
            let e = row.envelope
            var view: TemplateObject = [
                "title": e.title, "amount": FrenchFormat.compactEuros(e.amount),
                "history": Self.envelopeHistory(e),
                "amountInForce": FrenchFormat.compactEuros(row.amountInForce),
                "years": e.years.map { "appels \($0.label)" } ?? "période non précisée par les sources",
                "sources": sourceLinks(e.sources + e.revisions.flatMap(\.sources)),
            ]
            guard let sheets = row.sheets else {
                view["sheets"] = "sans objet (période non précisée)"
                view["share"] = "—"
                return view
            }
            let noAmount = sheets.projects > 0 && sheets.projectsWithoutAmount == sheets.projects
            view["sheets"] = FrenchFormat.count(sheets.projects, "projet détaillé", "projets détaillés")
                + (sheets.projectsWithoutAmount > 0 && !noAmount ? " (dont \(FrenchFormat.integer(sheets.projectsWithoutAmount)) sans montant publié)" : "")
                + ", " + (noAmount ? Self.unpublishedAmount : AmountWords.sum(sheets.amount, sheets.amountPrecision))
            view["share"] = noAmount ? "—"
                : AmountWords.share(sheets.amount, sheets.amountPrecision, of: row.amountInForce, .exact) ?? "—"
            return view
        }
    }

    /// « 700 M€, portée à 780 M€ par la loi de finances pour 2022 (30 décembre 2021) », or the
    /// amount alone when it never changed.
    static func envelopeHistory(_ envelope: Envelope) -> String {
        var text = FrenchFormat.compactEuros(envelope.amount)
        var current = envelope.amount
        for revision in envelope.revisions {
            let verb = revision.amount >= current ? "portée" : "ramenée"
            text += ", \(verb) à \(FrenchFormat.compactEuros(revision.amount)) par \(revision.text) (\(FrenchFormat.date(revision.date)))"
            current = revision.amount
        }
        return text
    }
}
