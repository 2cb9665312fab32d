import FTAPCore

/// An open-data table: its columns are defined once and give its CSV, its frictionless Table
/// Schema and its description on the open-data page.
struct DataTable<Row>: Sendable {
    /// The Table Schema type of a column, and how the open-data page names it in French.
    enum FieldType: String, Sendable {
        case string, integer, number, date, boolean

        /// « texte », « nombre entier »…: the type as a reader of the open-data page calls it.
        var label: String {
            switch self {
            case .string: "texte"
            case .integer: "nombre entier"
            case .number: "nombre décimal"
            case .date: "date (AAAA-MM-JJ)"
            case .boolean: "oui ou non (true ou false)"
            }
        }
    }

    /// One column: its name, type, description and constraints, and how a row gives its value
    /// (the second argument is the site's base address).
    struct Column: Sendable {
        var name: String
        var type: FieldType
        var description: String
        var required = false
        var enumValues: [String]? = nil
        var minimum: Int? = nil
        var pattern: String? = nil
        var format: String? = nil
        /// The content key the column comes from (`porteur.type`), whose description in
        /// `ContentSchema` its values, type and requirement must agree with (tested).
        var key: String? = nil
        var value: @Sendable (Row, String) -> String
    }

    let columns: [Column]
    /// The Table Schema's title.
    let title: String
    /// « Une ligne par projet publié »: what a row is, for the schema's description.
    let rows: String
    /// The column that names a row.
    let primaryKey: String

    /// The table in `dialect`: a header line, one line per row in the order given, CRLF line ends,
    /// quotes only where needed, quotes doubled.
    func csv(_ items: [Row], baseURL: String, dialect: CSVDialect) -> String {
        let separator = String(dialect.delimiter)
        var lines = [columns.map { Self.field($0.name, .string, dialect) }.joined(separator: separator)]
        for item in items {
            lines.append(columns.map { Self.field($0.value(item, baseURL), $0.type, dialect) }.joined(separator: separator))
        }
        return (dialect.byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field. A decimal number takes the dialect's decimal mark. A text starting with
    /// « = + - @ », a tab or a carriage return is run as a formula by spreadsheets (CSV
    /// injection): it gets a leading « ' », as OWASP advises.
    /// Read and written as bytes: the delimiter and the characters looked for are ASCII, and a
    /// quote followed by a combining mark (one character for Swift's strings) is still a quote
    /// for a CSV reader, so it is doubled byte by byte.
    static func field(_ raw: String, _ type: FieldType, _ dialect: CSVDialect) -> String {
        let decimalMark = dialect.decimalMark.asciiValue ?? 0x2E
        var bytes = Array(raw.utf8)
        if type == .number { bytes = bytes.map { $0 == 0x2E ? decimalMark : $0 } }
        if let first = bytes.first, "=+-@\t\r".utf8.contains(first) { bytes.insert(0x27, at: 0) }
        let delimiter = dialect.delimiter.asciiValue
        guard bytes.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(0x22) }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// The frictionless Table Schema of the CSV written in `dialect`: the same columns, with the
    /// dialect's decimal mark on the columns of decimal numbers.
    func tableSchema(baseURL: String, buildDate: ContentDate, dialect: CSVDialect) -> String {
        let fields = columns.map { column -> String in
            var constraints: [String] = []
            if column.required { constraints.append("\"required\": true") }
            if let minimum = column.minimum { constraints.append("\"minimum\": \(minimum)") }
            if let values = column.enumValues { constraints.append("\"enum\": [\(values.map(JSONText.quote).joined(separator: ", "))]") }
            if let pattern = column.pattern { constraints.append("\"pattern\": \(JSONText.quote(pattern))") }
            var parts = ["\"name\": \(JSONText.quote(column.name))", "\"type\": \(JSONText.quote(column.type.rawValue))",
                         "\"description\": \(JSONText.quote(column.description))"]
            if let format = column.format { parts.append("\"format\": \(JSONText.quote(format))") }
            if column.type == .number { parts.append("\"decimalChar\": \(JSONText.quote(String(dialect.decimalMark)))") }
            if column.type == .boolean { parts.append("\"trueValues\": [\"true\"], \"falseValues\": [\"false\"]") }
            if !constraints.isEmpty { parts.append("\"constraints\": {\(constraints.joined(separator: ", "))}") }
            return "    {" + parts.joined(separator: ", ") + "}"
        }
        return """
        {
          "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
          "name": "\(dialect.schemaName)",
          "title": \(JSONText.quote(title)),
          "description": \(JSONText.quote("\(rows) \(baseURL)/ ; fichier \(dialect.file.url) : \(dialect.description)")),
          "countryCode": "FR",
          "homepage": "\(baseURL)/donnees/",
          "path": "\(baseURL)\(dialect.schema.url)",
          "licenses": [{"name": "etalab-2.0", "title": "Licence Ouverte / Open Licence version 2.0", "path": "https://spdx.org/licenses/etalab-2.0.html"}],
          "lastModified": "\(buildDate.iso)",
          "missingValues": [""],
          "primaryKey": [\(JSONText.quote(primaryKey))],
          "fields": [
        \(fields.joined(separator: ",\n"))
          ]
        }

        """
    }
}
