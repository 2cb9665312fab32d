/// One laureate project, as validated from `content/projets/<slug>.md`.
///
/// Immutable; its values live in one shared object, so the copies that lists, pages and rules
/// make of a sheet cost one reference count each, not one per text.
struct ProjectSheet: Sendable, Hashable {
    /// The values of a sheet.
    private struct Fields: Sendable, Hashable {
        var slug, file, title, summary: String
        var programme: Programme
        var callYear: Int
        var carrier: Carrier
        var amount, totalCost, savings: Int?
        var amountApproximation: AmountApproximation?
        var levers: [Lever]
        var status: ProjectStatus
        var milestones: [Milestone]
        var disbursements: [Disbursement]
        var objectives: [String]
        var sources: [SourceLink]
        var checkedOn, publishOn: ContentDate?
        var isDraft: Bool
        var body: MarkdownBody
    }

    /// The fields, shared by every copy of the sheet.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    init(slug: String, file: String, title: String, summary: String, programme: Programme, callYear: Int,
         carrier: Carrier, amount: Int?, amountApproximation: AmountApproximation? = nil, totalCost: Int?, savings: Int?,
         levers: [Lever], status: ProjectStatus,
         milestones: [Milestone], disbursements: [Disbursement], objectives: [String], sources: [SourceLink],
         checkedOn: ContentDate?, publishOn: ContentDate?, isDraft: Bool, body: MarkdownBody) {
        storage = Storage(Fields(slug: slug, file: file, title: title, summary: summary, programme: programme,
                                 callYear: callYear, carrier: carrier, amount: amount, totalCost: totalCost,
                                 savings: savings, amountApproximation: amountApproximation, levers: levers, status: status, milestones: milestones,
                                 disbursements: disbursements, objectives: objectives, sources: sources,
                                 checkedOn: checkedOn, publishOn: publishOn, isDraft: isDraft, body: body))
    }

    /// The same sheet with another body (its links rewritten for the public site).
    func withBody(_ body: MarkdownBody) -> ProjectSheet {
        var fields = storage.fields
        fields.body = body
        return ProjectSheet(storage: Storage(fields))
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The file name without `.md`, also the page address.
    var slug: String { storage.fields.slug }
    /// The file path as shown in diagnostics.
    var file: String { storage.fields.file }
    /// The title (`titre`).
    var title: String { storage.fields.title }
    /// `resume`, 300 characters at most.
    var summary: String { storage.fields.summary }
    /// `programme`, `ftap` when absent.
    var programme: Programme { storage.fields.programme }
    /// `appel`: the year of the call for projects.
    var callYear: Int { storage.fields.callYear }
    /// The carrying entity (`porteur`).
    var carrier: Carrier { storage.fields.carrier }
    /// `montant`: euros granted by the fund; nil when no source publishes it (« montant non
    /// publié »): the sheet counts in projects and entities, never in amounts.
    var amount: Int? { storage.fields.amount }
    /// `montant_approximation`: the amount was published as « près de » (`environ`) or « plus de »
    /// (`au-moins`) it; sums that include it say « environ » or « au moins ».
    var amountApproximation: AmountApproximation? { storage.fields.amountApproximation }
    /// The precision of `amount`.
    var amountPrecision: AmountPrecision { AmountPrecision(amountApproximation) }
    /// `cout_total`: euros, at least `amount`.
    var totalCost: Int? { storage.fields.totalCost }
    /// `economies`: expected yearly savings in euros.
    var savings: Int? { storage.fields.savings }
    /// `leviers`, without repeats.
    var levers: [Lever] { storage.fields.levers }
    /// `statut`, `laureat` when absent.
    var status: ProjectStatus { storage.fields.status }
    /// The milestones of the reciprocal commitment (`jalons`).
    var milestones: [Milestone] { storage.fields.milestones }
    /// `versements`; their sum is at most `amount`.
    var disbursements: [Disbursement] { storage.fields.disbursements }
    /// The expected results (`objectifs`).
    var objectives: [String] { storage.fields.objectives }
    /// The public sources of the figures (`sources`).
    var sources: [SourceLink] { storage.fields.sources }
    /// `mise_a_jour`: when the figures were last checked.
    var checkedOn: ContentDate? { storage.fields.checkedOn }
    /// `date_publication`: not published before this date.
    var publishOn: ContentDate? { storage.fields.publishOn }
    /// A draft is validated but published only with `--drafts` (`brouillon`).
    var isDraft: Bool { storage.fields.isDraft }
    /// The Markdown body and the file line it starts on.
    var body: MarkdownBody { storage.fields.body }

    /// What the fund has paid so far, the sum of `versements`; nil when the sheet lists no
    /// payment: its payments are not reported, which is not « nothing paid ». (`ftap new` writes
    /// `versements: []`, so an empty list says no more than a missing key.)
    var paid: Int? { disbursements.isEmpty ? nil : disbursements.reduce(0) { $0 + $1.amount } }
    /// The date of the last payment.
    var lastPayment: ContentDate? { disbursements.map(\.date).max() }

    static func == (lhs: ProjectSheet, rhs: ProjectSheet) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}

/// The entity carrying a project.
struct Carrier: Sendable, Hashable {
    /// The entity name as written (`nom`).
    let name: String
    /// The kind of entity (`type`); nil when no source gives it (« type non précisé »).
    var type: BeneficiaryType?
    /// The ministry, when known (`ministere`).
    var ministry: String?
    /// The key under which two spellings of one entity meet: case, accents and spacing ignored.
    /// Computed once, as every count of entities reads it.
    let identity: String

    init(name: String, type: BeneficiaryType?, ministry: String?) {
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
