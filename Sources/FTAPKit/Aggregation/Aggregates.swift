/// The fund's figures, computed once from the published sheets; every page and file takes its
/// figures from here (`/donnees/agregats.json`).
struct Aggregates: Sendable, Equatable {
    /// Counts of one group of projects.
    struct Figures: Sendable, Equatable {
        var projects: Int
        var amount: Int
        /// Distinct carrying entities (names compared ignoring case, accents and spacing).
        var entities: Int
        /// Distinct entities by type, for the sentence form.
        var entitiesByType: [BeneficiaryType: Int]
    }

    struct YearRow: Sendable, Equatable { var year: Int; var figures: Figures }
    struct TypeRow: Sendable, Equatable { var type: BeneficiaryType; var figures: Figures }
    struct YearTypeRow: Sendable, Equatable { var year: Int; var type: BeneficiaryType; var figures: Figures }
    struct ProgrammeRow: Sendable, Equatable { var programme: Programme; var figures: Figures }

    var total: Figures
    var byYear: [YearRow]
    var byType: [TypeRow]
    var byYearAndType: [YearTypeRow]
    var otherProgrammes: [ProgrammeRow]

    /// Computes the aggregates of published sheets: the fund (`ftap`) apart from other programmes.
    init(projects: [ProjectSheet]) {
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
