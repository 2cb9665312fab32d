/// A value a template shows: text, a yes/no flag, a list or a set of named values. Typed, so
/// rendering looks names up in dictionaries instead of casting `Any` at every name (the casts
/// were most of a build's time with a general Mustache library).
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// A view model built as dictionaries and arrays, made ready for the templates. Mustache has no
    /// notion of "empty list" or "empty text", so every non-empty list `x` gets a `hasX` flag (for
    /// headings shown once) and empty texts are left out (so `{{#x}}` skips them). Numbers become
    /// their decimal text; a value already prepared is kept; any other value its description.
    init(preparing value: Any) {
        switch value {
        case let prepared as TemplateValue: self = prepared
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .text(String(number))
        case let dictionary as [String: Any]:
            var result: [String: TemplateValue] = [:]
            result.reserveCapacity(dictionary.count)
            for (key, item) in dictionary {
                if let text = item as? String {
                    if !text.isEmpty { result[key] = .text(text) }
                } else if let prepared = item as? [TemplateValue] {
                    if !prepared.isEmpty { result["has" + key.prefix(1).uppercased() + key.dropFirst()] = .flag(true) }
                    result[key] = .list(prepared)
                } else if let list = item as? [Any] {
                    if !list.isEmpty { result["has" + key.prefix(1).uppercased() + key.dropFirst()] = .flag(true) }
                    result[key] = .list(list.map(TemplateValue.init(preparing:)))
                } else {
                    result[key] = TemplateValue(preparing: item)
                }
            }
            self = .object(result)
        case let list as [Any]: self = .list(list.map(TemplateValue.init(preparing:)))
        default: self = .text(String(describing: value))
        }
    }

    /// What `{{name}}` writes (before escaping): a list or a set of values writes nothing.
    var shownText: String {
        switch self {
        case let .text(text): text
        case let .flag(flag): flag ? "true" : "false"
        case .list, .object: ""
        }
    }
}
