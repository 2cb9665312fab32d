import Synchronization

/// A value a template shows: text, a yes/no flag, a list or a set of named values. Typed, so
/// rendering looks names up in dictionaries instead of casting `Any` at every name (the casts
/// were most of a build's time with a general Mustache library).
package enum TemplateValue: Sendable {
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
package final class SharedTemplateObject: Sendable {
    /// The values, as in `TemplateValue.object`.
    package let values: [String: TemplateValue]
    /// A partial as it is written: which template (its number in the compiled set), at which indentation.
    struct PartialKey: Hashable, Sendable {
        var template: Int32
        var indentation: [UInt8]
    }

    /// Bytes already written, by partial and indentation.
    private let written = Mutex<[PartialKey: [UInt8]]>([:])

    package init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    /// The bytes of the partial `key`, written by `write` the first time; nil, and nothing
    /// kept, when `write` could not finish it.
    func partial(_ key: PartialKey, write: () -> [UInt8]?) -> [UInt8]? {
        if let bytes = written.withLock({ $0[key] }) { return bytes }
        guard let bytes = write() else { return nil }
        written.withLock { $0[key] = bytes }
        return bytes
    }
}
