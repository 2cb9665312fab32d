import Foundation

extension ProjectTable {
    /// The table in `dialect`: a header line, one line per project by name, CRLF line ends,
    /// quotes only where needed, quotes doubled.
    static func csv(_ projects: [ProjectSheet], baseURL: String, dialect: CSVDialect) -> String {
        let separator = String(dialect.delimiter)
        var lines = [columns.map { field($0.name, .string, dialect) }.joined(separator: separator)]
        for project in projects.sorted(by: { $0.slug < $1.slug }) {
            lines.append(columns.map { field($0.value(project, baseURL), $0.type, dialect) }.joined(separator: separator))
        }
        return (dialect.byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field. A decimal number takes the dialect's decimal mark. A text starting with
    /// « = + - @ », a tab or a carriage return is run as a formula by spreadsheets (CSV
    /// injection): it gets a leading « ' », as OWASP advises.
    /// Read as bytes: the delimiter and the characters looked for are ASCII.
    static func field(_ raw: String, _ type: FieldType, _ dialect: CSVDialect) -> String {
        let value = type == .number && dialect.decimalMark != "." && raw.utf8.contains(0x2E)
            ? raw.replacingOccurrences(of: ".", with: String(dialect.decimalMark)) : raw
        let text = value.utf8.first.map { "=+-@\t\r".utf8.contains($0) } == true ? "'" + value : value
        let delimiter = dialect.delimiter.asciiValue
        guard text.utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
