import FTAPModel

/// The projects of the lists that span many pages, grouped once: every page of a list reads
/// its slice from here instead of filtering and sorting the whole site again.
struct ProjectListings: Sendable {
    /// An entity carrying projects, as the per-type pages show it.
    struct Entity: Sendable {
        /// The entity's name as first met in name order.
        let name: String
        /// Its projects, by name of the entity as written, then site order.
        var projects: [ProjectSheet]
    }

    /// Per call year: the fund's sheets and those of other programmes, in site order.
    let byYear: [Int: (fund: [ProjectSheet], other: [ProjectSheet])]
    /// Per type of carrier: its entities in name order, two spellings of one entity together.
    let entitiesByType: [BeneficiaryType?: [Entity]]

    init(_ projects: [ProjectSheet]) {
        var byYear: [Int: (fund: [ProjectSheet], other: [ProjectSheet])] = [:]
        for project in projects {
            if project.programme == .ftap {
                byYear[project.callYear, default: ([], [])].fund.append(project)
            } else {
                byYear[project.callYear, default: ([], [])].other.append(project)
            }
        }
        self.byYear = byYear
        var entitiesByType: [BeneficiaryType?: [Entity]] = [:]
        var indexOfIdentity: [BeneficiaryType?: [String: Int]] = [:]
        // A stable sort: projects of one name keep the site's order.
        for project in projects.sorted(by: { $0.carrier.name < $1.carrier.name }) {
            let type = project.carrier.type
            if let index = indexOfIdentity[type]?[project.carrier.identity] {
                entitiesByType[type]?[index].projects.append(project)
            } else {
                indexOfIdentity[type, default: [:]][project.carrier.identity] = entitiesByType[type]?.count ?? 0
                entitiesByType[type, default: []].append(Entity(name: project.carrier.name, projects: [project]))
            }
        }
        self.entitiesByType = entitiesByType
    }
}
