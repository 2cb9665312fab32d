/// The request line and headers of one HTTP/1.x request; the preview server never reads a body.
package struct HTTPRequestHead: Sendable, Equatable {
    struct Header: Sendable, Equatable {
        let name: String
        let value: String
    }

    let method: String
    /// The request target as sent, in origin form (`/chemin?requête`).
    let target: String
    let version: String
    let headers: [Header]

    /// The values of every header with this name, compared without case.
    func values(of name: String) -> [String] {
        headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }

    /// The target's path, before any query or fragment, still percent-encoded.
    var path: String {
        String(target.prefix { $0 != "?" && $0 != "#" })
    }
}
