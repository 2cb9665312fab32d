/// What makes a request to the atelier one of its own pages' (no other site can write a file
/// through it): it comes from the atelier's own address (`Origin`, which browsers send with every
/// form), and carries the token of this run of `ftap atelier`, which only its pages hold.
package struct WorkshopSession: Sendable {
    /// 32 random bytes in hexadecimal, drawn by the system's secure generator at start.
    package let token: String
    /// The port the atelier listens on, for the origins it accepts.
    package let port: UInt16

    package init(port: UInt16, token: String? = nil) {
        self.port = port
        var generator = SystemRandomNumberGenerator()
        self.token = token ?? (0..<4).map { _ in
            let word = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - word.count) + word
        }.joined()
    }

    /// The origins of the atelier's own pages.
    package var origins: [String] {
        ["http://127.0.0.1:\(port)", "http://localhost:\(port)"]
    }

    /// Why a request that writes is refused, nil when it may write: exactly one `Origin` header, one
    /// of the atelier's, and the session's token, compared in a time that does not depend on where
    /// it differs.
    package func refusal(origins given: [String], token: String?) -> String? {
        guard given.count == 1, let origin = given.first, origins.contains(origin) else {
            return "demande refusée : elle ne vient pas d'une page de l'atelier"
        }
        guard let token, Self.same(token, self.token) else {
            return "demande refusée : la page est d'une session précédente de l'atelier ; rechargez-la"
        }
        return nil
    }

    /// Whether two texts are equal, looking at every byte they share whatever differs first (the
    /// token's length is no secret).
    static func same(_ first: String, _ second: String) -> Bool {
        var difference = UInt8(first.utf8.count == second.utf8.count ? 0 : 1)
        for (a, b) in zip(first.utf8, second.utf8) { difference |= a ^ b }
        return difference == 0
    }
}
