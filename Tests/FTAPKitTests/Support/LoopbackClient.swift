import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain blocking TCP connection to 127.0.0.1, independent of the server's own socket code.
/// Send and receive time out after 120 s, so a server that hangs fails the test instead of
/// freezing it. Not less: the in-process server runs on the two threads of the cooperative pool,
/// which the suites that run `ftap` and wait for it (synchronously) can hold for tens of seconds
/// on a 2-core machine; 20 s failed one full run in three.
final class LoopbackConnection: Sendable {
    private let socket: Int32

    init(port: UInt16) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var limit = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socket) }

    /// Sends every byte; false when the server closed or reset the connection first.
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Everything the server sends until it closes (or the receive time limit passes).
    func receiveAll() -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return received }
            received += chunk[0..<count]
        }
    }
}

/// One request and the server's whole answer, read on a thread of its own.
struct LoopbackExchange: Sendable {
    let raw: String

    /// The status code of the answer, or nil when the server closed without one.
    var status: Int? {
        let statusLine = raw.prefix { $0 != "\r" }.split(separator: " ")
        return statusLine.count >= 2 ? Int(statusLine[1]) : nil
    }

    var body: String {
        guard let end = raw.range(of: "\r\n\r\n") else { return "" }
        return String(raw[end.upperBound...])
    }

    static func run(port: UInt16, request: [UInt8]) async -> LoopbackExchange {
        await onThread {
            guard let connection = try? LoopbackConnection(port: port) else { return LoopbackExchange(raw: "") }
            _ = connection.send(request)  // the server may answer and stop reading before the end
            return LoopbackExchange(raw: String(decoding: connection.receiveAll(), as: UTF8.self))
        }
    }

    static func receive(on connection: LoopbackConnection) async -> LoopbackExchange {
        await onThread { LoopbackExchange(raw: String(decoding: connection.receiveAll(), as: UTF8.self)) }
    }

    /// Blocking socket calls run on a thread of their own, never on the executor the server uses.
    private static func onThread(_ body: @escaping @Sendable () -> LoopbackExchange) async -> LoopbackExchange {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
