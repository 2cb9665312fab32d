/// One laureate project, as validated from `content/projets/<slug>.md`.
public struct ProjectSheet: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var title: String
    public var summary: String
    public var programme: Programme
    public var callYear: Int
    public var carrier: Carrier
    public var amount: Int
    public var totalCost: Int?
    public var savings: Int?
    public var levers: [Lever]
    public var status: ProjectStatus
    public var milestones: [Milestone]
    public var disbursements: [Disbursement]
    public var objectives: [String]
    public var sources: [SourceLink]
    public var checkedOn: ContentDate?
    public var publishOn: ContentDate?
    public var isDraft: Bool
    /// The Markdown body and the file line it starts on.
    public var body: MarkdownBody
}

/// The entity carrying a project.
public struct Carrier: Sendable, Hashable {
    public var name: String
    public var type: BeneficiaryType
    public var ministry: String?

    /// The key under which two spellings of one entity meet: case, accents and spacing ignored.
    public var identity: String { EntityName.identity(of: name) }
}

/// A milestone of the reciprocal commitment.
public struct Milestone: Sendable, Hashable {
    public var date: ContentDate
    public var label: String
    public var state: MilestoneState
}

/// A payment of the fund to the project.
public struct Disbursement: Sendable, Hashable {
    public var date: ContentDate
    public var amount: Int
}

/// A public source of the figures of a sheet.
public struct SourceLink: Sendable, Hashable {
    public var title: String
    public var url: String
}

/// A Markdown text and the line of its file where it begins, for diagnostics.
public struct MarkdownBody: Sendable, Hashable {
    public var text: String
    public var firstLine: Int
}
