/// A set of named values for a template, made ready as it is filled. Mustache has no notion of
/// "empty list" or "empty text", so setting a non-empty list `x` also sets a `hasX` flag (for
/// headings shown once), and an empty text or a nil is left out (so `{{#x}}` skips it). View
/// models are built as these, typed: rendering never casts.
package struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    /// The values as the templates see them.
    package private(set) var values: [String: TemplateValue] = [:]

    init() {}

    /// The values of an object already made (`TemplateValue.object`), to add to.
    package init(prepared values: [String: TemplateValue]) {
        self.values = values
    }

    package init(dictionaryLiteral elements: (String, (any TemplateConvertible)?)...) {
        values.reserveCapacity(elements.count + 2)
        for (key, value) in elements { set(key, value?.templateValue) }
    }

    /// The value of `key`; setting applies the rules above (nil removes the key and its flag).
    package subscript(key: String) -> (any TemplateConvertible)? {
        get { values[key] }
        set { set(key, newValue?.templateValue) }
    }

    /// This object with the values of `other` added, `other`'s winning where both have a name.
    package func merging(_ other: TemplateObject) -> TemplateObject {
        var merged = self
        merged.values.merge(other.values) { _, new in new }
        return merged
    }

    private mutating func set(_ key: String, _ value: TemplateValue?) {
        Self.set(key, value, in: &values)
    }

    /// Sets `key` in `values` by the rules above.
    static func set(_ key: String, _ value: TemplateValue?, in values: inout [String: TemplateValue]) {
        switch value {
        case nil, .text("")?:
            values[key] = nil
            if values[flag(of: key)] != nil { values[flag(of: key)] = nil }
        case let .list(items)?:
            values[key] = value
            values[flag(of: key)] = items.isEmpty ? nil : .flag(true)
        case let value?:
            values[key] = value
        }
    }

    /// `hasProjects` for `projects` (names are ASCII: other first letters go the slow way).
    private static func flag(of key: String) -> String {
        guard let first = key.utf8.first, first < 0x80 else { return "has" + key.prefix(1).uppercased() + key.dropFirst() }
        // Written in place: a name of up to 15 bytes is then a small string, with no allocation.
        return String(unsafeUninitializedCapacity: 3 + key.utf8.count) { buffer in
            buffer[0] = UInt8(ascii: "h")
            buffer[1] = UInt8(ascii: "a")
            buffer[2] = UInt8(ascii: "s")
            buffer[3] = (0x61...0x7A).contains(first) ? first - 0x20 : first
            var index = 4
            for byte in key.utf8.dropFirst() {
                buffer[index] = byte
                index += 1
            }
            return index
        }
    }
}

/// What a view model may hold: converted to a template value without casting.
package protocol TemplateConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateConvertible {
    package var templateValue: TemplateValue { self }
}

extension TemplateObject: TemplateConvertible {
    package var templateValue: TemplateValue { .object(values) }
}

extension String: TemplateConvertible {
    package var templateValue: TemplateValue { .text(self) }
}

extension Substring: TemplateConvertible {
    package var templateValue: TemplateValue { .text(String(self)) }
}

extension Bool: TemplateConvertible {
    package var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateConvertible {
    package var templateValue: TemplateValue { .text(String(self)) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    package var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension ArraySlice: TemplateConvertible where Element: TemplateConvertible {
    package var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension Dictionary: TemplateConvertible where Key == String, Value: TemplateConvertible {
    /// A dictionary of one type of value (all texts, say), made an object by the same rules.
    package var templateValue: TemplateValue {
        var values: [String: TemplateValue] = [:]
        values.reserveCapacity(count + 1)
        for (key, value) in self { TemplateObject.set(key, value.templateValue, in: &values) }
        return .object(values)
    }
}
