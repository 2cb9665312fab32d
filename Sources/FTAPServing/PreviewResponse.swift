import Foundation

/// One HTTP response of the preview server. Every response closes its connection; a page is
/// never cached, so it is always read again from the freshly built folder; other files are
/// asked again each time (`no-cache`) and answered `304` while their `ETag` holds.
package struct PreviewResponse: Sendable {
    /// What follows the head: bytes made here, or a file of the site sent from the disk.
    enum Body: Sendable {
        case bytes(Data)
        case file(ServedFile)

        var count: Int {
            switch self {
            case let .bytes(data): data.count
            case let .file(file): file.size
            }
        }

        /// Every byte of the body, read now; nil when its file cannot be read.
        var allBytes: Data? {
            switch self {
            case let .bytes(data): data
            case let .file(file): file.allBytes()
            }
        }
    }

    var status: HTTPStatus
    var contentType: String
    var body: Body
    var extraHeaders: [(name: String, value: String)] = []
    /// `no-store` for pages and messages; `no-cache` for a file with an `ETag`.
    var cacheControl = "no-store"

    init(status: HTTPStatus, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = .bytes(body)
    }

    init(status: HTTPStatus, contentType: String, file: ServedFile) {
        self.status = status
        self.contentType = contentType
        body = .file(file)
    }

    /// A short French text, for refusals and errors.
    static func text(_ status: HTTPStatus, _ message: String) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/plain; charset=utf-8", body: Data((message + "\n").utf8))
    }

    /// An HTML page.
    static func html(_ status: HTTPStatus, _ page: String) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/html; charset=utf-8", body: Data(page.utf8))
    }

    /// The status line and headers, blank line included.
    var head: Data {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        // A 304 says nothing of a length: the client keeps the one it has.
        head += status == .notModified ? "" : "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
        head += "Cache-Control: \(cacheControl)\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        for header in extraHeaders { head += "\(header.name): \(header.value)\r\n" }
        return Data((head + "\r\n").utf8)
    }

    /// The bytes sent on the wire, in pieces of at most `pieceSize` bytes after the head; a
    /// response to `HEAD` keeps its headers and drops its body. `send` is awaited for each piece,
    /// so only one piece of a file is in memory at a time. False when the file could not be read
    /// to its announced end (the connection is then closed early, and the client sees it).
    func send(includingBody: Bool, pieceSize: Int = 1 << 16, _ send: (Data) async throws -> Void) async throws -> Bool {
        switch body {
        case let .bytes(data):
            try await send(includingBody ? head + data : head)
        case let .file(file):
            try await send(head)
            guard includingBody else { return true }
            var offset = 0
            while offset < file.size {
                guard let piece = file.bytes(at: offset, count: min(pieceSize, file.size - offset)), !piece.isEmpty else { return false }
                try await send(piece)
                offset += piece.count
            }
        }
        return true
    }
}
