import FTAPContent
import FTAPCore

/// What the State's budget documents say was voted and consumed in one year on the fund's budget
/// programme, from `content/execution-budgetaire/<annee>.md`: the paid side of the fund, beside
/// the laureates announced. From 2022 the programme pays more than the fund: `perimeter` says so.
package struct BudgetExecution: Sendable, Hashable {
    var slug: String
    package var file: String
    /// The budget year (`annee`), also the file's name.
    package var year: Int
    /// The budget programme (`programme_budgetaire`), « 349 » when absent.
    package var budgetProgramme: String
    /// Commitment authorisations voted in the initial budget law (`ae_lfi`), euros.
    package var commitmentsVoted: Int?
    /// Commitment authorisations consumed (`ae_consommees`), euros.
    package var commitmentsConsumed: Int?
    /// Payment credits voted in the initial budget law (`cp_lfi`), euros.
    package var paymentsVoted: Int?
    /// Payment credits consumed (`cp_consommes`), euros.
    package var paymentsConsumed: Int?
    /// What the figures cover when it is more than the fund (`perimetre`).
    package var perimeter: String?
    /// The figures are partial, read at that date (`provisoire`).
    package var provisionalOn: ContentDate?
    /// The source gives the amounts rounded (« 103 millions d'euros »): they are shown as such (`arrondi`).
    package var isRounded: Bool
    package var sources: [SourceLink]
    package var body: MarkdownBody
    /// Not published yet (`brouillon`).
    package var isDraft = false
    /// Its public corrections (`rectificatifs`), as written.
    package var corrections: [PublicCorrection] = []

    package init(
        slug: String,
        file: String,
        year: Int,
        budgetProgramme: String,
        commitmentsVoted: Int? = nil,
        commitmentsConsumed: Int? = nil,
        paymentsVoted: Int? = nil,
        paymentsConsumed: Int? = nil,
        perimeter: String? = nil,
        provisionalOn: ContentDate? = nil,
        isRounded: Bool,
        sources: [SourceLink],
        body: MarkdownBody,
        isDraft: Bool = false
    ) {
        self.slug = slug
        self.file = file
        self.year = year
        self.budgetProgramme = budgetProgramme
        self.commitmentsVoted = commitmentsVoted
        self.commitmentsConsumed = commitmentsConsumed
        self.paymentsVoted = paymentsVoted
        self.paymentsConsumed = paymentsConsumed
        self.perimeter = perimeter
        self.provisionalOn = provisionalOn
        self.isRounded = isRounded
        self.sources = sources
        self.body = body
        self.isDraft = isDraft
    }

    /// The four amounts in their table order, with their open-data names.
    package var amounts: [(name: String, value: Int?)] {
        [("ae_lfi", commitmentsVoted), ("ae_consommees", commitmentsConsumed), ("cp_lfi", paymentsVoted), ("cp_consommes", paymentsConsumed)]
    }
}
