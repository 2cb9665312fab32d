import Dispatch
import Foundation
import Synchronization

/// Maps over items on every core, keeping the input order. Used for per-file stages.
package func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = Mutex<[R?]>(Array(repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        let value = transform(items[index])
        results.withLock { $0[index] = value }
    }
    // Every index was written above, so no value is dropped.
    return results.withLock { $0.compactMap { $0 } }
}

/// Runs two pieces of work side by side (each may itself use every core) and gives both results.
package func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
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

/// Work started at once on a thread of its own, beside what the caller goes on doing (which
/// may itself use every core); `value()` waits for its result. For a stage whose result is
/// needed late: the data files, the templates.
package final class BackgroundWork<T: Sendable>: Sendable {
    private let result = Mutex<T?>(nil)
    private let finished = DispatchSemaphore(value: 0)
    private let work: @Sendable () -> T

    package init(_ work: @escaping @Sendable () -> T) {
        self.work = work
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.signal()
        }
        thread.start()
    }

    /// The result, once the work is done (at once when it already is).
    package func value() -> T {
        finished.wait()
        finished.signal()
        // The thread stored its value before signalling: the fallback never runs.
        return result.withLock { $0 } ?? work()
    }
}

/// `items` sorted as `sorted(by:)` sorts them (stably), its two halves sorted side by side then
/// merged; a short list is sorted at once.
package func parallelSorted<T: Sendable>(_ items: [T], by areInIncreasingOrder: @escaping @Sendable (T, T) -> Bool) -> [T] {
    guard items.count >= 2_048 else { return items.sorted(by: areInIncreasingOrder) }
    let middle = items.count / 2
    let (left, right) = concurrently({ items[..<middle].sorted(by: areInIncreasingOrder) },
                                     { items[middle...].sorted(by: areInIncreasingOrder) })
    var merged: [T] = []
    merged.reserveCapacity(items.count)
    var (i, j) = (0, 0)
    while i < left.count, j < right.count {
        // On a tie the left half's item comes first, as in a stable sort.
        if areInIncreasingOrder(right[j], left[i]) {
            merged.append(right[j])
            j += 1
        } else {
            merged.append(left[i])
            i += 1
        }
    }
    merged += left.dropFirst(i)
    merged += right.dropFirst(j)
    return merged
}
