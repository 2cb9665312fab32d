/// A text printed into a terminal or a CI log, made inert: its line breaks and control or
/// invisible characters are shown as visible signs (« ␤ », « ␛ », « <U+2028> »), as in the
/// excerpts under diagnostics, so no content can start a line of its own (a forged
/// `::warning …` annotation), move the cursor, retitle the window or change colours.
package enum InertText {
    package static func of(_ text: String) -> String {
        // Most texts hold none of them: bytes below a space, DEL, and the lead bytes of C1
        // controls (C2) and of the separators and direction controls (E2) and specials (EF).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let sign = ShownCharacter.visibleSign(of: scalar) { shown.append(contentsOf: sign.unicodeScalars) } else { shown.append(scalar) }
        }
        return String(shown)
    }
}
