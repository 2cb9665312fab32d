/// What the rules need to know of a character, read from UTF-8 bytes without building
/// `Character`s (grapheme breaking would cost more than all the rules).
extension FrenchTypesetter {
    /// The Unicode scalar whose first byte is at `index` (U+FFFD on a continuation byte).
    static func scalar<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> UInt32
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let first = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.endIndex ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        switch first {
        case 0..<0x80: return first
        case 0xC0..<0xE0: return (first & 0x1F) << 6 | continuation(1)
        case 0xE0..<0xF0: return (first & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
        case 0xF0...0xFF: return (first & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
        default: return 0xFFFD
        }
    }

    /// Whether a rule could change anything in `bytes`: most short texts (a date, an amount
    /// already formatted, a name) have none of the marks, quotes and guillemets the rules start
    /// at, no digit followed by an ordinal's letter or by a space and a digit or unit, no Roman
    /// numeral followed by « e », and are copied as they are without setting up a typesetter.
    package static func needsTypesetting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        quickTest.withUnsafeBufferPointer { table in
            var previous: UInt8 = 0
            var beforePrevious: UInt8 = 0
            for byte in bytes {
                switch table[Int(byte)] {
                case 0:
                    break
                case 1:
                    return true
                default:
                    switch byte {
                    case 0xAB, 0xBB:
                        if previous == 0xC2 { return true }
                    case 0x9C, 0x9D:
                        if previous == 0x80 && beforePrevious == 0xE2 { return true }
                    case 0x65, 0x6E, 0x72:
                        if isDigit(previous) { return true }
                        if byte == 0x65, previous == 0x43 || previous == 0x49 || previous == 0x4C || previous == 0x56 || previous == 0x58 {
                            return true
                        }
                    default:
                        // A digit, %, € or k, M of k€, M€ after « digit space »: a group or a unit.
                        if previous == 0x20 && isDigit(beforePrevious) { return true }
                    }
                }
                beforePrevious = previous
                previous = byte
            }
            return false
        }
    }

    /// For `needsTypesetting`: 1 for a byte a rule starts at, 2 for a byte that is one after
    /// others (« after C2, “ ” after E2 80, an ordinal's letter after a digit, « e » after a Roman
    /// numeral's letter, a digit or the start of a unit after a digit and a space), 0 for any other.
    private static let quickTest: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in Array("'\":;!?".utf8) { table[Int(byte)] = 1 }
        for byte in [0xAB, 0xBB, 0x9C, 0x9D, 0xE2] + Array("enr0123456789%kM".utf8) { table[Int(byte)] = 2 }
        return table
    }()

    /// Appends `bytes` escaped as Mustache escapes HTML, copying the runs without `& < > " '` whole.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var start = 0
        for index in bytes.indices {
            switch bytes[index] {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27:
                copy(bytes, start, index, into: &output)
                append(bytes[index], escaping: true, to: &output)
                start = index + 1
            default:
                continue
            }
        }
        copy(bytes, start, bytes.count, into: &output)
    }

    /// The length in bytes of the character whose first byte is `byte`.
    static func length(of byte: UInt8) -> Int {
        switch byte {
        case 0xF0...0xFF: 4
        case 0xE0..<0xF0: 3
        case 0xC0..<0xE0: 2
        default: 1
        }
    }

    /// What a character is for the rules. Letters are those of the Latin, Greek and Cyrillic
    /// alphabets (accents, « œ » and « æ » included).
    static func neighbour(of scalar: UInt32) -> Neighbour {
        switch scalar {
        case 0x0A, 0x0D: .lineBreak
        case 0x20, 0x09: .space
        case 0xA0, 0x2007, 0x202F, 0x2060: .noBreakSpace
        case 0x30...0x39: .digit
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E: .opening
        case 0xD7, 0xF7: .other
        // Combining marks (« è » typed as « e » and U+0300, as macOS and PDF copies give it)
        // belong to their letter: « 2ème » so typed is no ordinal « 2e ».
        case 0xC0...0x24F, 0x300...0x36F, 0x370...0x52F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x1E00...0x1FFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: .letter
        default: .other
        }
    }

    /// The character at `index` of the input; `.nothing` past its end.
    static func neighbour(at index: Int, in input: UnsafeBufferPointer<UInt8>) -> Neighbour {
        index < input.count ? neighbour(of: scalar(input, at: index)) : .nothing
    }

    /// Whether the character at `index` lets a space go before the punctuation mark just before
    /// it: the end, a space, a closing or other punctuation mark; not a letter, a digit or a sign
    /// of an address or a formula (`?x=1`, `!important`, `a;b`).
    static func allowsSpaceBefore(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < input.count else { return true }
        let byte = input[index]
        guard byte < 0x80 else { return neighbour(at: index, in: input) != .letter }
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22: return true
        default: return false
        }
    }

    /// The role of each double quote mark of a text, in order: « and “ open, » and ” close; a
    /// straight quote opens after a space, a line start or an opening mark and closes elsewhere.
    /// Marks pair like brackets, whatever their shape, so the writer's stack and this one agree
    /// (« " x » pairs » with "); a straight quote with spaces on both sides, and any mark left
    /// without its pair, stays as it is: typeset again, every mark keeps its role.
    static func quoteRoles(_ input: UnsafeBufferPointer<UInt8>, before: Neighbour) -> [QuoteRole] {
        var roles: [QuoteRole] = []
        var open: [Int] = []
        var previous = before
        var index = 0
        while index < input.count {
            let byte = input[index]
            var role: QuoteRole?
            if byte == 0x22 {
                switch previous {
                case .nothing, .lineBreak, .space, .noBreakSpace, .opening:
                    // A mark followed by a space, ordinary or no-break, opens nothing: the same
                    // text typeset twice gives the same marks (« " ! » once made « « ! » »).
                    switch neighbour(at: index + 1, in: input) {
                    case .nothing, .lineBreak, .space, .noBreakSpace: role = .asWritten
                    default: role = .open
                    }
                default:
                    role = .close
                }
            } else if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0xAB || input[index + 1] == 0xBB {
                role = input[index + 1] == 0xAB ? .open : .close
            } else if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80 {
                if input[index + 2] == 0x9C { role = .open }
                if input[index + 2] == 0x9D { role = .close }
            }
            if var role {
                if role == .open { open.append(roles.count) }
                if role == .close, open.popLast() == nil { role = .asWritten }
                roles.append(role)
            }
            previous = neighbour(of: scalar(input, at: index))
            index += length(of: byte)
        }
        for unpaired in open { roles[unpaired] = .asWritten }
        return roles
    }
}
