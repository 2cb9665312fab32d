@testable import FTAPCore
import Testing
import TestSupport

/// The helpers that spread work over the cores give what the plain one-thread code gives.
@Suite struct ParallelWorkTests {
    /// Pairs of a key with many ties and the position they came in: a stable sort keeps the
    /// positions of equal keys increasing.
    static func pairs(_ count: Int, seed: UInt64) -> [Pair] {
        var generator = SeededRandom(seed: seed)
        return (0..<count).map { Pair(key: generator.next(1_024), position: $0) }
    }

    struct Pair: Equatable, Sendable {
        var key: Int
        var position: Int
    }

    @Test(arguments: [0, 1, 2_047, 2_048, 2_049, 10_001])
    func parallelSortIsTheStableSort(count: Int) {
        let items = Self.pairs(count, seed: UInt64(count) + 7)
        #expect(parallelSorted(items) { $0.key < $1.key } == items.sorted { $0.key < $1.key })
        #expect(parallelSorted(items) { $0.key > $1.key } == items.sorted { $0.key > $1.key })
    }

    @Test func backgroundWorkGivesItsResultToEveryAsker() {
        let work = BackgroundWork { (1...1_000).reduce(0, +) }
        #expect(work.value() == 500_500)
        #expect(work.value() == 500_500)
    }
}
