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

/// Runs two pieces of work side by side (each may itself use every core) and gives both results.
func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let firstResult = Mutex<A?>(nil), secondResult = Mutex<B?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let value = first()
            firstResult.withLock { $0 = value }
        } else {
            let value = second()
            secondResult.withLock { $0 = value }
        }
    }
    // Both indexes ran above: the fallbacks never run (they would only do the work again).
    return (firstResult.withLock { $0 } ?? first(), secondResult.withLock { $0 } ?? second())
}
