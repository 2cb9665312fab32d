import FTAPCore

/// How an item's figures changed over the content's git history (`FigureHistories`): shown on
/// its page as « Modifié le … » and an « Historique des montants ». Only commits that changed a
/// figure count; a change of wording is not one.
package struct FigureHistory: Sendable, Hashable {
    /// One figure as a version of the file gave it.
    package struct Value: Sendable, Hashable {
        package var number: Int
        /// How the source gave an amount (« près de », « plus de »), nil when exact.
        package var approximation: AmountApproximation?

        package init(number: Int, approximation: AmountApproximation? = nil) {
            self.number = number
            self.approximation = approximation
        }
    }

    /// One change of one figure in one commit.
    package struct Change: Sendable, Hashable {
        /// The day of the commit, in France.
        package var date: ContentDate
        /// What the figure is, as the page names it: « Montant accordé ».
        package var figure: String
        /// Whether the figure is in euros (else a count, « Projets annoncés »).
        package var isEuros: Bool
        /// The value before and after; nil: not given.
        package var before, after: Value?

        package init(date: ContentDate, figure: String, isEuros: Bool, before: Value?, after: Value?) {
            self.date = date
            self.figure = figure
            self.isEuros = isEuros
            self.before = before
            self.after = after
        }
    }

    /// Every change, oldest first; never empty.
    package var changes: [Change]

    /// The day of the last commit that changed a figure (« Modifié le »).
    package var lastChange: ContentDate

    /// Nil when there is no change.
    package init?(changes: [Change]) {
        guard let last = changes.last else { return nil }
        self.changes = changes
        lastChange = last.date
    }
}
