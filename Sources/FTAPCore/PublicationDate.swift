/// The day a figure was published, or only its month or its year when no source read gives more
/// (a press article known as « 2020 », a repost of October 2022): `2023-02-10`, `2022-10`, `2020`.
package struct PublicationDate: Sendable, Hashable, Comparable {
    package let year: Int
    /// 1 to 12, nil when only the year is known.
    let month: Int?
    /// nil when only the month or the year is known.
    let day: Int?

    package init(_ date: ContentDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    private init(year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for any other shape or a day that does not exist.
    package init?(text: String) {
        if let date = ContentDate(iso: text) {
            self.init(date)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
              let year = Int(parts[0]), year >= 1 else { return nil }
        var month: Int?
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit), let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        self.init(year: year, month: month, day: nil)
    }

    /// The day, when known.
    var fullDate: ContentDate? {
        guard let month, let day else { return nil }
        return ContentDate(year: year, month: month, day: day)
    }

    /// `2020-10-06`, `2022-10` or `2020`, as written in the content (and valid in `<time datetime>`).
    package var iso: String {
        if let fullDate { return fullDate.iso }
        let yearText = String(year)
        guard let month else { return yearText }
        return yearText + (month < 10 ? "-0" : "-") + String(month)
    }

    /// Ordered by the first day it may be: `2020` comes before `2020-01-02`.
    package static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
