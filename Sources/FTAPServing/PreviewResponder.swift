import Foundation

/// Answers one request from a snapshot of the preview's state: the live-reload generation, the
/// error page when the content has errors (with the stylesheets it uses, from the last site
/// built or, when none was, from the templates' static files), else the built file (folders
/// give their `index.html`) or the site's 404 page. Only requests addressed to this computer by name are answered, so a
/// web page from elsewhere cannot read the preview through a rebound DNS name.
package struct PreviewResponder: Sendable {
    let output: ServedFolder
    let port: UInt16
    let generation: Int
    let failure: PreviewErrorPage?
    /// `templates/static/`, served at the site's root for the error page's stylesheets.
    let staticFiles: ServedFolder
    /// The folder holding the DSFR installed with ftap (`share/ftap`), when the templates have none.
    var installedStaticFiles: ServedFolder?
    /// The path the site is published under (`/ftap`), whose addresses its pages link to: served
    /// as the root is, so the preview works for a site published under a path.
    var sitePath = ""

    /// Whether the request names this preview in its one `Host` header.
    static func isAddressedHere(_ head: HTTPRequestHead, port: UInt16) -> Bool {
        let hosts = head.values(of: "Host")
        return hosts.count == 1 && isLoopback(host: hosts[0], port: port)
    }

    func response(to head: HTTPRequestHead) -> PreviewResponse {
        guard Self.isAddressedHere(head, port: port) else {
            return .text(.misdirectedRequest,
                         "Hôte refusé : cet aperçu ne répond qu'à http://127.0.0.1:\(port)/ et http://localhost:\(port)/.")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            var refusal = PreviewResponse.text(.methodNotAllowed, "Méthode refusée : l'aperçu ne répond qu'à GET et HEAD.")
            refusal.extraHeaders = [("Allow", "GET, HEAD")]
            return refusal
        }
        var path = head.path
        if !sitePath.isEmpty, path == sitePath || path.hasPrefix(sitePath + "/") {
            path = String(path.dropFirst(sitePath.count))
            if path.isEmpty { path = "/" }
        }
        if path == PreviewPages.generationPath {
            return PreviewResponse(status: .ok, contentType: "text/plain", body: Data(String(generation).utf8))
        }
        if let failure {
            let isStyle = path.hasPrefix("/dsfr/") || path.hasPrefix("/assets/")
            if isStyle, let served = output.file(atURLPath: path) ?? staticFiles.file(atURLPath: path)
                ?? installedStaticFiles?.file(atURLPath: path) {
                return file(served, status: .ok, head: head)
            }
            return .html(.ok, failure.html(generation: generation))
        }
        if let served = output.file(atURLPath: path) {
            return file(served, status: .ok, head: head)
        }
        if let served = output.file(atURLPath: "/404.html") {
            return file(served, status: .notFound, head: head)
        }
        return .text(.notFound, "Page non trouvée")
    }

    /// Whether a `Host` header names this preview: 127.0.0.1, localhost or [::1], with this port
    /// or none.
    static func isLoopback(host: String, port: UInt16) -> Bool {
        let names = ["127.0.0.1", "localhost", "[::1]"]
        let host = host.lowercased()
        return names.contains { host == $0 || host == "\($0):\(port)" }
    }

    /// A page gets the live-reload script (read whole: pages are small); any other file is sent
    /// from the disk as it is read.
    private func file(_ served: ServedFile, status: HTTPStatus, head: HTTPRequestHead) -> PreviewResponse {
        guard served.name.hasSuffix(".html") else {
            let given = head.values(of: "If-None-Match").flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            let unchanged = status == .ok && given.contains(served.version)
            var response = unchanged ? PreviewResponse(status: .notModified, contentType: Self.contentType(of: served.name), body: Data())
                                     : PreviewResponse(status: status, contentType: Self.contentType(of: served.name), file: served)
            response.cacheControl = "no-cache"
            response.extraHeaders = [("ETag", served.version)]
            return response
        }
        guard let data = served.allBytes() else { return .text(.internalServerError, "Lecture du fichier impossible.") }
        let page = PreviewPages.injectingReload(into: String(decoding: data, as: UTF8.self), generation: generation)
        return .html(status, page)
    }

    static func contentType(of name: String) -> String {
        let types = ["css": "text/css", "js": "text/javascript", "json": "application/json", "xml": "application/xml",
                     "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                     "woff2": "font/woff2", "woff": "font/woff", "ico": "image/x-icon", "csv": "text/csv; charset=utf-8",
                     "txt": "text/plain; charset=utf-8", "pdf": "application/pdf", "webmanifest": "application/manifest+json"]
        return types[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
