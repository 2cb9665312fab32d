import FTAPContent
import FTAPCore

/// One laureate project, as validated from `content/projets/<slug>.md`.
///
/// Immutable; its values live in one shared object, so the copies that lists, pages and rules
/// make of a sheet cost one reference count each, not one per text.
package struct ProjectSheet: Sendable, Hashable {
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
        var media: ContentMedia
        var corrections: [PublicCorrection]
        var formerAddresses: [String] = []
        var declaredIdentifier: String?
    }

    /// The fields, shared by every copy of the sheet.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    package init(slug: String, file: String, title: String, summary: String, programme: Programme, callYear: Int,
         carrier: Carrier, amount: Int?, amountApproximation: AmountApproximation? = nil, totalCost: Int?, savings: Int?,
         levers: [Lever], status: ProjectStatus,
         milestones: [Milestone], disbursements: [Disbursement], objectives: [String], sources: [SourceLink],
         checkedOn: ContentDate?, publishOn: ContentDate?, isDraft: Bool, body: MarkdownBody, media: ContentMedia = .none,
         corrections: [PublicCorrection] = [], identifier: String? = nil) {
        storage = Storage(Fields(slug: slug, file: file, title: title, summary: summary, programme: programme,
                                 callYear: callYear, carrier: carrier, amount: amount, totalCost: totalCost,
                                 savings: savings, amountApproximation: amountApproximation, levers: levers, status: status, milestones: milestones,
                                 disbursements: disbursements, objectives: objectives, sources: sources,
                                 checkedOn: checkedOn, publishOn: publishOn, isDraft: isDraft, body: body, media: media,
                                 corrections: corrections, declaredIdentifier: identifier))
    }

    /// The same sheet with another body and other media (their links rewritten for the public site).
    package func with(body: MarkdownBody, media: ContentMedia) -> ProjectSheet {
        var fields = storage.fields
        fields.body = body
        fields.media = media
        return ProjectSheet(storage: Storage(fields))
    }

    /// The same sheet with its public corrections and its former addresses.
    package func with(corrections: [PublicCorrection], formerAddresses: [String]) -> ProjectSheet {
        var fields = storage.fields
        fields.corrections = corrections
        fields.formerAddresses = formerAddresses
        return ProjectSheet(storage: Storage(fields))
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The file name without `.md`, also the page address.
    package var slug: String { storage.fields.slug }
    /// The file path as shown in diagnostics.
    package var file: String { storage.fields.file }
    /// The title (`titre`).
    package var title: String { storage.fields.title }
    /// `resume`, 300 characters at most.
    package var summary: String { storage.fields.summary }
    /// `programme`, `ftap` when absent.
    package var programme: Programme { storage.fields.programme }
    /// `appel`: the year of the call for projects.
    package var callYear: Int { storage.fields.callYear }
    /// The carrying entity (`porteur`).
    package var carrier: Carrier { storage.fields.carrier }
    /// `montant`: euros granted by the fund; nil when no source publishes it (« montant non
    /// publié »): the sheet counts in projects and entities, never in amounts.
    package var amount: Int? { storage.fields.amount }
    /// `montant_approximation`: the amount was published as « près de » (`environ`) or « plus de »
    /// (`au-moins`) it; sums that include it say « environ » or « au moins ».
    package var amountApproximation: AmountApproximation? { storage.fields.amountApproximation }
    /// The precision of `amount`.
    package var amountPrecision: AmountPrecision { AmountPrecision(amountApproximation) }
    /// `cout_total`: euros, at least `amount`.
    package var totalCost: Int? { storage.fields.totalCost }
    /// `economies`: expected yearly savings in euros.
    package var savings: Int? { storage.fields.savings }
    /// `leviers`, without repeats.
    package var levers: [Lever] { storage.fields.levers }
    /// `statut`, `laureat` when absent.
    package var status: ProjectStatus { storage.fields.status }
    /// The milestones of the reciprocal commitment (`jalons`).
    package var milestones: [Milestone] { storage.fields.milestones }
    /// `versements`; their sum is at most `amount`.
    package var disbursements: [Disbursement] { storage.fields.disbursements }
    /// The expected results (`objectifs`).
    package var objectives: [String] { storage.fields.objectives }
    /// The public sources of the figures (`sources`).
    package var sources: [SourceLink] { storage.fields.sources }
    /// `mise_a_jour`: when the figures were last checked.
    package var checkedOn: ContentDate? { storage.fields.checkedOn }
    /// `date_publication`: not published before this date.
    var publishOn: ContentDate? { storage.fields.publishOn }
    /// A draft is validated but published only with `--drafts` (`brouillon`).
    package var isDraft: Bool { storage.fields.isDraft }
    /// The Markdown body and the file line it starts on.
    package var body: MarkdownBody { storage.fields.body }
    /// Its illustration, videos and documents.
    package var media: ContentMedia { storage.fields.media }
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] { storage.fields.corrections }
    /// The addresses it had before its file was renamed (`anciennes_adresses`), each redirected to its own.
    package var formerAddresses: [String] { storage.fields.formerAddresses }
    /// `identifiant`, when the sheet declares one.
    package var declaredIdentifier: String? { storage.fields.declaredIdentifier }

    /// The project's identifier in the open data, which a rename does not change: its
    /// `identifiant`; else the name of its first file, the first of its former addresses under
    /// `/projets/` (`anciennes_adresses` lists the oldest first); else its file's name.
    package var identifier: String {
        if let declared = declaredIdentifier { return declared }
        for address in formerAddresses {
            let parts = address.split(separator: "/")
            if parts.count == 2, parts[0] == "projets" { return String(parts[1]) }
        }
        return slug
    }

    /// What the fund has paid so far, the sum of `versements`; nil when the sheet lists no
    /// payment: its payments are not reported, which is not « nothing paid ». (`ftap new` writes
    /// `versements: []`, so an empty list says no more than a missing key.)
    package var paid: Int? { disbursements.isEmpty ? nil : disbursements.reduce(0) { $0 + $1.amount } }
    /// The date of the last payment.
    package var lastPayment: ContentDate? { disbursements.map(\.date).max() }

    package static func == (lhs: ProjectSheet, rhs: ProjectSheet) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}

