import FTAPModel

extension ProjectTable {
    /// The table in `dialect`, one line per project by name.
    static func csv(_ projects: [ProjectSheet], baseURL: String, dialect: CSVDialect) -> String {
        table.csv(projects.sorted(by: { $0.slug < $1.slug }), baseURL: baseURL, dialect: dialect)
    }

    /// One CSV field (`DataTable.field`).
    static func field(_ raw: String, _ type: FieldType, _ dialect: CSVDialect) -> String {
        DataTable<ProjectSheet>.field(raw, type, dialect)
    }
}
