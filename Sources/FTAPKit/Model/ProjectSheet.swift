/// One laureate project, as validated from `content/projets/<slug>.md`.
struct ProjectSheet: Sendable, Hashable {
    /// The file name without `.md`, also the page address.
    var slug: String
    /// The file path as shown in diagnostics.
    var file: String
    /// The title (`titre`).
    var title: String
    /// `resume`, 300 characters at most.
    var summary: String
    /// `programme`, `ftap` when absent.
    var programme: Programme
    /// `appel`: the year of the call for projects.
    var callYear: Int
    /// The carrying entity (`porteur`).
    var carrier: Carrier
    /// `montant`: euros granted by the fund; nil when no source publishes it (« montant non
    /// publié »): the sheet counts in projects and entities, never in amounts.
    var amount: Int?
    /// `cout_total`: euros, at least `amount`.
    var totalCost: Int?
    /// `economies`: expected yearly savings in euros.
    var savings: Int?
    /// `leviers`, without repeats.
    var levers: [Lever]
    /// `statut`, `laureat` when absent.
    var status: ProjectStatus
    /// The milestones of the reciprocal commitment (`jalons`).
    var milestones: [Milestone]
    /// `versements`; their sum is at most `amount`.
    var disbursements: [Disbursement]
    /// The expected results (`objectifs`).
    var objectives: [String]
    /// The public sources of the figures (`sources`).
    var sources: [SourceLink]
    /// `mise_a_jour`: when the figures were last checked.
    var checkedOn: ContentDate?
    /// `date_publication`: not published before this date.
    var publishOn: ContentDate?
    /// A draft is validated but published only with `--drafts` (`brouillon`).
    var isDraft: Bool
    /// The Markdown body and the file line it starts on.
    var body: MarkdownBody

    /// What the fund has paid so far: the sum of `versements`.
    var paid: Int { disbursements.reduce(0) { $0 + $1.amount } }
    /// The date of the last payment.
    var lastPayment: ContentDate? { disbursements.map(\.date).max() }
}

/// The entity carrying a project.
struct Carrier: Sendable, Hashable {
    /// The entity name as written (`nom`).
    let name: String
    /// The kind of entity (`type`).
    var type: BeneficiaryType
    /// The ministry, when known (`ministere`).
    var ministry: String?
    /// The key under which two spellings of one entity meet: case, accents and spacing ignored.
    /// Computed once, as every count of entities reads it.
    let identity: String

    init(name: String, type: BeneficiaryType, ministry: String?) {
        self.name = name
        self.type = type
        self.ministry = ministry
        identity = EntityName.identity(of: name)
    }
}

/// A milestone of the reciprocal commitment.
struct Milestone: Sendable, Hashable {
    /// The date (`date`).
    var date: ContentDate
    /// What the milestone is (`libelle`).
    var label: String
    /// Where it stands (`etat`).
    var state: MilestoneState
}

/// A payment of the fund to the project.
struct Disbursement: Sendable, Hashable {
    /// The date (`date`).
    var date: ContentDate
    /// `montant`: euros paid.
    var amount: Int
}

/// A public source of the figures of a sheet.
struct SourceLink: Sendable, Hashable {
    /// The title (`titre`).
    var title: String
    /// `url`, absolute http(s).
    var url: String
}
