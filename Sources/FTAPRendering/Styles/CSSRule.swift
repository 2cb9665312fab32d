/// One rule of a stylesheet, read from its bytes: a style rule (`prelude` is its selector list,
/// `body` its declarations), a group that holds rules (`@media`, `@supports`, `@layer`,
/// `@container`), another at-rule with a block kept as it is (`@font-face`, `@keyframes`), or a
/// statement (`@charset …;`). Strings, comments, parentheses and brackets are respected, so a
/// `{` inside `url("data:…")` or `:is(…)` never ends a prelude.
package struct CSSRule: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case style
        case group([CSSRule])
        case atBlock
        case statement
    }

    var prelude: ArraySlice<UInt8>
    var body: ArraySlice<UInt8>
    var kind: Kind

    /// The at-rules whose block holds rules rather than declarations.
    static let groupNames: [String] = ["@media", "@supports", "@layer", "@container", "@document"]

    /// The rules of a stylesheet (comments between rules dropped, a rule cut off by the end of
    /// the text dropped).
    static func rules(in css: [UInt8]) -> [CSSRule] {
        rules(css[...], from: css.startIndex, to: css.endIndex)
    }

    private static func rules(_ css: ArraySlice<UInt8>, from start: Int, to end: Int) -> [CSSRule] {
        var rules: [CSSRule] = [], index = start
        while index < end {
            index = CSSScan.skipSpaceAndComments(css, from: index, to: end)
            guard index < end else { break }
            let preludeStart = index
            index = CSSScan.find(css, from: index, to: end) { byte, depth in depth == 0 && (byte == 0x7B || byte == 0x3B || byte == 0x7D) }
            guard index < end else { break }
            let prelude = CSSScan.trimmed(css[preludeStart..<index])
            switch css[index] {
            case 0x3B:  // ;
                rules.append(CSSRule(prelude: prelude, body: [], kind: .statement))
                index += 1
            case 0x7D:  // a stray }
                index += 1
            default:
                let close = CSSScan.matchingBrace(css, after: index, to: end)
                let bodyRange = (index + 1)..<close
                if CSSRule.isGroup(prelude) {
                    rules.append(CSSRule(prelude: prelude, body: [], kind: .group(Self.rules(css, from: bodyRange.lowerBound, to: bodyRange.upperBound))))
                } else {
                    let kind: Kind = prelude.first == 0x40 ? .atBlock : .style
                    rules.append(CSSRule(prelude: prelude, body: CSSScan.trimmed(css[bodyRange]), kind: kind))
                }
                index = min(close + 1, end)
            }
        }
        return rules
    }

    private static func isGroup(_ prelude: ArraySlice<UInt8>) -> Bool {
        guard prelude.first == 0x40 else { return false }
        let name = prelude.prefix { $0 != 0x20 && $0 != 0x28 && $0 != 0x7B }
        return groupNames.contains { $0.utf8.elementsEqual(name.lazy.map(CSSScan.lowercased)) }
    }

    /// A stylesheet written back without its comments and the spaces between its rules: what its
    /// readers need (the site's own stylesheets are commented for the people who edit them).
    static func compacted(_ css: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(css.count)
        for rule in rules(in: css) { rule.write(into: &output) }
        return output
    }

    /// The rule written back, minified as it came.
    func write(into output: inout [UInt8]) {
        switch kind {
        case .statement:
            output += prelude
            output.append(0x3B)
        case let .group(children):
            output += prelude
            output.append(0x7B)
            for child in children { child.write(into: &output) }
            output.append(0x7D)
        case .style, .atBlock:
            output += prelude
            output.append(0x7B)
            output += body
            output.append(0x7D)
        }
    }
}
