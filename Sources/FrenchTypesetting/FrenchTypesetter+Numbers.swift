/// Numbers: groups of thousands held together (« 4 525 »), a no-break space before a unit
/// (« 3,5 % », « 4 525,85 € », « 700 M€ »), ordinals' endings (« 1er », « 2e », « XXIe »).
/// A number starts a word: digits after a letter (« H2O »), a point or a comma (« 3.5e ») or a
/// sign of an address (« #3e3 ») are not one.
extension FrenchTypesetter {
    /// The number whose first digit is at `index`; returns the index after what was written.
    mutating func number(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        var end = index
        while end < input.count, Self.isDigit(input[end]) { end += 1 }
        // Most numbers end a text or are followed by a letter or a sign no rule is about.
        let next = end < input.count ? input[end] : 0
        guard next == 0x20 || next == 0xC2 || next == 0xE2 || next == 0x2C || next == 0x2E || next == 0x65 || next == 0x6E || next == 0x72,
              startsWord(output) else {
            Self.copy(input, index, end, into: &output)
            return end
        }
        // Groups of three digits after a first group of one to three: « 4 525 », « 12 000 000 ».
        var numberEnd = end
        var spacedGroups = false
        if end - index <= 3 {
            while let separator = Self.separatorLength(input, numberEnd), Self.isGroup(input, numberEnd + separator) {
                spacedGroups = spacedGroups || input[numberEnd] == 0x20
                numberEnd += separator + 3
            }
        }
        var hasDecimals = false
        if numberEnd + 1 < input.count, input[numberEnd] == 0x2C || input[numberEnd] == 0x2E, Self.isDigit(input[numberEnd + 1]) {
            hasDecimals = true
            numberEnd += 1
            while numberEnd < input.count, Self.isDigit(input[numberEnd]) { numberEnd += 1 }
        }
        let unitSeparator = Self.separatorLength(input, numberEnd)
        let unitEnd = unitSeparator.flatMap { Self.unitEnd(input, numberEnd + $0) }
        let spacedUnit = unitEnd != nil && input[numberEnd] == 0x20
        let suffixEnd = hasDecimals || unitEnd != nil || effectiveSuperscripts == .none ? nil
            : ordinalEnd(input, first: index, firstEnd: end, numberEnd: numberEnd)
        guard spacedGroups || spacedUnit || suffixEnd != nil else {
            Self.copy(input, index, end, into: &output)
            return end
        }
        if let linkEnd = linkEnd(input, index) { return copyAsWritten(input, index, linkEnd, &output) }
        var digit = index
        while digit < numberEnd {
            if input[digit] == 0x20 { output += Self.narrowNoBreakSpace } else { output.append(input[digit]) }
            digit += 1
        }
        if let unitEnd, let unitSeparator {
            if spacedUnit { output += Self.noBreakSpace } else { Self.copy(input, numberEnd, numberEnd + unitSeparator, into: &output) }
            Self.copy(input, numberEnd + unitSeparator, unitEnd, into: &output)
            return unitEnd
        }
        if let suffixEnd {
            superscript(input, numberEnd, suffixEnd, &output)
            return suffixEnd
        }
        return numberEnd
    }

    /// A Roman numeral with an ordinal's ending (« XIXe », « XXIe », « Ve », « François Ier »):
    /// one letter only for I, V and X, so that « Ce », « Le » and « Me » stay words.
    mutating func romanNumeral(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        var end = index
        while end < input.count, Self.isRomanDigit(input[end]) { end += 1 }
        let length = end - index
        guard effectiveSuperscripts != .none, length <= 7, length > 1 || input[index] != 0x43 && input[index] != 0x4C,
              startsWord(output),
              let suffixEnd = Self.suffixEnd(input, end, among: length == 1 && input[index] == 0x49 ? Self.firstEndings : Self.otherEndings)
        else {
            Self.copy(input, index, end, into: &output)
            return end
        }
        if let linkEnd = linkEnd(input, index) { return copyAsWritten(input, index, linkEnd, &output) }
        Self.copy(input, index, end, into: &output)
        superscript(input, end, suffixEnd, &output)
        return suffixEnd
    }

