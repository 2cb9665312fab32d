import FlyingFox
import Foundation

/// `ftap serve`: builds the site, serves it on 127.0.0.1, rebuilds when a file under the content
/// or templates folder changes, reloads open pages, and shows content errors in the browser.
public actor PreviewServer {
    private let options: BuildOptions
    private var generation = 0
    private var failure: [Diagnostic]?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Rebuilds and records the outcome; returns the diagnostics, for the terminal.
    @discardableResult
    public func rebuild() async -> (outcome: BuildOutcome?, error: (any Error)?) {
        generation += 1
        do {
            let outcome = try await SiteBuilder(options: options).build()
            failure = outcome.hasErrors ? outcome.diagnostics : nil
            return (outcome, nil)
        } catch {
            failure = [Diagnostic(file: options.templatesPath, position: nil, code: "erreur-de-construction", message: "\(error)")]
            return (nil, error)
        }
    }

    /// Serves until the task is cancelled; `onChange` is told of each rebuild.
    public func run(port: UInt16, onRebuild: @escaping @Sendable (BuildOutcome?, (any Error)?) -> Void) async throws {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                handler: ClosureHTTPHandler { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return await self.respond(to: request)
        })
        let watched = [options.contentPath, options.templatesPath]
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                var fingerprint = SourceFingerprint(folders: watched)
                while !Task.isCancelled {
                    try await Task.sleep(nanoseconds: 500_000_000)
                    let now = SourceFingerprint(folders: watched)
                    guard now != fingerprint else { continue }
                    fingerprint = now
                    let (outcome, error) = await self.rebuild()
                    onRebuild(outcome, error)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func respond(to request: HTTPRequest) -> HTTPResponse {
        if request.path == PreviewPages.generationPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                body: Data(String(generation).utf8))
        }
        if let failure {
            return html(PreviewPages.errorPage(failure, generation: generation), status: .ok)
        }
        guard let (path, status) = resolve(request.path) else {
            return HTTPResponse(statusCode: .notFound, body: Data("Page non trouvée".utf8))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        if path.hasSuffix(".html") {
            return html(PreviewPages.injectingReload(into: String(decoding: data, as: UTF8.self), generation: generation), status: status)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: Self.contentType(of: path), .cacheControl: "no-store"], body: data)
    }

    /// The file for a URL path (folders give their `index.html`), or the 404 page.
    private func resolve(_ urlPath: String) -> (String, HTTPStatusCode)? {
        let decoded = urlPath.removingPercentEncoding ?? urlPath
        guard !decoded.split(separator: "/").contains("..") else { return nil }
        var path = join(options.outputPath, String(decoded.drop { $0 == "/" }))
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = join(path, "index.html")
        }
        if FileManager.default.fileExists(atPath: path) { return (path, .ok) }
        let notFound = join(options.outputPath, "404.html")
        return FileManager.default.fileExists(atPath: notFound) ? (notFound, .notFound) : nil
    }

    private func html(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: Data(text.utf8))
    }

    static func contentType(of path: String) -> String {
        let types = ["css": "text/css", "js": "text/javascript", "json": "application/json", "xml": "application/xml",
                     "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                     "woff2": "font/woff2", "woff": "font/woff", "ico": "image/x-icon", "csv": "text/csv; charset=utf-8",
                     "txt": "text/plain; charset=utf-8", "pdf": "application/pdf", "webmanifest": "application/manifest+json"]
        return types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
