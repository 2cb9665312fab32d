/// The fund's figures, computed once from the published sheets; every page and file takes its
/// figures from here (`/donnees/agregats.json`).
public struct Aggregates: Sendable, Equatable {
    /// Counts of one group of projects.
    public struct Figures: Sendable, Equatable {
        public var projects: Int
        public var amount: Int
        /// Distinct carrying entities (names compared ignoring case, accents and spacing).
        public var entities: Int
        /// Distinct entities by type, for the sentence form.
        public var entitiesByType: [BeneficiaryType: Int]
    }

    public struct YearRow: Sendable, Equatable { public var year: Int; public var figures: Figures }
    public struct TypeRow: Sendable, Equatable { public var type: BeneficiaryType; public var figures: Figures }
    public struct YearTypeRow: Sendable, Equatable { public var year: Int; public var type: BeneficiaryType; public var figures: Figures }
    public struct ProgrammeRow: Sendable, Equatable { public var programme: Programme; public var figures: Figures }

    public var total: Figures
    public var byYear: [YearRow]
    public var byType: [TypeRow]
    public var byYearAndType: [YearTypeRow]
    public var otherProgrammes: [ProgrammeRow]

    /// Computes the aggregates of published sheets: the fund (`ftap`) apart from other programmes.
    public init(projects: [ProjectSheet]) {
        let fund = projects.filter { $0.programme == .ftap }
        total = Self.figures(fund)
        let years = Set(fund.map(\.callYear)).sorted()
        byYear = years.map { year in YearRow(year: year, figures: Self.figures(fund.filter { $0.callYear == year })) }
        byType = BeneficiaryType.allCases.compactMap { type in
            let group = fund.filter { $0.carrier.type == type }
            return group.isEmpty ? nil : TypeRow(type: type, figures: Self.figures(group))
        }
        byYearAndType = years.flatMap { year in
            BeneficiaryType.allCases.compactMap { type in
                let group = fund.filter { $0.callYear == year && $0.carrier.type == type }
                return group.isEmpty ? nil : YearTypeRow(year: year, type: type, figures: Self.figures(group))
            }
        }
        otherProgrammes = Programme.allCases.filter { $0 != .ftap }.compactMap { programme in
            let group = projects.filter { $0.programme == programme }
            return group.isEmpty ? nil : ProgrammeRow(programme: programme, figures: Self.figures(group))
        }
    }

    static func figures(_ projects: [ProjectSheet]) -> Figures {
        var typeOfEntity: [String: BeneficiaryType] = [:]
        for project in projects where typeOfEntity[project.carrier.identity] == nil {
            typeOfEntity[project.carrier.identity] = project.carrier.type
        }
        var byType: [BeneficiaryType: Int] = [:]
        for type in typeOfEntity.values { byType[type, default: 0] += 1 }
        return Figures(projects: projects.count, amount: projects.reduce(0) { $0 + $1.amount },
                       entities: typeOfEntity.count, entitiesByType: byType)
    }
}