    /// Whether what precedes lets a number start: nothing, a space, an opening mark, a sign or a
    /// dash.
    private func startsWord(_ output: [UInt8]) -> Bool {
        switch tail(output) {
        case .nothing, .lineBreak, .space, .noBreakSpace, .opening: return true
        case .letter, .digit: return false
        case .other:
            switch lastScalar(output) {
            case 0x2D, 0x2B, 0x2212, 0x2013, 0x2014, 0x2248: return true
            default: return false
            }
        }
    }

    /// The end of an ordinal's ending after the number's last digit: « er », « re », « ers »,
    /// « res » after 1; « e », « es », and « nd », « nde », « nds », « ndes » after 2; « e »,
    /// « es » after any other number. A number starting with 0 has none.
    private func ordinalEnd(_ input: UnsafeBufferPointer<UInt8>, first: Int, firstEnd: Int, numberEnd: Int) -> Int? {
        guard input[first] != 0x30 else { return nil }
        let single = firstEnd == numberEnd && firstEnd == first + 1
        let endings = single && input[first] == 0x31 ? Self.firstEndings
            : single && input[first] == 0x32 ? Self.secondEndings : Self.otherEndings
        return Self.suffixEnd(input, numberEnd, among: endings)
    }

    private static let firstEndings = ["ers", "res", "er", "re"].map { Array($0.utf8) }
    private static let secondEndings = ["ndes", "nds", "nde", "nd", "es", "e"].map { Array($0.utf8) }
    private static let otherEndings = ["es", "e"].map { Array($0.utf8) }

    /// The end of the first of `endings` (longest first) found at `start` and ending a word.
    private static func suffixEnd(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, among endings: [[UInt8]]) -> Int? {
        for ending in endings where start + ending.count <= input.count {
            var matches = true
            for (offset, byte) in ending.enumerated() where input[start + offset] != byte { matches = false }
            guard matches else { continue }
            switch neighbour(at: start + ending.count, in: input) {
            case .letter, .digit: continue
            default: return start + ending.count
            }
        }
        return nil
    }

    /// The length of the space at `index` that may separate groups of digits or a number from its
    /// unit: a space, a no-break space or a narrow no-break space.
    private static func separatorLength(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index < input.count else { return nil }
        if input[index] == 0x20 { return 1 }
        if input[index] == 0xC2, index + 1 < input.count, input[index + 1] == 0xA0 { return 2 }
        if input[index] == 0xE2, index + 2 < input.count, input[index + 1] == 0x80, input[index + 2] == 0xAF { return 3 }
        return nil
    }

    /// Whether exactly three digits are at `index`.
    private static func isGroup(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 3 <= input.count, isDigit(input[index]), isDigit(input[index + 1]), isDigit(input[index + 2]) else { return false }
        return index + 3 == input.count || !isDigit(input[index + 3])
    }

    private static let units = ["%", "€", "k€", "M€", "Md€", "Mds€"].map { Array($0.utf8) }

    /// The end of a unit written after a number at `index`: « % », « € », « k€ », « M€ », « Md€ ».
    private static func unitEnd(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index < input.count else { return nil }
        switch input[index] {
        case 0x25, 0xE2, 0x6B, 0x4D: break
        default: return nil
        }
        for unit in units where index + unit.count <= input.count {
            var matches = true
            for (offset, byte) in unit.enumerated() where input[index + offset] != byte { matches = false }
            if matches { return index + unit.count }
        }
        return nil
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func isRomanDigit(_ byte: UInt8) -> Bool {
        byte == 0x43 || byte == 0x49 || byte == 0x4C || byte == 0x56 || byte == 0x58
    }
}
