import Foundation

/// One HTTP response of the preview server. Every response closes its connection and forbids
/// caching, so a page is always read again from the freshly built folder.
struct PreviewResponse: Sendable {
    var status: HTTPStatus
    var contentType: String
    var body: Data
    var extraHeaders: [(name: String, value: String)] = []

    init(status: HTTPStatus, contentType: String, body: Data) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// A short French text, for refusals and errors.
    static func text(_ status: HTTPStatus, _ message: String) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/plain; charset=utf-8", body: Data((message + "\n").utf8))
    }

    /// An HTML page.
    static func html(_ status: HTTPStatus, _ page: String) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/html; charset=utf-8", body: Data(page.utf8))
    }

    /// The bytes sent on the wire; a response to `HEAD` keeps its headers and drops its body.
    func encoded(includingBody: Bool) -> Data {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
        head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        for header in extraHeaders { head += "\(header.name): \(header.value)\r\n" }
        var data = Data((head + "\r\n").utf8)
        if includingBody { data.append(body) }
        return data
    }
}
