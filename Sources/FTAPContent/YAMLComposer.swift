internal import CYAML

/// Builds the node tree of one YAML document from libyaml's events: every scalar is kept as text
/// (no tags are resolved: the decoders read the text), a key written twice in a mapping keeps its
/// first value and is listed with the place of each repeat and of its first writing, so one run
/// reports them all and says which value counts.
/// Aliases and tags never get here: `YAMLSafetyScan` refuses them first.
/// A class: it owns libyaml's parser, freed in `deinit`, for the length of one `compose`.
package final class YAMLComposer {
    /// What the document holds: its root (nil for an empty document) and every repeated key.
    struct Document {
        var root: YAMLNode?
        var repeatedKeys: [RepeatedKey]
    }

    /// A key written again in the same mapping: its name, the place of the repeat (left out of
    /// the tree) and the place of its first writing (kept, with its value).
    struct RepeatedKey: Equatable {
        var key: String
        var mark: YAMLMark
        var first: YAMLMark
    }

    /// Why the text is not YAML, in libyaml's words, at the place it gives: a mark, or for a
    /// character libyaml refuses to read (a control character) the offset of its byte.
    struct Failure: Error {
        enum Place {
            case mark(YAMLMark)
            case byteOffset(Int)
        }

        var problem: String
        var context: String?
        var place: Place
    }

    private var parser = yaml_parser_t()
    private var repeatedKeys: [RepeatedKey] = []

    /// Parses `text` (UTF-8, already checked).
    static func compose(_ text: String) throws(Failure) -> Document {
        var text = text
        let composer = YAMLComposer()
        let result = text.withUTF8 { bytes in
            Result { () throws(Failure) -> Document in try composer.run(bytes) }
        }
        return try result.get()
    }

    private init() {}

    deinit {
        yaml_parser_delete(&parser)
    }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Document {
        guard yaml_parser_initialize(&parser) == 1 else { throw Failure(problem: "memory", context: nil, place: .byteOffset(0)) }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return Document(root: nil, repeatedKeys: []) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_STREAM_START_EVENT else { return Document(root: nil, repeatedKeys: []) }
        let root = try document()
        return Document(root: root, repeatedKeys: repeatedKeys)
    }

    /// The first document's root; a second document is an error, as in a front matter it can only
    /// come from a stray `---` or `...` line.
    private func document() throws(Failure) -> YAMLNode? {
        var start = try next()
        defer { yaml_event_delete(&start) }
        guard start.type == YAML_DOCUMENT_START_EVENT else { return nil }
        var first = try next()
        let root = try node(from: &first, depth: 1)
        var end = try next()  // the document's end
        yaml_event_delete(&end)
        var after = try next()
        defer { yaml_event_delete(&after) }
        if after.type == YAML_DOCUMENT_START_EVENT {
            throw Failure(problem: "but found another document", context: "expected a single document in the stream",
                          place: .mark(Self.mark(after.start_mark)))
        }
        return root
    }

    /// The node an event starts; the event is freed here. Nesting is bounded (this recurses).
    private func node(from event: inout yaml_event_t, depth: Int) throws(Failure) -> YAMLNode {
        defer { yaml_event_delete(&event) }
        let mark = Self.mark(event.start_mark)
        if depth > YAMLSafetyScan.maximumDepth, event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT {
            throw Failure(problem: "Maximum nesting level reached", context: nil, place: .mark(mark))
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            return .scalar(.init(string: text, style: Self.style(scalar.style), mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                var item = try next()
                if item.type == YAML_SEQUENCE_END_EVENT {
                    yaml_event_delete(&item)
                    return .sequence(items, mark)
                }
                items.append(try node(from: &item, depth: depth + 1))
            }
        case YAML_MAPPING_START_EVENT:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: [String: YAMLMark] = [:]
            while true {
                var keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT {
                    yaml_event_delete(&keyEvent)
                    return .mapping(pairs, mark)
                }
                let key = try node(from: &keyEvent, depth: depth + 1)
                var valueEvent = try next()
                let value = try node(from: &valueEvent, depth: depth + 1)
                if let name = key.scalar?.string {
                    if let first = seen[name] {
                        repeatedKeys.append(RepeatedKey(key: name, mark: key.mark, first: first))
                        continue
                    }
                    seen[name] = key.mark
                }
                pairs.append((key, value))
            }
        default:
            // An alias (refused before parsing) or an event out of place: libyaml reports real
            // syntax errors itself, so this is only reached for an alias.
            throw Failure(problem: "found undefined alias", context: nil, place: .mark(mark))
        }
    }

    /// The next event, or libyaml's complaint.
    private func next() throws(Failure) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw failure() }
        return event
    }

    private func failure() -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax"
        let context = parser.context.map { String(cString: $0) }
        if parser.error == YAML_READER_ERROR {
            return Failure(problem: problem, context: context, place: .byteOffset(Int(parser.problem_offset)))
        }
        return Failure(problem: problem, context: context, place: .mark(Self.mark(parser.problem_mark)))
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
