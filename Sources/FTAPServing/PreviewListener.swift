import FlyingSocks
import Foundation

/// The preview's listening socket, on 127.0.0.1 unless told otherwise (in a container, whose
/// published port arrives on its own network interface). It is bound before anything is announced, so a
/// taken or forbidden port is reported at once; `serve` then answers each client in its own task,
/// so a client sending a huge or slow request never delays the others.
public struct PreviewListener: Sendable {
    /// The port listened on (the one chosen by the system when 0 was asked).
    public let port: UInt16
    private let socket: Socket

    /// Binds and listens on `address` (an IPv4 address, checked by `isIPv4Address`), or says in
    /// French why the system refused.
    public static func bind(port: UInt16, address: String = "127.0.0.1") throws(PreviewServerError) -> PreviewListener {
        let socket: Socket
        do {
            socket = try Socket(domain: AF_INET)
            try socket.setValue(true, for: .localAddressReuse)
        } catch {
            throw Self.refusal(error, port: port)
        }
        do {
            try socket.bind(to: sockaddr_in.inet(ip4: address, port: port))
        } catch {
            try? socket.close()
            throw Self.refusal(error, port: port)
        }
        do {
            try socket.listen()  // closes the socket itself when it fails
        } catch {
            throw Self.refusal(error, port: port)
        }
        guard case let .ip4(_, bound)? = try? socket.sockname() else { return PreviewListener(port: port, socket: socket) }
        return PreviewListener(port: bound, socket: socket)
    }

    /// Whether `text` is an IPv4 address in dotted form (`0.0.0.0`, `127.0.0.1`).
    package static func isIPv4Address(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    /// Closes a listener that will not be served.
    func close() {
        try? socket.close()
    }

    /// Accepts clients until the task is cancelled, then closes the socket; serve a listener once.
    package func serve(limits: PreviewLimits, answer: @escaping @Sendable (HTTPRequestHead, [UInt8]) async -> PreviewResponse) async throws {
        let pool = SocketPool<Poll>.make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: socket, pool: pool)
        defer { try? listening.close() }
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await pool.run() }
            while !Task.isCancelled {
                let client: AsyncSocket
                do {
                    client = try await listening.accept()
                } catch is CancellationError {
                    break
                } catch {
                    // Out of file descriptors, say: wait for connections to end rather than stop.
                    try await Task.sleep(nanoseconds: 100_000_000)
                    continue
                }
                group.addTask { await PreviewConnection(socket: client, limits: limits).serve(answer: answer) }
            }
            group.cancelAll()
        }
    }

    private static func refusal(_ error: any Error, port: UInt16) -> PreviewServerError {
        guard case let .failed(_, code, _)? = error as? SocketError else { return .cannotListen(port: port, errno: 0) }
        return refusal(errno: code, port: port)
    }

    /// The French explanation of a system error number from `bind` or `listen`.
    static func refusal(errno code: Int32, port: UInt16) -> PreviewServerError {
        switch code {
        case EADDRINUSE: return .portInUse(port: port)
        case EACCES, EPERM: return .permissionDenied(port: port)
        default: return .cannotListen(port: port, errno: code)
        }
    }
}
