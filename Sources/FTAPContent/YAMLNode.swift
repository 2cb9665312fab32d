/// A place in the YAML text, 1-based (libyaml counts characters, not bytes).
package struct YAMLMark: Sendable, Equatable {
    package var line: Int
    package var column: Int
}

/// One node of a front matter: a scalar (always text: the decoders give it a type), a mapping
/// with its pairs in their order, or a sequence; each with its place in the YAML text.
package indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)
    case sequence([YAMLNode], YAMLMark)

    /// A scalar: its text, how it was written, where.
    package struct Scalar: Sendable {
        package enum Style: Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        package var string: String
        package var style: Style
        var mark: YAMLMark
    }

    package var scalar: Scalar? {
        if case let .scalar(scalar) = self { scalar } else { nil }
    }

    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case let .mapping(pairs, _) = self { pairs } else { nil }
    }

    package var sequence: [YAMLNode]? {
        if case let .sequence(items, _) = self { items } else { nil }
    }

    package var mark: YAMLMark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .mapping(_, mark), let .sequence(_, mark): mark
        }
    }
}
