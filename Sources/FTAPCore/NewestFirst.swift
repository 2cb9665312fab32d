extension Sequence {
    /// The elements by `date`, newest first; elements of the same day keep their order.
    package func newestFirst(by date: (Element) -> ContentDate) -> [Element] {
        enumerated().sorted { (date($0.element), $1.offset) > (date($1.element), $0.offset) }.map(\.element)
    }
}
