import FTAPAggregation
import FTAPCore
import FTAPModel

/// The fund's own way of describing its beneficiaries: universities counted among the operators,
/// « 31 administrations centrales, 9 préfectures ou directions départementales, 21 opérateurs de
/// l'État, dont 4 universités », and the carriers whose type no source gives said as such.
package enum FundSentence {
    static func entities(_ f: Aggregates.Figures) -> String {
        var parts: [String] = []
        func phrase(_ n: Int, _ type: BeneficiaryType?) -> String {
            "\(FrenchFormat.integer(n)) \(n >= 2 ? type.groupPluralLabel : type.groupSingularLabel)"
        }
        let universities = f.entitiesByType[.universite] ?? 0
        for type in Optional<BeneficiaryType>.allGroups where type != .universite {
            var count = f.entitiesByType[type] ?? 0
            if type == .operateur { count += universities }
            guard count > 0 else { continue }
            var text = phrase(count, type)
            if type == .operateur, universities > 0 {
                text += ", dont " + phrase(universities, .universite)
            }
            parts.append(text)
        }
        guard let last = parts.popLast() else { return "" }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + " et " + last
    }
}
