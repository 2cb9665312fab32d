import Foundation

/// Reads a request head as its bytes arrive, looking at each byte once, and stops at the first
/// limit crossed. FlyingFox 0.27.1's own decoder is not used for requests: it splits lines with
/// `collectUntil { $0.suffix(n) == separator }`, where `suffix` resolves to `Sequence.suffix`,
/// which copies the whole line so far for every byte received. Reading a line of n bytes
/// thus costs O(n²) (measured: a 40 KB request line took 32 s in a debug build, an 80 KB line's
/// predicate alone 2.9 s optimised) and it has no limit on line length, header count or time.
/// Upstream: swhitty/FlyingFox, `FlyingFox/Sources/AsyncSequence+Extensions.swift`; no issue about it
/// was found in the tracker at the time of writing.
package struct HTTPHeadParser {
    /// What the bytes so far amount to.
    enum Outcome: Sendable, Equatable {
        case incomplete
        case complete(HTTPRequestHead)
        case rejected(HTTPStatus)
    }

    private let limits: PreviewLimits
    private var line: [UInt8] = []
    private var requestLine: (method: String, target: String, version: String)?
    private var headers: [HTTPRequestHead.Header] = []
    private var headerBytes = 0
    private var blankLinesBefore = 0

    init(limits: PreviewLimits) {
        self.limits = limits
    }

    /// Takes the next bytes read from the client; the first outcome other than `incomplete` is final.
    mutating func consume(_ bytes: [UInt8]) -> Outcome {
        for (index, byte) in bytes.enumerated() {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                if let refusal = refusalForLength() { return .rejected(refusal) }
                continue
            }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let outcome = endOfLine()
            line.removeAll(keepingCapacity: true)
            if outcome != .incomplete {
                leftover = Array(bytes.dropFirst(index + 1))
                return outcome
            }
        }
        return .incomplete
    }

    /// The bytes read after the head in the same reads: the start of the body.
    private(set) var leftover: [UInt8] = []

    private func refusalForLength() -> HTTPStatus? {
        if requestLine == nil {
            return line.count > limits.requestLine ? .uriTooLong : nil
        }
        let tooLong = line.count > limits.headerLine || headerBytes + line.count > limits.headerBlock
        return tooLong ? .headerFieldsTooLarge : nil
    }

    private mutating func endOfLine() -> Outcome {
        let text = String(decoding: line, as: UTF8.self)
        guard let request = requestLine else {
            if text.isEmpty {
                // RFC 9112 §2.2: a few empty lines before the request line are tolerated.
                blankLinesBefore += 1
                return blankLinesBefore > 4 ? .rejected(.badRequest) : .incomplete
            }
            let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, !parts[0].isEmpty, parts[1].hasPrefix("/") else { return .rejected(.badRequest) }
            guard parts[2].hasPrefix("HTTP/1.") else { return .rejected(.versionNotSupported) }
            requestLine = (parts[0], parts[1], parts[2])
            return .incomplete
        }
        if text.isEmpty {
            return .complete(HTTPRequestHead(method: request.method, target: request.target,
                                             version: request.version, headers: headers))
        }
        guard headers.count < limits.headerCount else { return .rejected(.headerFieldsTooLarge) }
        // RFC 9112 §5: no space before the colon, no folded continuation lines.
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
              !text[..<colon].contains(where: \.isWhitespace) else { return .rejected(.badRequest) }
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        headers.append(.init(name: String(text[..<colon]), value: value))
        headerBytes += line.count + 2
        return .incomplete
    }
}
