import FTAPCore

/// A correction made public (`rectificatifs`): the day it was made and what it says. It is shown
/// above the item's text, in the feeds, in the open data and on `/rectificatifs/`, so a reader who
/// quoted the earlier version can learn that it changed.
package struct PublicCorrection: Sendable, Hashable {
    package var date: ContentDate
    /// What was wrong and what is right, in the author's words.
    package var text: String

    package init(date: ContentDate, text: String) {
        self.date = date
        self.text = text
    }

    /// The corrections of an item, newest first (the order pages, feeds and data show them in).
    package static func newestFirst(_ corrections: [PublicCorrection]) -> [PublicCorrection] {
        corrections.newestFirst(by: \.date)
    }
}
