/// What the State's budget documents say was voted and consumed in one year on the fund's budget
/// programme, from `content/execution-budgetaire/<annee>.md`: the paid side of the fund, beside
/// the laureates announced. From 2022 the programme pays more than the fund: `perimeter` says so.
struct BudgetExecution: Sendable, Hashable {
    var slug: String
    var file: String
    /// The budget year (`annee`), also the file's name.
    var year: Int
    /// The budget programme (`programme_budgetaire`), « 349 » when absent.
    var budgetProgramme: String
    /// Commitment authorisations voted in the initial budget law (`ae_lfi`), euros.
    var commitmentsVoted: Int?
    /// Commitment authorisations consumed (`ae_consommees`), euros.
    var commitmentsConsumed: Int?
    /// Payment credits voted in the initial budget law (`cp_lfi`), euros.
    var paymentsVoted: Int?
    /// Payment credits consumed (`cp_consommes`), euros.
    var paymentsConsumed: Int?
    /// What the figures cover when it is more than the fund (`perimetre`).
    var perimeter: String?
    /// The figures are partial, read at that date (`provisoire`).
    var provisionalOn: ContentDate?
    /// The source gives the amounts rounded (« 103 millions d'euros »): they are shown as such (`arrondi`).
    var isRounded: Bool
    var sources: [SourceLink]
    var body: MarkdownBody
    /// Not published yet (`brouillon`).
    var isDraft = false

    /// The four amounts in their table order, with their open-data names.
    var amounts: [(name: String, value: Int?)] {
        [("ae_lfi", commitmentsVoted), ("ae_consommees", commitmentsConsumed), ("cp_lfi", paymentsVoted), ("cp_consommes", paymentsConsumed)]
    }
}
