/// Trimming without Foundation's round trip through NSString, which cost a tenth of the
/// validation time. The sets are Foundation's own (tested against it on every scalar).
extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends (Unicode White_Space and
    /// the zero-width space, as Foundation's `whitespacesAndNewlines`).
    package func trimmingWhitespace() -> String {
        trimming(\.isFoundationWhitespace)
    }

    /// The text without leading and trailing spaces and tabs (Unicode category Zs, the tab and the
    /// zero-width space, as Foundation's `whitespaces`); line ends are kept.
    package func trimmingSpaces() -> String {
        trimming { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        // Most texts have nothing to trim: no new string then.
        if let head = scalars.first, let tail = scalars.last, !isTrimmed(head), !isTrimmed(tail) { return String(self) }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// In Foundation's `whitespacesAndNewlines`: Unicode White_Space and the zero-width space.
    package var isFoundationWhitespace: Bool { properties.isWhitespace || self == "\u{200B}" }
}
