/// A small deterministic generator (a 64-bit linear congruential one), so a test that tries many
/// generated inputs tries the same ones each time and a failure can be replayed.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    private mutating func step() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }

    /// For the standard library's `random(in:using:)`.
    public mutating func next() -> UInt64 {
        let state = step()
        return state ^ (state >> 33)
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        Int((step() >> 33) % UInt64(bound))
    }
}
