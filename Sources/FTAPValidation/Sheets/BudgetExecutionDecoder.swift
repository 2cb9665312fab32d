import FTAPContent
import FTAPCore
import FTAPModel

/// Validates one year of budget execution (`content/execution-budgetaire/<annee>.md`).
package enum BudgetExecutionDecoder {
    static let amountKeys = ["ae_lfi", "ae_consommees", "cp_lfi", "cp_consommes"]
    static let keys = ContentSchema.budgetExecution.keys

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody,
                       context: ValidationContext) -> BudgetExecution? {
        let sink = reader.sink
        let year = reader.year("annee", required: true, from: context.firstCallYear, to: context.buildDate.year)
        if let year, slug != String(year) {
            sink.error(DiagnosticCode.yearNotFileName,
                       "« annee » vaut \(year) mais le fichier s'appelle « \(slug).md » : une année d'exécution budgétaire se range dans le fichier de son année, « execution-budgetaire/\(year).md »",
                       at: reader.value("annee", required: false).flatMap(reader.place))
        }
        let programme = reader.string("programme_budgetaire") ?? "349"
        let amounts = amountKeys.map { reader.euros($0) }
        if amountKeys.allSatisfy({ reader.value($0, required: false) == nil }) {
            sink.error(DiagnosticCode.missingKey,
                       "il manque les montants : au moins l'un de « ae_lfi », « ae_consommees », « cp_lfi », « cp_consommes » (en euros entiers, tels que les publie le rapport annuel de performances)",
                       at: reader.position)
        }
        let perimeter = reader.string("perimetre")
        let provisional = reader.date("provisoire")
        if let provisional, let year, provisional.year < year {
            sink.error(DiagnosticCode.invalidDate,
                       "« provisoire » date la lecture de chiffres partiels de \(year) : elle ne peut pas précéder l'année \(year) (trouvé : \(provisional.iso))",
                       at: reader.value("provisoire", required: false).flatMap(reader.place))
        }
        let isRounded = reader.bool("arrondi") ?? false
        let sources = ProjectSheetDecoder.decodeSources(reader)
        let isDraft = reader.bool("brouillon") ?? false
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)
        if reader.value("sources", required: true) != nil, sources.isEmpty, !sink.hasErrors {
            sink.error(DiagnosticCode.emptyValue, "« sources » est vide : des chiffres budgétaires citent le document qui les publie", at: reader.keyPlace("sources"))
        }
        guard let year, slug == String(year), !sources.isEmpty else { return nil }
        return BudgetExecution(slug: slug, file: file, year: year, budgetProgramme: programme,
                               commitmentsVoted: amounts[0], commitmentsConsumed: amounts[1], paymentsVoted: amounts[2],
                               paymentsConsumed: amounts[3], perimeter: perimeter, provisionalOn: provisional,
                               isRounded: isRounded, sources: sources, body: body, isDraft: isDraft)
    }
}
