import Foundation

/// What one request may cost the preview server: the size of its head and the time it may take.
/// A request past a limit is answered with an error status and its connection is closed, so no
/// client can hold the server or starve the others.
package struct PreviewLimits: Sendable {
    /// The longest request line (method, path, version), in bytes; longer gets 414.
    var requestLine = 8 * 1024
    /// The longest header line, in bytes; longer gets 431.
    var headerLine = 8 * 1024
    /// All header lines together, in bytes; more gets 431.
    var headerBlock = 16 * 1024
    /// The most header lines; more gets 431.
    var headerCount = 100
    /// Seconds a client has to send its whole request head; a slower one gets 408.
    var headTimeout: Double = 10
    /// Seconds a client has to take the whole response before the connection is dropped.
    var writeTimeout: Double = 30
    /// The largest request body read, in bytes (a `POST` of the atelier); larger gets 413. 0: no
    /// body is ever read (the preview).
    var bodyBytes = 0
    /// Seconds a client has to send its body once its head is read; a slower one gets 408.
    var bodyTimeout: Double = 60

    /// The limits of `ftap serve`.
    static let standard = PreviewLimits()

    init() {}
}
