/// The part of a stylesheet that the site's pages can use: a style rule keeps the selectors whose
/// classes the pages (or the scripts that run on them) can carry, and the custom properties
/// (`--name`) that a kept rule reads, directly or through another property; groups left empty,
/// and the groups only Internet Explorer and the old Edge read, go.
///
/// A class is available when a page carries it; an element (`fr-header__menu`) or a modifier the
/// DSFR's scripts add (`fr-collapse--expanded`, see `scriptModifiers`) when a page carries a
/// class of its block (`fr-header`, `fr-collapse`); classes inside `:not()`, `:is()` and other
/// functions, and names outside the DSFR's `fr-` prefix, never remove a selector.
package struct StylesheetSubset: Sendable {
    /// Classes the pages carry.
    let classes: Set<String>
    /// The blocks of those classes: `fr-header` for `fr-header__menu-links`.
    let blocks: Set<String>

    /// The modifiers the DSFR 1.14 scripts put on elements as readers use them (opened
    /// dialogs, expanded menus, shown tooltips, scrolled tables), never written in a page.
    static let scriptModifiers: Set<String> = [
        "expanded", "opened", "shown", "hidding", "tooltip", "equisized", "no-scroll", "dismiss",
        "left", "right", "direction-end", "direction-start", "inline", "vertical",
    ]
    /// Classes the DSFR scripts add that belong to no block of a page (a menu while it opens or
    /// closes, the line under a scrolled dialog's header).
    static let scriptClasses: Set<String> = ["fr-collapsing", "fr-scroll-divider"]

    init(classes: Set<String>) {
        let all = classes.union(Self.scriptClasses)
        self.classes = all
        blocks = Set(all.map(Self.block))
    }

    /// `fr-header` for `fr-header__menu--opened`: the name before the first `__` or `--`.
    static func block(_ name: String) -> String {
        let bytes = Array(name.utf8)
        var index = 1
        while index < bytes.count {
            if (bytes[index] == 0x5F && bytes[index - 1] == 0x5F) || (bytes[index] == 0x2D && bytes[index - 1] == 0x2D) {
                return String(decoding: bytes[..<(index - 1)], as: UTF8.self)
            }
            index += 1
        }
        return name
    }

    /// Whether a selector's class can be on a page.
    func isAvailable(_ name: String) -> Bool {
        guard name.hasPrefix("fr-") else { return true }
        if classes.contains(name) || blocks.contains(name) { return true }
        let block = Self.block(name)
        guard block != name, blocks.contains(block) else { return false }
        guard let modifier = name.range(of: "--", options: .backwards) else { return true }  // an element of a block
        return Self.scriptModifiers.contains(String(name[modifier.upperBound...]))
    }

    /// The rules of `rules` the pages can use, custom properties pruned.
    func subset(_ rules: [CSSRule]) -> [CSSRule] {
        CustomProperties.pruned(selected(rules))
    }

    /// The rules of `rules` the pages can use, custom properties left as they are (for rules of
    /// several stylesheets to be pruned together).
    func selected(_ rules: [CSSRule]) -> [CSSRule] {
        rules.compactMap { rule in
            switch rule.kind {
            case .statement, .atBlock:
                return rule
            case let .group(children):
                if Self.isForOldBrowsers(rule.prelude) { return nil }
                let inner = selected(children)
                return inner.isEmpty ? nil : CSSRule(prelude: rule.prelude, body: [], kind: .group(inner))
            case .style:
                let selectors = CSSScan.split(rule.prelude, on: 0x2C).filter(keeps)
                guard !selectors.isEmpty else { return nil }
                var prelude: [UInt8] = []
                for (index, selector) in selectors.enumerated() {
                    if index > 0 { prelude.append(0x2C) }
                    prelude += CSSScan.trimmed(selector)
                }
                return CSSRule(prelude: prelude[...], body: rule.body, kind: .style)
            }
        }
    }

    /// Whether every class of a selector, outside functions and attribute brackets, can be on a
    /// page; a selector for Internet Explorer's pseudo-classes (`:-ms-…`) never is.
    func keeps(_ selector: ArraySlice<UInt8>) -> Bool {
        if contains(selector, ":-ms-") { return false }
        return Self.classNames(in: selector).allSatisfy(isAvailable)
    }

    /// The classes a selector names at its top level (not inside `(…)`, `[…]` or strings).
    static func classNames(in selector: ArraySlice<UInt8>) -> [String] {
        var names: [String] = [], index = selector.startIndex
        while index < selector.endIndex {
            index = CSSScan.find(selector, from: index, to: selector.endIndex) { byte, depth in depth == 0 && byte == 0x2E }
            guard index < selector.endIndex else { break }
            var end = index + 1
            while end < selector.endIndex, CSSScan.isNameByte(selector[end]) || selector[end] == 0x5C {
                end += selector[end] == 0x5C ? 2 : 1
            }
            end = min(end, selector.endIndex)
            if end > index + 1 { names.append(String(decoding: selector[(index + 1)..<end], as: UTF8.self)) }
            index = end
        }
        return names
    }

    /// `@media` groups only Internet Explorer reads (`-ms-high-contrast` without `forced-colors`,
    /// the `\0` hack) and `@supports` groups for the old Edge (`-ms-ime-align`).
    static func isForOldBrowsers(_ prelude: ArraySlice<UInt8>) -> Bool {
        (contains(prelude, "-ms-high-contrast") && !contains(prelude, "forced-colors"))
            || contains(prelude, "\\0") || contains(prelude, "-ms-ime-align")
    }

    private func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool { Self.contains(bytes, text) }

    static func contains(_ bytes: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard needle.count <= bytes.count else { return false }
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
