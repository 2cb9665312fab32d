/// Prepares a view model for Mustache, which has no notion of "empty list" or "empty text":
/// every non-empty list `x` gets a `hasX` flag (for headings shown once), and empty strings are
/// removed so `{{#x}}` sections skip them.
enum ViewContext {
    static func prepared(_ value: Any) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, item) in dictionary {
                if let text = item as? String, text.isEmpty { continue }
                if let list = item as? [Any] {
                    if !list.isEmpty { result["has" + key.prefix(1).uppercased() + key.dropFirst()] = true }
                    result[key] = list.map(prepared)
                } else {
                    result[key] = prepared(item)
                }
            }
            return result
        }
        if let list = value as? [Any] { return list.map(prepared) }
        return value
    }
}
