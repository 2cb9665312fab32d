import FTAPCore

/// An address the site withdrew on purpose (`content/retraits.yml`): it no longer shows its
/// content but a page saying when and why it was withdrawn, so that a link or a citation that
/// leads there finds an answer rather than an error.
package struct Withdrawal: Sendable, Hashable {
    /// The withdrawn address, as the browser shows it after the domain: `/projets/ancien-projet/`.
    package var address: String
    /// The day it was withdrawn.
    package var date: ContentDate
    /// Why, in the author's words.
    package var reason: String
    /// Where the address is written in `retraits.yml`, for the rules over the whole site.
    package var place: SourcePosition?

    package init(address: String, date: ContentDate, reason: String, place: SourcePosition? = nil) {
        self.address = address
        self.date = date
        self.reason = reason
        self.place = place
    }
}
