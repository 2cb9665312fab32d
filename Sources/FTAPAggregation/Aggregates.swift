import FTAPModel

/// The fund's figures, computed once from the published sheets and the State's official figures;
/// every page and file takes its figures from here (`/donnees/agregats.json`). A sum of sheets
/// is only ever what the sheets add up to: what the fund granted is what the State announced
/// (`officialFigures`), and the sheets' share of it is their coverage.
package struct Aggregates: Sendable, Equatable {
    /// Counts of one group of sheets.
    package struct Figures: Sendable, Equatable {
        package var projects: Int
        /// Euros granted, over the sheets that publish an amount.
        package var amount: Int
        /// How exact `amount` is: a floor when a sheet's amount is « plus de », an estimate when
        /// one is « près de ».
        package var amountPrecision: AmountPrecision
        /// Sheets without a published amount (counted in projects and entities only).
        package var projectsWithoutAmount: Int
        /// Euros paid, over the sheets that list payments (`projectsReportingPaid`): what these
        /// sheets report, not what the fund paid.
        package var paid: Int
        /// Sheets that list at least one payment; the others do not report theirs (not zero).
        package var projectsReportingPaid: Int
        /// Distinct carrying entities (names compared ignoring case, accents and spacing).
        package var entities: Int
        /// Distinct entities by type (nil: type not given), for the sentence form.
        package var entitiesByType: [BeneficiaryType?: Int]
    }

    package struct YearRow: Sendable, Equatable { package var year: Int; package var figures: Figures }
    /// A group of carriers by type; `type` nil for « type non précisé ».
    package struct TypeRow: Sendable, Equatable { package var type: BeneficiaryType?; package var figures: Figures }
    package struct YearTypeRow: Sendable, Equatable { package var year: Int; package var type: BeneficiaryType?; package var figures: Figures }
    package struct ProgrammeRow: Sendable, Equatable { package var programme: Programme; package var figures: Figures }
    /// A ministry (nil: sheets that name none), its page and its sheets' figures.
    package struct MinistryRow: Sendable, Equatable { package var name: String?; package var slug: String; package var figures: Figures; package var projectSlugs: [String] }
    /// An official figure and, for a figure of laureates, what the published sheets of its
    /// perimeter add up to (nil for spending and savings, which sheets are never compared with).
    package struct OfficialRow: Sendable, Equatable { package var figure: OfficialFigure; package var coverage: Figures? }
    /// An envelope, its amount in force on the build date, and what the published sheets of its
    /// call years add up to (nil when its period is not given).
    package struct EnvelopeRow: Sendable, Equatable { package var envelope: Envelope; package var amountInForce: Int; package var sheets: Figures? }

    package var total: Figures
    package var byYear: [YearRow]
    package var byType: [TypeRow]
    package var byYearAndType: [YearTypeRow]
    package var byMinistry: [MinistryRow]
    package var otherProgrammes: [ProgrammeRow]
    /// Newest first.
    package var officialFigures: [OfficialRow]
    package var envelopes: [EnvelopeRow]
    /// What the budget documents say was voted and consumed, by year: never added to the sheets.
    var budgetExecution: [BudgetExecution]
    /// The ministry page of each fund sheet that names a ministry.
    package var ministryOfProject: [String: String]

    /// Computes the aggregates of a published site: the fund (`ftap`) apart from other programmes.
    package init(site: PublishedSite) {
        // The few facts a count needs, taken once from each sheet: grouping whole sheets again
        // and again copied every field of every sheet.
        let projects = site.projects.map(Fact.init)
        let fund = projects.filter { $0.programme == .ftap }
        total = Self.figures(fund)
        let years = Set(fund.map(\.callYear)).sorted()
        byYear = years.map { year in YearRow(year: year, figures: Self.figures(fund.filter { $0.callYear == year })) }
        byType = Optional<BeneficiaryType>.allGroups.compactMap { type in
            let group = fund.filter { $0.type == type }
            return group.isEmpty ? nil : TypeRow(type: type, figures: Self.figures(group))
        }
        byYearAndType = years.flatMap { year in
            Optional<BeneficiaryType>.allGroups.compactMap { type in
                let group = fund.filter { $0.callYear == year && $0.type == type }
                return group.isEmpty ? nil : YearTypeRow(year: year, type: type, figures: Self.figures(group))
            }
        }
        byMinistry = Ministries.groups(of: site.fundProjects).map {
            MinistryRow(name: $0.name, slug: $0.slug, figures: Self.figures($0.projects), projectSlugs: $0.projects.map(\.slug))
        }
        var ministryOfProject: [String: String] = [:]
        for row in byMinistry where row.name != nil { for slug in row.projectSlugs { ministryOfProject[slug] = row.slug } }
        self.ministryOfProject = ministryOfProject
        otherProgrammes = Programme.allCases.filter { $0 != .ftap }.compactMap { programme in
            let group = projects.filter { $0.programme == programme }
            return group.isEmpty ? nil : ProgrammeRow(programme: programme, figures: Self.figures(group))
        }
        officialFigures = site.officialFigures.map { figure in
            OfficialRow(figure: figure, coverage: figure.countsLaureates ? Self.figures(projects.filter {
                $0.programme == figure.programme && figure.years.contains($0.callYear)
            }) : nil)
        }
        budgetExecution = site.budgetExecution
        envelopes = site.settings.envelopes.map { envelope in
            EnvelopeRow(envelope: envelope, amountInForce: envelope.amount(on: site.buildDate),
                        sheets: envelope.years.map { years in Self.figures(fund.filter { years.contains($0.callYear) }) })
        }
    }

    /// What a count reads of a sheet.
    struct Fact {
        var programme: Programme
        var callYear: Int
        var type: BeneficiaryType?
        var identity: String
        var amount: Int?
        var amountPrecision: AmountPrecision
        var paid: Int?

        init(_ sheet: ProjectSheet) {
            programme = sheet.programme
            callYear = sheet.callYear
            type = sheet.carrier.type
            identity = sheet.carrier.identity
            amount = sheet.amount
            amountPrecision = sheet.amountPrecision
            paid = sheet.paid
        }
    }

    package static func figures(_ projects: [ProjectSheet]) -> Figures {
        figures(projects.map(Fact.init))
    }

    static func figures(_ projects: [Fact]) -> Figures {
        // An entity counts under the type of its first sheet (one entity has one type, checked).
        var entities = Set<String>()
        var byType: [BeneficiaryType?: Int] = [:]
        for project in projects where entities.insert(project.identity).inserted {
            byType[project.type, default: 0] += 1
        }
        let precision = projects.filter { $0.amount != nil }.reduce(AmountPrecision.exact) { $0.adding($1.amountPrecision) }
        return Figures(projects: projects.count, amount: projects.compactMap(\.amount).reduce(0, +), amountPrecision: precision,
                       projectsWithoutAmount: projects.filter { $0.amount == nil }.count,
                       paid: projects.compactMap(\.paid).reduce(0, +),
                       projectsReportingPaid: projects.filter { $0.paid != nil }.count,
                       entities: entities.count, entitiesByType: byType)
    }
}
