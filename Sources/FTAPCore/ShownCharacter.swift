/// How one character of a source line is shown under a diagnostic, in a terminal or in the
/// preview's `<pre>`: a tab as four spaces, an invisible or control character as a visible
/// sign, and how many columns of a monospaced font it takes, so the mark lands under it.
package struct ShownCharacter: Sendable, Equatable {
    /// The text printed for the character.
    var text: String
    /// The columns it takes: 2 for East Asian wide characters and emoji, else its text's length.
    var width: Int

    /// A tab always takes this many spaces: the mark's column is counted with the same rule.
    static let tabWidth = 4

    init(_ character: Character) {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else {
            (text, width) = ("", 0)
            return
        }
        if character == "\t" {
            (text, width) = (String(repeating: " ", count: Self.tabWidth), Self.tabWidth)
        } else if first != " ", first.properties.generalCategory == .spaceSeparator {
            // A no-break space (inserted by French keyboards and word processors) looks like a
            // space and is not one for YAML: shown as the sign for it, « ⍽ ».
            (text, width) = (Self.otherSpaceSign, 1)
        } else if Self.visibleSign(of: first) != nil {
            // Controls stand alone but for CR LF: each of its scalars gets its sign.
            let signs = scalars.map { Self.visibleSign(of: $0) ?? String($0) }.joined()
            (text, width) = (signs, signs.count)
        } else if Self.isMark(first) {
            // A mark with nothing to sit on would merge with the margin: the dotted circle carries it.
            (text, width) = ("\u{25CC}" + String(character), 1)
        } else {
            (text, width) = (String(character), Self.isWide(character) ? 2 : 1)
        }
    }

    /// How a space other than the ordinary one (no-break, narrow, thin…) is shown in an excerpt.
    static let otherSpaceSign = "\u{237D}"

    /// A control character as its Unicode picture (« ␀ », « ␛ »), and an invisible one (a
    /// zero-width space, a direction mark, a line separator) as its code, « <U+200B> ».
    static func visibleSign(of scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value).map(String.init)
        case 0x7F:
            return "\u{2421}"
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
                return "<U+" + hex(scalar.value) + ">"
            default:
                return nil
            }
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }

    /// East Asian wide and full-width characters and emoji shown as pictures take two columns.
    private static func isWide(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        if first.properties.isEmojiPresentation || scalars.contains("\u{FE0F}") { return true }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
