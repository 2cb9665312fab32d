@testable import FTAPKit
@testable import Mustache

/// Reading view models in tests: a text, the items of a list, a value by name.
extension TemplateValue {
    var text: String? {
        if case let .text(text) = self { text } else { nil }
    }

    var items: [TemplateValue] {
        if case let .list(items) = self { items } else { [] }
    }

    subscript(key: String) -> TemplateValue? {
        switch self {
        case let .object(values): values[key]
        case let .shared(shared): shared.values[key]
        default: nil
        }
    }
}
