import Foundation
@testable import Mustache
import Testing

/// The official Mustache specification's cases (`Specification/`, from github.com/mustache/spec,
/// MIT licence, commit 9cb20c3 of January 2025), every one of them: the engine renders each
/// exactly as the specification expects, or refuses it when the templates are read (a parser
/// failure or a `TemplateGraphCheck` problem, each at its line). A case rendered differently
/// from the specification, silently, fails; so does a refusal not listed below, or a listed
/// refusal the engine accepts. The lambdas' cases are not here: a `TemplateValue` holds no code.
@Suite struct SpecificationTests {
    /// The cases the engine refuses on purpose, by file and name, and why.
    static let refused: [String: String] = [
        "delimiters: Indented Standalone Tag": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Inverted Sections": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Outlying Whitespace (Inline)": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Pair Behavior": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Pair with Padding": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Partial Inheritence": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Post-Partial Behavior": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Sections": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Special Characters": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Standalone Line Endings": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Standalone Tag": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Standalone Without Newline": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Standalone Without Previous Line": "set delimiters are refused: the templates are written with {{ }} only",
        "delimiters: Surrounding Whitespace": "set delimiters are refused: the templates are written with {{ }} only",
        "partials: Recursion": "a template that calls itself is refused: a page built from it could never end",
        "~dynamic-names: Basic Behavior - Name Resolution": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Basic Behavior - Partial": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Context Misses - Partial": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Context": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted Names - Failed Lookup": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted Names - Operator Precedence": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted Names": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted names - Context Stacking Failed Lookup": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted names - Context Stacking Under Repetition": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dotted names - Context Stacking": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dynamic Names - Composed Dereferencing": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Dynamic Names - Double Dereferencing": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Failed Lookup - Partial": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Inline Indentation": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Padding Whitespace": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Recursion": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Standalone Indentation": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Standalone Line Endings": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Standalone Without Newline": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Standalone Without Previous Line": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~dynamic-names: Surrounding Whitespace": "dynamic partial names are refused: every partial a page calls is known when the templates are read",
        "~inheritance: Multi-level inheritance": "a block given twice down a chain of parents is refused: the inner one would be silently ignored",
        "~inheritance: Multi-level inheritance, no sub child": "a block given twice down a chain of parents is refused: the inner one would be silently ignored",
        "~inheritance: Recursion": "a template that calls itself is refused: a page built from it could never end",
    ]

    /// A value of a case's data, as the specification's JSON writes it.
    enum Data: Decodable {
        case null, flag(Bool), integer(Int), decimal(Double), text(String), list([Data]), object([String: Data])

        init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { self = .null }
            else if let flag = try? value.decode(Bool.self) { self = .flag(flag) }
            else if let integer = try? value.decode(Int.self) { self = .integer(integer) }
            else if let decimal = try? value.decode(Double.self) { self = .decimal(decimal) }
            else if let text = try? value.decode(String.self) { self = .text(text) }
            else if let list = try? value.decode([Data].self) { self = .list(list) }
            else { self = .object(try value.decode([String: Data].self)) }
        }

        /// The engine's value; numbers as the text the specification expects them to write,
        /// and a null as a name that is not there.
        var templateValue: TemplateValue? {
            switch self {
            case .null: nil
            case let .flag(flag): .flag(flag)
            case let .integer(integer): .text(String(integer))
            case let .decimal(decimal): .text(String(decimal))
            case let .text(text): .text(text)
            case let .list(items): .list(items.compactMap(\.templateValue))
            case let .object(values): .object(values.compactMapValues(\.templateValue))
            }
        }
    }

    struct Case: Decodable {
        var name: String
        var data: Data
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    struct File: Decodable {
        var tests: [Case]
    }

    enum Outcome: Equatable {
        case rendered(String)
        case refused(String)
    }

    static func outcome(of test: Case) -> Outcome {
        var templates: [String: Template] = [:]
        do {
            for (name, text) in test.partials ?? [:] { templates[name] = try TemplateParser.parse(text) }
            templates["main"] = try TemplateParser.parse(test.template)
        } catch {
            return .refused("\(error.line):\(error.column) \(error.message)")
        }
        if let problem = TemplateGraphCheck.firstProblem(templates) { return .refused("\(problem)") }
        do {
            let bytes = try TemplateRenderer(templates: templates).render(named: "main", with: test.data.templateValue ?? .object([:]))
            return .rendered(String(decoding: bytes ?? [], as: UTF8.self))
        } catch {
            return .refused("\(error)")
        }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specification")

    @Test("Every case of the specification is rendered as it says or refused on purpose", arguments: [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names",
    ])
    func specification(file: String) throws {
        let data = try Foundation.Data(contentsOf: Self.folder.appendingPathComponent("\(file).json"))
        let cases = try JSONDecoder().decode(File.self, from: data).tests
        #expect(!cases.isEmpty)
        for test in cases {
            let key = "\(file): \(test.name)"
            switch (Self.outcome(of: test), Self.refused[key]) {
            case let (.rendered(output), nil):
                #expect(output == test.expected, "\(key): rendered \(output.debugDescription), expected \(test.expected.debugDescription)")
            case (.rendered, _?):
                Issue.record("\(key): listed as refused, but rendered")
            case let (.refused(why), nil):
                Issue.record("\(key): refused (\(why)) but not listed")
            case (.refused, _?):
                break
            }
        }
    }
}
