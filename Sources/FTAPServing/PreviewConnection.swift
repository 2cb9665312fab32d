import FTAPCore
import FlyingSocks
import Foundation

/// One client connection of the preview server: one request, one response, then close. Reading
/// the head and writing the response each have a time limit, so a slow or silent client only
/// ever holds its own connection, and never for long.
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let limits: PreviewLimits

    /// Bytes read from a client after its response, so closing does not reset the connection
    /// before the client has read an error answer to a request it was still sending.
    private static let drainLimit = 4 * 1024 * 1024
    private static let drainSeconds = 2.0

    func serve(answer: @escaping @Sendable (HTTPRequestHead, [UInt8]) async -> PreviewResponse) async {
        defer { try? socket.close() }
        let response: PreviewResponse
        var includingBody = true
        switch await Deadline.run(seconds: limits.headTimeout, { [self] in try await readHead() }) {
        case nil:
            response = .text(.requestTimeout, "Délai dépassé : la requête n'est pas arrivée à temps.")
        case .success((.complete(let head), let start)):
            switch await readBody(head, start: start) {
            case let .success(body):
                response = await answer(head, body)
            case let .failure(status) where status == .contentTooLarge:
                response = .text(status, "Envoi refusé : il pèse plus de \(FrenchFormat.fileSize(limits.bodyBytes)), fichiers compris ; rien n'a été enregistré. "
                    + "Revenez à la page précédente. Un fichier plus lourd (une longue vidéo) se copie à la main dans content/media/, puis son chemin s'écrit dans le formulaire.")
            case let .failure(status):
                response = .text(status, Self.explanation(of: status))
            case nil:
                return  // the client left before sending its body
            }
            includingBody = head.method != "HEAD"
        case .success((.rejected(let status), _)):
            response = .text(status, Self.explanation(of: status))
        case .success((.incomplete, _)), .failure:
            return  // the client left before finishing its request
        }
        let socket = socket, withBody = includingBody
        let sent = await Deadline.run(seconds: limits.writeTimeout) {
            try await response.send(includingBody: withBody) { try await socket.write($0) }
        }
        // A file cut short (it shrank while sent) ends the connection as it is: the client sees
        // fewer bytes than announced, never a wrong page.
        guard case .success(true)? = sent else { return }
        await drainAfterResponse()
    }

    /// The head, and the bytes that came after it in the same reads.
    private func readHead() async throws -> (HTTPHeadParser.Outcome, [UInt8]) {
        var parser = HTTPHeadParser(limits: limits)
        while true {
            let outcome = parser.consume(try await socket.read(atMost: 4096))
            if outcome != .incomplete { return (outcome, parser.leftover) }
        }
    }

    /// The body announced by `Content-Length`, when the limits let bodies be read (the atelier);
    /// the status that refuses it (no length, a length too large or unreadable, too slow); nil
    /// when the client left.
    private func readBody(_ head: HTTPRequestHead, start: [UInt8]) async -> Result<[UInt8], HTTPStatus>? {
        guard limits.bodyBytes > 0 else { return .success([]) }
        let lengths = head.values(of: "Content-Length")
        guard head.values(of: "Transfer-Encoding").isEmpty else { return .failure(.lengthRequired) }
        guard let text = lengths.first else { return head.method == "POST" ? .failure(.lengthRequired) : .success([]) }
        guard lengths.count == 1, text.allSatisfy(\.isASCII), let length = Int(text), length >= 0 else { return .failure(.badRequest) }
        guard length <= limits.bodyBytes else { return .failure(.contentTooLarge) }
        let socket = socket
        let read = await Deadline.run(seconds: limits.bodyTimeout) { () async throws -> [UInt8] in
            var body = Array(start.prefix(length))
            while body.count < length {
                body += try await socket.read(atMost: min(65_536, length - body.count))
            }
            return body
        }
        switch read {
        case nil: return .failure(.requestTimeout)
        case let .success(body)?: return .success(body)
        case .failure?: return nil
        }
    }

    /// Says the response is complete, then reads what the client still sends, within bounds.
    private func drainAfterResponse() async {
        shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let socket = socket
        _ = await Deadline.run(seconds: Self.drainSeconds) {
            var drained = 0
            while drained < Self.drainLimit {
                drained += try await socket.read(atMost: 64 * 1024).count
            }
        }
    }

    static func explanation(of status: HTTPStatus) -> String {
        switch status.code {
        case 408: "Délai dépassé : la requête n'est pas arrivée à temps."
        case 411: "Requête refusée : la longueur du contenu envoyé n'est pas annoncée."
        case 413: "Requête refusée : le contenu envoyé est trop gros."
        case 414: "Requête refusée : l'adresse demandée est trop longue."
        case 431: "Requête refusée : les en-têtes sont trop longs ou trop nombreux."
        case 505: "Requête refusée : seul HTTP/1.x est accepté."
        default: "Requête invalide."
        }
    }
}
