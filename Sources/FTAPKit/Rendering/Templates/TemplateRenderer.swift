/// Writes a template with a value, Mustache's way: names are looked up from the innermost value
/// outwards; a list section repeats for each item, a flag section shows when true, any other
/// value is entered; partials and parent templates come from the same set of templates.
struct TemplateRenderer {
    /// Every template by name (`layout`, `partials/project-card`, …).
    let templates: [String: Template]

    /// Where a template is being written: the values entered so far, the indentation of the
    /// partial or block being written, the blocks a child gives its parent, the escaping. One
    /// context per page, changed on the way in and restored on the way out of each section.
    struct Context {
        var stack: [TemplateValue]
        var indentation: [UInt8] = []
        var overrides: [String: Template] = [:]
        var escaping: TemplateEscaping = .html
    }

    /// The bytes (UTF-8) of `template` written with `value`: pages go to their files as bytes,
    /// so they are written as bytes, with no text to grow and check on the way.
    func render(_ template: Template, with value: TemplateValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        var context = Context(stack: [value])
        write(template, &context, into: &output)
        return output
    }

    /// Writes a template: its pragmas last until its end; indented (a partial or block alone on
    /// its line), each node that starts a new line of this template's own text is indented. Nodes
    /// are written straight into the page: an indentation goes in front of a node's own bytes.
    private func write(_ template: Template, _ context: inout Context, into output: inout [UInt8]) {
        let escaping = context.escaping
        defer { context.escaping = escaping }
        template.text.withUnsafeBufferPointer { text in
            template.nodes.withUnsafeBufferPointer { nodes in
                guard !context.indentation.isEmpty else {
                    for index in nodes.indices { write(nodes[index], text, &context, into: &output) }
                    return
                }
                let start = output.count
                for index in nodes.indices {
                    let startsLine = Self.endsWithLineFeed(output, from: start)
                    let before = output.count
                    write(nodes[index], text, &context, into: &output)
                    if startsLine, output.count > before {
                        output.insert(contentsOf: context.indentation, at: before)
                    }
                }
            }
        }
    }

    private func write(_ node: TemplateNode, _ text: UnsafeBufferPointer<UInt8>, _ context: inout Context, into output: inout [UInt8]) {
        switch node {
        case let .text(range):
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
        case let .variable(name, escaped, place):
            guard let value = lookUp(name, in: context) else { return }
            if escaped && context.escaping != .none {
                place.append(value.shownText, to: &output)
            } else {
                output += value.shownText.utf8
            }
        case let .section(name, body, inverted):
            let value = lookUp(name, in: context)
            if inverted {
                if isEmpty(value) { write(body, &context, into: &output) }
                return
            }
            switch value {
            case nil, .flag(false)?: break
            case .flag(true)?: write(body, &context, into: &output)
            case let .list(items)?: for item in items { write(body, entering: item, &context, into: &output) }
            case let value?: write(body, entering: value, &context, into: &output)
            }
        case let .partial(name, indentation, overrides):
            guard let template = templates[name] else { return }
            let saved = (context.indentation, context.overrides, context.escaping)
            defer { (context.indentation, context.overrides, context.escaping) = saved }
            context.indentation += indentation?.utf8 ?? "".utf8
            context.escaping = .html
            if overrides == nil, case let .shared(shared)? = context.stack.last {
                let indentation = context.indentation
                output += shared.partial(name, indentation: indentation) {
                    var own = Context(stack: [.shared(shared)], indentation: indentation)
                    var bytes: [UInt8] = []
                    write(template, &own, into: &bytes)
                    return bytes
                }
                return
            }
            if let overrides {
                // The outer template's blocks win over those of the templates it uses.
                context.overrides.merge(overrides) { outer, _ in outer }
            }
            write(template, &context, into: &output)
        case let .block(name, fallback, indentation):
            let saved = context.indentation
            defer { context.indentation = saved }
            context.indentation += indentation.utf8
            write(context.overrides[name] ?? fallback, &context, into: &output)
        case .blockDefinition:
            break
        case let .escaping(escaping):
            context.escaping = escaping
        }
    }

    private func write(_ template: Template, entering value: TemplateValue, _ context: inout Context, into output: inout [UInt8]) {
        context.stack.append(value)
        defer { context.stack.removeLast() }
        write(template, &context, into: &output)
    }

    /// Whether what this template wrote so far (from `start`) ends a line: its last character is a
    /// line feed alone (a CRLF is one character, which is not).
    private static func endsWithLineFeed(_ output: [UInt8], from start: Int) -> Bool {
        let count = output.count - start
        return count > 0 && output[output.count - 1] == 0x0A && (count < 2 || output[output.count - 2] != 0x0D)
    }

    private func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false)?: true
        case let .list(items)?: items.isEmpty
        default: false
        }
    }

    /// `.` is the current value; `a.b` finds `a` in the innermost value that has it, then `b` in it.
    private func lookUp(_ name: TemplateName, in context: Context) -> TemplateValue? {
        guard let first = name.parts.first else { return context.stack.last }
        var found: TemplateValue?
        if name.fromCurrentOnly {
            found = context.stack.last.flatMap { child(first, of: $0) }
        } else {
            for value in context.stack.reversed() {
                if let child = child(first, of: value) {
                    found = child
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            found = found.flatMap { child(part, of: $0) }
        }
        return found
    }

    private func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        switch value {
        case let .object(values): values[name]
        case let .shared(shared): shared.values[name]
        default: nil
        }
    }
}
