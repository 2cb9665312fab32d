@testable import FTAPModel
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

/// The open data and the content say the same thing where they overlap: each column that comes
/// from a content key has the values, the type and the requirement `ContentSchema` gives that key
/// (the same description that drives validation, `ftap new`, the guide and the atelier's forms).
@Suite struct OpenDataSchemaAgreementTests {
    /// The columns computed from several keys or from the site, with no key of their own.
    static let derived = ["identifiant", "verse_eur", "dernier_versement", "rectificatifs", "dernier_rectificatif", "url"]

    /// Whether a key and every group it is under are required.
    static func isRequired(_ path: String, in schema: KindSchema) -> Bool {
        var level = schema.fields, required = true
        for part in path.split(separator: ".") {
            guard let field = level.first(where: { $0.key == part }) else { return false }
            required = required && field.isRequired
            level = field.children
        }
        return required
    }

    static func agree<Row>(_ columns: [DataTable<Row>.Column], with schema: KindSchema) throws {
        for column in columns {
            guard let key = column.key else {
                #expect(derived.contains(column.name), "the column \(column.name) names no content key")
                continue
            }
            let field = try #require(schema.field(at: key), "the column \(column.name) names \(key), which \(schema.table) does not have")
            switch field.form {
            case let .choice(choices):
                #expect(column.type == .string && column.enumValues == choices.map(\.value), "\(column.name)")
            case let .choices(choices):
                #expect(column.type == .string && column.pattern == ProjectTable.listPattern(choices.map(\.value)), "\(column.name)")
            case .euros:
                #expect(column.type == .integer && column.minimum == 0, "\(column.name)")
            case .year:
                #expect(column.type == .integer && column.minimum == 2017, "\(column.name)")
            case .date:
                #expect(column.type == .date, "\(column.name)")
            case .flag:
                #expect(column.type == .boolean && column.required, "\(column.name): true or false, never empty")
            case .text, .address:
                #expect(column.type == .string && column.enumValues == nil, "\(column.name)")
            default:
                Issue.record("the column \(column.name) comes from \(key), whose form no column type says")
            }
            #expect(!isRequired(key, in: schema) || column.required, "\(column.name): \(key) is required in every file, so the column is never empty")
        }
    }

    @Test func theProjectsTableAgreesWithTheSheetsKeys() throws {
        try Self.agree(ProjectTable.columns, with: ContentSchema.project)
    }

    @Test func theBudgetExecutionTableAgreesWithItsKeys() throws {
        try Self.agree(BudgetExecutionTable.columns, with: ContentSchema.budgetExecution)
    }
}
