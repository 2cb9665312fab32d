@testable import FTAPCore
import Testing

@Suite("ISO dates")
struct ContentDateTests {
    @Test("Only YYYY-MM-DD with ASCII digits and a real day is a date", arguments: [
        ("2021-06-09", "2021-06-09"), ("2024-02-29", "2024-02-29"), ("1990-01-01", "1990-01-01"),
        ("2023-02-29", nil), ("2021-13-01", nil), ("2021-00-10", nil), ("2021-6-9", nil), ("2021-06-9", nil),
        ("21-06-09", nil), ("2021/06/09", nil), ("2021-06-09 ", nil), (" 2021-06-09", nil), ("2021-06-0a", nil),
        ("２０２１-06-09", nil), ("2021-06-09T10", nil), ("", nil), ("----------", nil), ("2021-+6-09", nil),
    ] as [(String, String?)])
    func readsISO(text: String, expected: String?) {
        #expect(ContentDate(iso: text)?.iso == expected)
    }
}
