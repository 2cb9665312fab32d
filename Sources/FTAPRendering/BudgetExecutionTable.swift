import FTAPModel

/// The open-data table of the budget execution (`/donnees/execution-budgetaire.csv`): one row per
/// year, amounts in whole euros as the budget documents print them.
enum BudgetExecutionTable {
    typealias Column = DataTable<BudgetExecution>.Column

    static let table = DataTable<BudgetExecution>(
        columns: columns, title: "Exécution budgétaire du programme du Fonds pour la transformation de l'action publique",
        rows: "Une ligne par année d'exécution budgétaire publiée sur", primaryKey: "annee")

    /// The CSV file, for programs (RFC 4180), as `projets.csv`.
    static let dialect = CSVDialect(file: .budgetExecutionCSV, schema: .budgetExecutionSchema, schemaName: "ftap-execution-budgetaire",
                                    delimiter: ",", decimalMark: ".", byteOrderMark: false,
                                    description: CSVDialect.rfc4180.description)

    static let columns: [Column] = [
        Column(name: "annee", type: .integer, description: "Année budgétaire", required: true, minimum: 2017, key: "annee") { e, _ in String(e.year) },
        Column(name: "programme_budgetaire", type: .string, description: "Programme du budget de l'État (349 pour le fonds)", required: true, key: "programme_budgetaire") { e, _ in e.budgetProgramme },
        Column(name: "ae_lfi", type: .integer, description: "Autorisations d'engagement votées en loi de finances initiale, en euros ; vide quand aucune source lue ne les donne", minimum: 0, key: "ae_lfi") { e, _ in amount(e.commitmentsVoted) },
        Column(name: "ae_consommees", type: .integer, description: "Autorisations d'engagement consommées, en euros ; partielles quand provisoire est rempli", minimum: 0, key: "ae_consommees") { e, _ in amount(e.commitmentsConsumed) },
        Column(name: "cp_lfi", type: .integer, description: "Crédits de paiement votés en loi de finances initiale, en euros", minimum: 0, key: "cp_lfi") { e, _ in amount(e.paymentsVoted) },
        Column(name: "cp_consommes", type: .integer, description: "Crédits de paiement consommés, en euros ; partiels quand provisoire est rempli", minimum: 0, key: "cp_consommes") { e, _ in amount(e.paymentsConsumed) },
        Column(name: "arrondi", type: .boolean, description: "true quand la source publie ces montants arrondis (« 103 millions d'euros ») : ils ne sont pas exacts à l'euro", required: true, key: "arrondi") { e, _ in e.isRounded ? "true" : "false" },
        Column(name: "provisoire", type: .date, description: "Date à laquelle des chiffres partiels de l'année ont été lus ; vide pour une année close", key: "provisoire") { e, _ in e.provisionalOn?.iso ?? "" },
        Column(name: "perimetre", type: .string, description: "Ce que couvrent les chiffres quand le programme paie plus que le fonds (depuis 2022, les crédits de la DITP)", key: "perimetre") { e, _ in e.perimeter ?? "" },
        Column(name: "sources", type: .string, description: "Adresses des documents lus, séparées par une espace", required: true,
               pattern: #"^(https?://\S+( https?://\S+)*)?$"#, key: "sources.url") { e, _ in e.sources.map(\.url).joined(separator: " ") },
    ]

    private static func amount(_ value: Int?) -> String { value.map(String.init) ?? "" }
}