/// The entity carrying a project.
package struct Carrier: Sendable, Hashable {
    /// The entity name as written (`nom`).
    package let name: String
    /// The kind of entity (`type`); nil when no source gives it (« type non précisé »).
    package var type: BeneficiaryType?
    /// The ministry, when known (`ministere`).
    package var ministry: String?
    /// The key under which two spellings of one entity meet: case, accents and spacing ignored.
    /// Computed once, as every count of entities reads it.
    package let identity: String

    package init(name: String, type: BeneficiaryType?, ministry: String?) {
        self.name = name
        self.type = type
        self.ministry = ministry
        identity = EntityName.identity(of: name)
    }
}

/// A milestone of the reciprocal commitment.
package struct Milestone: Sendable, Hashable {
    /// The date (`date`).
    package var date: ContentDate
    /// What the milestone is (`libelle`).
    package var label: String
    /// Where it stands (`etat`).
    package var state: MilestoneState

    package init(date: ContentDate, label: String, state: MilestoneState) {
        self.date = date
        self.label = label
        self.state = state
    }
}

/// A payment of the fund to the project.
package struct Disbursement: Sendable, Hashable {
    /// The date (`date`).
    package var date: ContentDate
    /// `montant`: euros paid.
    package var amount: Int

    package init(date: ContentDate, amount: Int) {
        self.date = date
        self.amount = amount
    }
}

/// A public source of the figures of a sheet.
package struct SourceLink: Sendable, Hashable {
    /// The title (`titre`).
    package var title: String
    /// `url`, absolute http(s).
    package var url: String

    package init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
