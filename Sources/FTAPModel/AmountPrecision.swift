/// How exact an amount is, or a sum of amounts: exact, a floor (« au moins »), a ceiling
/// (« au plus »), and whether an estimate (« environ ») is part of it. A sum that includes the
/// Health Data Hub's « plus de 30 M€ » is a floor; a share of an amount announced as « près de
/// 69 M€ » is an estimate.
package struct AmountPrecision: Sendable, Hashable {
    /// Which way the true value may lie from the number.
    package enum Bound: Sendable, Hashable {
        /// The number is the value (up to the estimate, if any).
        case exact
        /// The value is the number or more.
        case atLeast
        /// The value is the number or less.
        case atMost
        /// A floor and a ceiling mixed: nothing can be said of the value's side.
        case unknown
    }

    package var bound: Bound
    /// Part of the number is an estimate.
    package var isEstimate: Bool

    package static let exact = AmountPrecision(bound: .exact, isEstimate: false)

    init(bound: Bound, isEstimate: Bool) {
        self.bound = bound
        self.isEstimate = isEstimate
    }

    /// The precision of one published amount.
    init(_ approximation: AmountApproximation?) {
        switch approximation {
        case nil: self = .exact
        case .environ?: self.init(bound: .exact, isEstimate: true)
        case .auMoins?: self.init(bound: .atLeast, isEstimate: false)
        case .auPlus?: self.init(bound: .atMost, isEstimate: false)
        }
    }

    package var isExact: Bool { self == .exact }

    /// The precision of a sum of an amount of this precision and one of `other`'s.
    package func adding(_ other: AmountPrecision) -> AmountPrecision {
        let bound: Bound = switch (self.bound, other.bound) {
        case (.exact, let side), (let side, .exact): side
        case (.atLeast, .atLeast): .atLeast
        case (.atMost, .atMost): .atMost
        default: .unknown
        }
        return AmountPrecision(bound: bound, isEstimate: isEstimate || other.isEstimate)
    }

    /// The precision of this amount divided by an amount of precision `whole`: a floor over an
    /// exact amount is a floor, an exact amount over a floor is a ceiling.
    package func share(of whole: AmountPrecision) -> AmountPrecision {
        let inverse: AmountPrecision.Bound = switch whole.bound {
        case .exact: .exact
        case .atLeast: .atMost
        case .atMost: .atLeast
        case .unknown: .unknown
        }
        return adding(AmountPrecision(bound: inverse, isEstimate: whole.isEstimate))
    }
}
