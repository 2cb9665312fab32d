/// A value a template shows: text, a yes/no flag, a list or a set of named values. Typed, so
/// rendering looks names up in dictionaries instead of casting `Any` at every name (the casts
/// were most of a build's time with a general Mustache library).
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// What `{{name}}` writes (before escaping): a list or a set of values writes nothing.
    var shownText: String {
        switch self {
        case let .text(text): text
        case let .flag(flag): flag ? "true" : "false"
        case .list, .object: ""
        }
    }
}
