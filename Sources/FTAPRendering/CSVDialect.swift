import FTAPPlan

/// One way of writing the projects table as CSV: for programs (RFC 4180) or for a French
/// spreadsheet, which reads a comma as the decimal mark, splits cells on semicolons and takes a
/// file without a byte-order mark for an old 8-bit encoding.
package struct CSVDialect: Sendable {
    /// The file written in this dialect, and the Table Schema that describes it.
    let file: SitePlan.DataFile
    let schema: SitePlan.DataFile
    /// The `name` of its Table Schema.
    let schemaName: String
    let delimiter: Character
    /// The decimal mark of the columns of decimal numbers.
    let decimalMark: Character
    /// Whether the file starts with U+FEFF, which spreadsheets take as « this is UTF-8 ».
    let byteOrderMark: Bool
    /// The format in French, for the open-data page and the schema's description.
    let description: String

    /// `projets.csv`, for programs: RFC 4180 as OpenDataFrance advises it.
    static let rfc4180 = CSVDialect(file: .projectsCSV, schema: .tableSchema, schemaName: "ftap-projets",
                                    delimiter: ",", decimalMark: ".", byteOrderMark: false,
                                    description: "CSV (UTF-8, séparateur virgule, point décimal, fins de ligne CRLF, RFC 4180)")
    /// `projets-tableur.csv`, which a French spreadsheet opens in columns with its accents.
    static let spreadsheet = CSVDialect(file: .projectsSpreadsheetCSV, schema: .spreadsheetTableSchema, schemaName: "ftap-projets-tableur",
                                        delimiter: ";", decimalMark: ",", byteOrderMark: true,
                                        description: "CSV pour tableur (UTF-8 avec indicateur d'ordre des octets, séparateur point-virgule, virgule décimale, fins de ligne CRLF)")
}
