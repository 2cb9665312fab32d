/// Work raced against a clock, for the preview server's per-request time limits.
package enum Deadline {
    /// The outcome of `body`, or nil when it has not finished after `seconds`; it is then cancelled
    /// (socket reads and writes of FlyingSocks end at once on cancellation).
    static func run<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () async throws -> T) async -> Result<T, any Error>? {
        await withTaskGroup(of: Result<T, any Error>?.self) { group in
            group.addTask {
                do { return .success(try await body()) } catch { return .failure(error) }
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: UInt64(max(seconds, 0) * 1_000_000_000))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
