@testable import FTAPKit

/// Reading view models in tests: a text, the items of a list, a value by name.
extension TemplateValue {
    var text: String? {
        if case let .text(text) = self { text } else { nil }
    }

    var items: [TemplateValue] {
        if case let .list(items) = self { items } else { [] }
    }

    subscript(key: String) -> TemplateValue? {
        if case let .object(values) = self { values[key] } else { nil }
    }
}
