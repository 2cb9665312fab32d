import FTAPCore
import FTAPModel

/// How the site writes an amount that is not exact, and every sum and share that includes one:
/// « près de 69 M€ » and « plus de 30 M€ » as published, « au moins 96,2 M€ » for a sum that
/// includes a floor, « environ 27,1 % » for a share of an approximate amount. An approximate
/// amount is never shown as exact.
package enum AmountWords {
    /// One published amount: « près de 69 M€ », « plus de 30 M€ », « 764 M€ »; with the
    /// publisher's own words for the approximation when they are known (« environ 800 M€ »).
    static func published(_ amount: Int, _ approximation: AmountApproximation?, words: String? = nil) -> String {
        guard let approximation else { return FrenchFormat.compactEuros(amount) }
        return (words ?? approximation.label) + " " + FrenchFormat.compactEuros(amount)
    }

    /// One published amount in full when it is exact (« 24 300 000 € »), else as `published`:
    /// « plus de 30 000 000 € » would claim a precision the source does not give.
    static func publishedInFull(_ amount: Int, _ approximation: AmountApproximation?) -> String {
        approximation == nil ? FrenchFormat.euros(amount) : published(amount, approximation)
    }

    /// A sum of amounts of `precision`: « au moins 96,2 M€ », « environ 12 M€ », « 24 M€ ».
    static func sum(_ amount: Int, _ precision: AmountPrecision) -> String {
        qualifier(precision) + FrenchFormat.compactEuros(amount)
    }

    /// The same, in full when exact: « 24 300 000 € ».
    static func sumInFull(_ amount: Int, _ precision: AmountPrecision) -> String {
        precision.isExact ? FrenchFormat.euros(amount) : sum(amount, precision)
    }

    /// The words before a sum or a share of this precision, with their space: « au moins »,
    /// « au plus », « environ », « au moins environ », or nothing.
    static func qualifier(_ precision: AmountPrecision) -> String {
        let side = switch precision.bound {
        case .exact, .unknown: ""
        case .atLeast: "au moins "
        case .atMost: "au plus "
        }
        return side + (precision.isEstimate || precision.bound == .unknown ? "environ " : "")
    }

    /// `part` as a share of `whole`: « 27,1 % », « au moins 27,1 % » when the part is a floor,
    /// « au plus 27,1 % » when the whole is; nil when the whole is zero or the share cannot be
    /// bounded (a floor over a floor).
    static func share(_ part: Int, _ partPrecision: AmountPrecision, of whole: Int, _ wholePrecision: AmountPrecision) -> String? {
        guard whole > 0 else { return nil }
        let precision = partPrecision.share(of: wholePrecision)
        guard precision.bound != .unknown else { return nil }
        return qualifier(precision) + FrenchFormat.percent(part, of: whole)
    }
}
