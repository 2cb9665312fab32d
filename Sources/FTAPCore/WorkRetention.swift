import Synchronization

/// What a run made (the bytes read, the parsed texts, the site, the view models), kept until the
/// process ends when `BuildOptions.keepsWorkUntilExit` asks for it. Freeing tens of thousands of
/// texts one by one takes a noticeable part of a run, and a command that ends just after
/// reporting can leave that to the system, as compilers do (`ftap build` and `ftap check` ask
/// for it). A process that runs build after build (the preview, the fuzz target) never does:
/// what it keeps would grow with every run.
package enum WorkRetention {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `values` until the process ends, when `asked`.
    package static func keep(_ values: (any Sendable)?..., when asked: Bool) {
        guard asked else { return }
        let present = values.compactMap { $0 }
        kept.withLock { $0.append(contentsOf: present) }
    }
}
