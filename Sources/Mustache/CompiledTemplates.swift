/// A set of templates compiled for writing: every node of every template in one flat list of
/// operations that hold numbers only (ranges, indexes), so walking a template copies no
/// reference and retains nothing; a section's or a block's body follows its operation, up to
/// its `end`. Names, indentations and the blocks given to parent templates are in tables the
/// operations point into. Made once per build from the parsed `Template`s.
package struct CompiledTemplates: Sendable {
    /// One operation; a body is the operations after it up to `end` (exclusive).
    enum Operation: Sendable {
        /// Bytes of `text` written as they are.
        case text(start: Int32, end: Int32)
        /// `{{name}}` or `{{{name}}}`: `name` indexes `names`.
        case variable(name: Int32, escaped: Bool, place: VariablePlace)
        /// `{{#name}}` or `{{^name}}`, its body up to `end`.
        case section(name: Int32, inverted: Bool, end: Int32)
        /// `{{>name}}` or `{{<name}}`: `template` indexes `entries` (-1: no such template),
        /// `indentation` indexes `indentations`, `overrides` indexes `overrideSets` (-1: none);
        /// the bodies of the blocks it gives follow it, up to `end`.
        case partial(template: Int32, indentation: Int32, overrides: Int32, end: Int32)
        /// `{{$name}}`: the block `name` (indexes `blockNames`) given by a child, else the
        /// default body up to `end`.
        case block(name: Int32, indentation: Int32, end: Int32)
        /// A block given to a parent template: written only where the parent asks for it.
        case blockDefinition(end: Int32)
        case escaping(TemplateEscaping)
    }

    /// A dotted name: its parts are `parts[first ..< first + count]`.
    struct Name: Sendable {
        var first: Int32
        var count: Int32
        var fromCurrentOnly: Bool
    }

    /// The blocks a child gives its parent: each block name (indexes `blockNames`) with its body.
    typealias Overrides = [(name: Int32, body: Range<Int32>)]

    private(set) var operations: [Operation] = []
    private(set) var text: [UInt8] = []
    private(set) var names: [Name] = []
    private(set) var parts: [String] = []
    /// Indentations as bytes; 0 is no indentation.
    private(set) var indentations: [[UInt8]] = [[]]
    private(set) var overrideSets: [Overrides] = []
    /// Each template's body, in the order of their names (`layout`, `partials/project-card`, …).
    private(set) var entries: [Range<Int32>] = []
    private var templateIndex: [String: Int32] = [:]
    private var blockIndex: [String: Int32] = [:]
    private var nameIndex: [String: Int32] = [:]

    /// Compiles every template of the set.
    init(_ templates: [String: Template]) {
        let sorted = templates.sorted { $0.key < $1.key }
        for (index, name) in sorted.map(\.key).enumerated() { templateIndex[name] = Int32(index) }
        for (_, template) in sorted {
            let body = append(template)
            entries.append(body)
        }
    }

    /// The index of the template `name` in `entries`.
    func entry(_ name: String) -> Int32? {
        templateIndex[name]
    }

    /// Compiles one more template (a template not in the set, rendered with the set's partials)
    /// and gives its body.
    mutating func append(_ template: Template) -> Range<Int32> {
        let start = Int32(operations.count)
        let textBase = Int32(text.count)
        text += template.text
        for node in template.nodes {
            switch node {
            case let .text(range):
                operations.append(.text(start: textBase + Int32(range.lowerBound), end: textBase + Int32(range.upperBound)))
            case let .variable(name, escaped, place):
                operations.append(.variable(name: intern(name), escaped: escaped, place: place))
            case let .section(name, body, inverted):
                let at = opening(.blockDefinition(end: 0))
                _ = append(body)
                operations[at] = .section(name: intern(name), inverted: inverted, end: Int32(operations.count))
            case let .partial(name, indentation, overrides):
                let at = opening(.blockDefinition(end: 0))
                var given: Overrides = []
                for (block, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) {
                    given.append((name: blockName(block), body: append(body)))
                }
                var overridesIndex: Int32 = -1
                if overrides != nil {
                    overridesIndex = Int32(overrideSets.count)
                    overrideSets.append(given)
                }
                operations[at] = .partial(template: templateIndex[name] ?? -1, indentation: indentationIndex(indentation),
                                          overrides: overridesIndex, end: Int32(operations.count))
            case let .block(name, fallback, indentation):
                let at = opening(.blockDefinition(end: 0))
                _ = append(fallback)
                operations[at] = .block(name: blockName(name), indentation: indentationIndex(indentation), end: Int32(operations.count))
            case let .blockDefinition(_, body):
                let at = opening(.blockDefinition(end: 0))
                _ = append(body)
                operations[at] = .blockDefinition(end: Int32(operations.count))
            case let .escaping(escaping):
                operations.append(.escaping(escaping))
            }
        }
        return start..<Int32(operations.count)
    }

    /// Appends a placeholder for an operation whose body follows; gives its index.
    private mutating func opening(_ placeholder: Operation) -> Int {
        operations.append(placeholder)
        return operations.count - 1
    }

    private mutating func intern(_ name: TemplateName) -> Int32 {
        let key = (name.fromCurrentOnly ? "." : "") + name.parts.joined(separator: ".")
        if let index = nameIndex[key] { return index }
        let index = Int32(names.count)
        names.append(Name(first: Int32(parts.count), count: Int32(name.parts.count), fromCurrentOnly: name.fromCurrentOnly))
        parts += name.parts
        nameIndex[key] = index
        return index
    }

    private mutating func blockName(_ name: String) -> Int32 {
        if let index = blockIndex[name] { return index }
        let index = Int32(blockIndex.count)
        blockIndex[name] = index
        return index
    }

    private mutating func indentationIndex(_ indentation: String?) -> Int32 {
        guard let indentation, !indentation.isEmpty else { return 0 }
        indentations.append(Array(indentation.utf8))
        return Int32(indentations.count - 1)
    }
}
