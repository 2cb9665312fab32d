/// One laureate project, as validated from `content/projets/<slug>.md`.
public struct ProjectSheet: Sendable, Hashable {
    /// The file name without `.md`, also the page address.
    public var slug: String
    /// The file path as shown in diagnostics.
    public var file: String
    /// The title (`titre`).
    public var title: String
    /// `resume`, 300 characters at most.
    public var summary: String
    /// `programme`, `ftap` when absent.
    public var programme: Programme
    /// `appel`: the year of the call for projects.
    public var callYear: Int
    /// The carrying entity (`porteur`).
    public var carrier: Carrier
    /// `montant`: euros granted by the fund.
    public var amount: Int
    /// `cout_total`: euros, at least `amount`.
    public var totalCost: Int?
    /// `economies`: expected yearly savings in euros.
    public var savings: Int?
    /// `leviers`, without repeats.
    public var levers: [Lever]
    /// `statut`, `laureat` when absent.
    public var status: ProjectStatus
    /// The milestones of the reciprocal commitment (`jalons`).
    public var milestones: [Milestone]
    /// `versements`; their sum is at most `amount`.
    public var disbursements: [Disbursement]
    /// The expected results (`objectifs`).
    public var objectives: [String]
    /// The public sources of the figures (`sources`).
    public var sources: [SourceLink]
    /// `mise_a_jour`: when the figures were last checked.
    public var checkedOn: ContentDate?
    /// `date_publication`: not published before this date.
    public var publishOn: ContentDate?
    /// A draft is validated but published only with `--drafts` (`brouillon`).
    public var isDraft: Bool
    /// The Markdown body and the file line it starts on.
    public var body: MarkdownBody
}

/// The entity carrying a project.
public struct Carrier: Sendable, Hashable {
    /// The entity name as written (`nom`).
    public var name: String
    /// The kind of entity (`type`).
    public var type: BeneficiaryType
    /// The ministry, when known (`ministere`).
    public var ministry: String?

    /// The key under which two spellings of one entity meet: case, accents and spacing ignored.
    public var identity: String { EntityName.identity(of: name) }
}

/// A milestone of the reciprocal commitment.
public struct Milestone: Sendable, Hashable {
    /// The date (`date`).
    public var date: ContentDate
    /// What the milestone is (`libelle`).
    public var label: String
    /// Where it stands (`etat`).
    public var state: MilestoneState
}

/// A payment of the fund to the project.
public struct Disbursement: Sendable, Hashable {
    /// The date (`date`).
    public var date: ContentDate
    /// `montant`: euros granted by the fund.
    public var amount: Int
}

/// A public source of the figures of a sheet.
public struct SourceLink: Sendable, Hashable {
    /// The title (`titre`).
    public var title: String
    /// `url`, absolute http(s).
    public var url: String
}
