/// A place in the YAML text, 1-based (libyaml counts characters, not bytes).
struct YAMLMark: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// One node of a front matter: a scalar (always text: the decoders give it a type), a mapping
/// with its pairs in their order, or a sequence; each with its place in the YAML text.
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)
    case sequence([YAMLNode], YAMLMark)

    /// A scalar: its text, how it was written, where.
    struct Scalar: Sendable {
        enum Style: Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        var string: String
        var style: Style
        var mark: YAMLMark
    }

    var scalar: Scalar? {
        if case let .scalar(scalar) = self { scalar } else { nil }
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case let .mapping(pairs, _) = self { pairs } else { nil }
    }

    var sequence: [YAMLNode]? {
        if case let .sequence(items, _) = self { items } else { nil }
    }

    var mark: YAMLMark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .mapping(_, mark), let .sequence(_, mark): mark
        }
    }
}
