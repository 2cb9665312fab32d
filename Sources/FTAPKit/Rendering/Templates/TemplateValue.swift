import Synchronization

/// A value a template shows: text, a yes/no flag, a list or a set of named values. Typed, so
/// rendering looks names up in dictionaries instead of casting `Any` at every name (the casts
/// were most of a build's time with a general Mustache library).
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A set of values shown on many pages, whose partials are written once (`SharedTemplateObject`).
    case shared(SharedTemplateObject)

    /// What `{{name}}` writes (before escaping): a list or a set of values writes nothing.
    var shownText: String {
        switch self {
        case let .text(text): text
        case let .flag(flag): flag ? "true" : "false"
        case .list, .object, .shared: ""
        }
    }
}


/// A set of values shown on many pages — a project's card is in four or five lists — whose
/// partials are written once: the first page that writes one keeps its bytes, the others copy
/// them. A partial written this way sees this object's values only (names it does not hold
/// are not looked up in the page around it), so its bytes are the same on every page.
final class SharedTemplateObject: Sendable {
    /// The values, as in `TemplateValue.object`.
    let values: [String: TemplateValue]
    /// Bytes already written, by partial name and indentation.
    private let written = Mutex<[String: [UInt8]]>([:])

    init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    /// The bytes of the partial `name` at `indentation`, written by `write` the first time.
    func partial(_ name: String, indentation: [UInt8], write: () -> [UInt8]) -> [UInt8] {
        let key = name + "\u{0}" + String(decoding: indentation, as: UTF8.self)
        if let bytes = written.withLock({ $0[key] }) { return bytes }
        let bytes = write()
        written.withLock { $0[key] = bytes }
        return bytes
    }
}
