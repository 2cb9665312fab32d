import FTAPContent

/// A value of a front matter as a form edits it: a text (a scalar, whatever type the decoders
/// give it), a list, or a group of keys in their order.
package indirect enum FrontMatterValue: Sendable, Equatable {
    case text(String)
    case list([FrontMatterValue])
    case group([FrontMatterEntry])

    /// The value a node of the file holds.
    package init(_ node: YAMLNode) {
        switch node {
        case let .scalar(scalar): self = .text(scalar.string)
        case let .sequence(items, _): self = .list(items.map(FrontMatterValue.init))
        case let .mapping(pairs, _):
            self = .group(pairs.map { FrontMatterEntry($0.key.scalar?.string ?? "", FrontMatterValue($0.value)) })
        }
    }
}

/// One key of a group with its value.
package struct FrontMatterEntry: Sendable, Equatable {
    package var key: String
    package var value: FrontMatterValue

    package init(_ key: String, _ value: FrontMatterValue) {
        self.key = key
        self.value = value
    }
}
