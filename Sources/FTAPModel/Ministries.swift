import FTAPCore

/// Sheets grouped by ministry, names compared as entity names are (case, accents and spacing
/// ignored); the name shown is the first spelling in file order. Sheets that name no ministry
/// form their own group, last.
package enum Ministries {
    package struct Group: Sendable, Equatable {
        /// nil for « ministère non précisé ».
        package var name: String?
        /// The page's name under `/ministeres/`.
        package var slug: String
        /// In the order they were given.
        package var projects: [ProjectSheet]
    }

    package static let unspecifiedSlug = "non-precise"

    package static func groups(of projects: [ProjectSheet]) -> [Group] {
        // The name shown is that of the sheet first in file order: the least file name wins.
        var shown: [String: (name: String, file: String)] = [:]
        var members: [String: [ProjectSheet]] = [:]
        var unspecified: [ProjectSheet] = []
        for project in projects {
            guard let name = project.carrier.ministry else {
                unspecified.append(project)
                continue
            }
            let identity = EntityName.identity(of: name)
            members[identity, default: []].append(project)
            if let first = shown[identity], first.file <= project.file { continue }
            shown[identity] = (name, project.file)
        }
        let shownName = shown.mapValues(\.name)
        var used: Set<String> = [unspecifiedSlug]
        // The next number to try after each base: twenty thousand names with one slug take
        // linear time, not a scan from « -2 » for each.
        var nextSuffix: [String: Int] = [:]
        // Page names are given in the names' code order (« Ministère A 2 » keeps « ministere-a-2 »
        // before « Ministère A, » is numbered); the list is shown in French index order.
        var slugOf: [String: String] = [:]
        for (identity, name) in shownName.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            let base = Slug.suggestion(for: name)
            var slug = base
            var suffix = nextSuffix[base, default: 2]
            while used.contains(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            nextSuffix[base] = suffix
            used.insert(slug)
            slugOf[identity] = slug
        }
        // Each name's key made once: twenty thousand names sort in a blink.
        let ordered = shownName.map { (identity: $0.key, name: $0.value, key: FrenchCollation.key($0.value)) }
            .sorted { ($0.key, $0.name, $0.identity) < ($1.key, $1.name, $1.identity) }
        let groups = ordered.map { Group(name: $0.name, slug: slugOf[$0.identity] ?? unspecifiedSlug, projects: members[$0.identity] ?? []) }
        return unspecified.isEmpty ? groups : groups + [Group(name: nil, slug: unspecifiedSlug, projects: unspecified)]
    }
}
