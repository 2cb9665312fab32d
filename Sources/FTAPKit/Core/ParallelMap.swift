import Dispatch
import Synchronization

/// Maps over items on every core, keeping the input order. Used for per-file stages.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let value = transform(items[index])
        results.withLock { $0[index] = value }
    }
    // Every index was written above, so no value is dropped.
    return results.withLock { $0.compactMap { $0 } }
}
