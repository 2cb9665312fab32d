/// The rules about punctuation: apostrophes, quote marks and guillemets, and the no-break spaces
/// French puts before « : ; ! ? » and inside « ».
extension FrenchTypesetter {
    /// A straight apostrophe between two letters (« l'État », « aujourd'hui ») becomes ’.
    mutating func apostrophe(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        guard tail(output) == .letter, Self.neighbour(at: index + 1, in: input) == .letter else {
            Self.append(0x27, escaping: options.escapesHTML, to: &output)
            return index + 1
        }
        if let end = linkEnd(input, index) { return copyAsWritten(input, index, end, &output) }
        output += Self.rightApostrophe
        return index + 1
    }

    /// A double quote mark (straight, or “ ” of `length` 3) in its role: the outer pair becomes
    /// « » with narrow no-break spaces inside, a pair inside them “ ”; a mark without its pair
    /// stays as it is.
    mutating func quote(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, length: Int, _ output: inout [UInt8]) -> Int {
        switch nextQuoteRole(input, output) {
        case .open where quotes.contains(true):
            output += Self.openingQuote
            quotes.append(false)
        case .open:
            output += Self.openingGuillemet
            quotes.append(true)
            return afterOpeningGuillemet(input, index + length, &output)
        case .close where quotes.last == true:
            quotes.removeLast()
            closeGuillemet(&output)
        case .close where quotes.last == false:
            quotes.removeLast()
            output += Self.closingQuote
        case .close, .asWritten:
            return copyAsWritten(input, index, index + length, &output)
        }
        return index + length
    }

    /// A typed « or » at `index`: written as it is, with its spaces; out of HTML source it opens
    /// or closes a quote as its role says, so a " inside « » becomes “ and a " closing after it ».
    mutating func guillemet(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        let opens = input[index + 1] == 0xAB
        if !options.readsHTML {
            switch nextQuoteRole(input, output) {
            case .open: quotes.append(true)
            case .close: _ = quotes.popLast()
            case .asWritten: break
            }
        }
        guard opens else {
            closeGuillemet(&output)
            return index + 2
        }
        output += Self.openingGuillemet
        return afterOpeningGuillemet(input, index + 2, &output)
    }

    /// The role of the next double quote mark, the text's roles decided at its first mark.
    private mutating func nextQuoteRole(_ input: UnsafeBufferPointer<UInt8>, _ output: [UInt8]) -> QuoteRole {
        if roles == nil {
            roles = Self.quoteRoles(input, before: tail(output))
            roleIndex = 0
        }
        let roles = roles ?? []
        defer { roleIndex += 1 }
        return roleIndex < roles.count ? roles[roleIndex] : .asWritten
    }

    /// After « : the spaces that follow become one narrow no-break space, and one is added when
    /// none follows; a no-break space already there is kept.
    mutating func afterOpeningGuillemet(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ output: inout [UInt8]) -> Int {
        var index = start
        while index < input.count, input[index] == 0x20 { index += 1 }
        switch Self.neighbour(at: index, in: input) {
        case .noBreakSpace, .lineBreak: break
        default: output += Self.narrowNoBreakSpace
        }
        return index
    }

    /// Before » : a narrow no-break space, in place of the spaces there or added.
    mutating func closeGuillemet(_ output: inout [UInt8]) {
        let previous = tail(output)
        noBreakSpaceBefore(Self.narrowNoBreakSpace,
                           insertingIfMissing: previous != .nothing && previous != .lineBreak && previous != .noBreakSpace,
                           &output)
        output += Self.closingGuillemet
    }

    /// The spaces at the end of the output (after text on the same line) become one `space`; when
    /// there are none, `space` is added if `insert`. A no-break space already there is kept.
    mutating func noBreakSpaceBefore(_ space: [UInt8], insertingIfMissing insert: Bool, _ output: inout [UInt8]) {
        let floor = self.floor ?? output.count
        var start = output.count
        while start > floor, output[start - 1] == 0x20 { start -= 1 }
        guard start < output.count else {
            if insert { output += space }
            return
        }
        let afterText = start > floor ? Self.neighbour(of: UInt32(output[start - 1])) != .lineBreak && output[start - 1] != 0x09
                                      : before != .nothing && before != .lineBreak
        guard afterText else { return }
        output.removeLast(output.count - start)
        output += space
        for index in segmentEnds.indices.reversed() where segmentEnds[index] > start {
            segmentEnds[index] = output.count
        }
    }
}
