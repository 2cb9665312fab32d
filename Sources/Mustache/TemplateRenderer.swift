/// Writes a template with a value, Mustache's way: names are looked up from the innermost value
/// outwards; a list section repeats for each item, a flag section shows when true, any other
/// value is entered; partials and parent templates come from the same set of templates. It
/// walks the templates compiled once (`CompiledTemplates`), which hold no references.
package struct TemplateRenderer: Sendable {
    private let compiled: CompiledTemplates
    /// The size past which a page is a failure (`maximumPageBytes` unless a test gives less).
    private let pageLimit: Int

    /// A renderer of every template by name (`layout`, `partials/project-card`, …).
    package init(templates: [String: Template], maximumPageBytes: Int = TemplateRenderer.maximumPageBytes) {
        compiled = CompiledTemplates(templates)
        pageLimit = maximumPageBytes
    }

    /// Where a template is being written: the values entered so far, the indentation of the
    /// partial or block being written, the blocks a child gives its parent, the escaping. One
    /// context per page, changed on the way in and restored on the way out of each section.
    private struct Context {
        var stack: [TemplateValue]
        var indentation: [UInt8] = []
        var overrides: CompiledTemplates.Overrides = []
        var escaping: TemplateEscaping = .html
        /// Partials and blocks entered one in another.
        var depth = 0
        /// Set when the page cannot be finished; nothing more is written.
        var failure: Failure?
    }

    /// Why a page could not be written. The checks made when templates are read refuse every
    /// template that calls itself; these bounds hold whatever the templates and values.
    package enum Failure: Error, Equatable {
        /// The page would exceed `maximumPageBytes` (sections repeated inside one another).
        case pageTooLarge
        /// Partials and blocks nested deeper than `maximumDepth`.
        case tooDeep
    }

    /// Far above any page (the list of 10,000 sheets is a few megabytes), far below what a
    /// build's memory holds.
    package static let maximumPageBytes = 256 << 20
    /// Partials and blocks entered one in another; real templates use fewer than ten.
    package static let maximumDepth = 200

    /// The bytes (UTF-8) of the template `name` written with `value`; nil when the set has no
    /// such template. Pages go to their files as bytes, so they are written as bytes.
    package func render(named name: String, with value: TemplateValue) throws(Failure) -> [UInt8]? {
        guard let entry = compiled.entry(name) else { return nil }
        return try Writer(compiled: compiled, pageLimit: pageLimit).render(compiled.entries[Int(entry)], with: value)
    }

    /// The bytes of `template`, which need not be in the set, written with `value` (its partials
    /// come from the set).
    func render(_ template: Template, with value: TemplateValue) throws(Failure) -> [UInt8] {
        var compiled = compiled
        let body = compiled.append(template)
        return try Writer(compiled: compiled, pageLimit: pageLimit).render(body, with: value)
    }

    /// One page's writing over the compiled templates.
    private struct Writer {
        let compiled: CompiledTemplates
        let pageLimit: Int

        func render(_ body: Range<Int32>, with value: TemplateValue) throws(Failure) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(16_384)
            var context = Context(stack: [value])
            compiled.operations.withUnsafeBufferPointer { operations in
                compiled.text.withUnsafeBufferPointer { text in
                    let program = Program(operations: operations, text: text)
                    write(body, program, &context, into: &output)
                }
            }
            if let failure = context.failure { throw failure }
            return output
        }

        private struct Program {
            let operations: UnsafeBufferPointer<CompiledTemplates.Operation>
            let text: UnsafeBufferPointer<UInt8>
        }

        /// Writes a body (a template, a section's or a block's): its pragmas last until its end;
        /// indented (a partial or block alone on its line), each operation that starts a new line
        /// of this body's own text is indented.
        private func write(_ body: Range<Int32>, _ program: Program, _ context: inout Context, into output: inout [UInt8]) {
            let escaping = context.escaping
            defer { context.escaping = escaping }
            var index = Int(body.lowerBound)
            let end = Int(body.upperBound)
            guard !context.indentation.isEmpty else {
                while index < end, context.failure == nil {
                    index = write(at: index, program, &context, into: &output)
                    checkSize(output, &context)
                }
                return
            }
            let start = output.count
            while index < end, context.failure == nil {
                let startsLine = Self.endsWithLineFeed(output, from: start)
                let before = output.count
                index = write(at: index, program, &context, into: &output)
                if startsLine, output.count > before {
                    output.insert(contentsOf: context.indentation, at: before)
                }
                checkSize(output, &context)
            }
        }

        private func checkSize(_ output: [UInt8], _ context: inout Context) {
            if output.count > pageLimit { context.failure = .pageTooLarge }
        }

        /// Counts one more partial or block entered; false, with the failure set, past the limit.
        private func enter(_ context: inout Context) -> Bool {
            guard context.depth < TemplateRenderer.maximumDepth else {
                context.failure = .tooDeep
                return false
            }
            context.depth += 1
            return true
        }

        /// Writes the operation at `index`; gives the index of the next one (after its body).
        private func write(at index: Int, _ program: Program, _ context: inout Context, into output: inout [UInt8]) -> Int {
            switch program.operations[index] {
            case let .text(start, end):
                output.append(contentsOf: UnsafeBufferPointer(rebasing: program.text[Int(start)..<Int(end)]))
            case let .variable(name, escaped, place):
                guard let value = lookUp(name, in: context) else { break }
                if escaped && context.escaping != .none {
                    place.append(value.shownText, to: &output)
                } else {
                    output += value.shownText.utf8
                }
            case let .section(name, inverted, end):
                let body = Int32(index + 1)..<end
                let value = lookUp(name, in: context)
                if inverted {
                    if Self.isEmpty(value) { write(body, program, &context, into: &output) }
                    return Int(end)
                }
                switch value {
                case nil, .flag(false)?: break
                case .flag(true)?: write(body, program, &context, into: &output)
                case let .list(items)?: for item in items { write(body, entering: item, program, &context, into: &output) }
                case let value?: write(body, entering: value, program, &context, into: &output)
                }
                return Int(end)
            case let .partial(template, indentation, overrides, end):
                writePartial(template, indentation: indentation, overrides: overrides, program, &context, into: &output)
                return Int(end)
            case let .block(name, indentation, end):
                let saved = (context.indentation, context.depth)
                defer { (context.indentation, context.depth) = saved }
                guard enter(&context) else { return Int(end) }
                context.indentation += compiled.indentations[Int(indentation)]
                let given = context.overrides.first { $0.name == name }?.body
                write(given ?? Int32(index + 1)..<end, program, &context, into: &output)
                return Int(end)
            case let .blockDefinition(end):
                return Int(end)
            case let .escaping(escaping):
                context.escaping = escaping
            }
            return index + 1
        }

        private func writePartial(_ template: Int32, indentation: Int32, overrides: Int32, _ program: Program,
                                  _ context: inout Context, into output: inout [UInt8]) {
            guard template >= 0 else { return }
            let body = compiled.entries[Int(template)]
            let saved = (context.indentation, context.overrides, context.escaping, context.depth)
            defer { (context.indentation, context.overrides, context.escaping, context.depth) = saved }
            guard enter(&context) else { return }
            context.indentation += compiled.indentations[Int(indentation)]
            context.escaping = .html
            if overrides < 0, case let .shared(shared)? = context.stack.last {
                let indentation = context.indentation
                var failure: Failure?
                let bytes = shared.partial(.init(template: template, indentation: indentation)) {
                    var own = Context(stack: [.shared(shared)], indentation: indentation, depth: context.depth)
                    var bytes: [UInt8] = []
                    write(body, program, &own, into: &bytes)
                    failure = own.failure
                    return failure == nil ? bytes : nil
                }
                if let bytes { output += bytes } else { context.failure = failure ?? .pageTooLarge }
                return
            }
            if overrides >= 0 {
                // The outer template's blocks win over those of the templates it uses.
                for given in compiled.overrideSets[Int(overrides)] where !context.overrides.contains(where: { $0.name == given.name }) {
                    context.overrides.append(given)
                }
            }
            write(body, program, &context, into: &output)
        }

        private func write(_ body: Range<Int32>, entering value: TemplateValue, _ program: Program,
                           _ context: inout Context, into output: inout [UInt8]) {
            context.stack.append(value)
            defer { context.stack.removeLast() }
            write(body, program, &context, into: &output)
        }

        /// Whether what this body wrote so far (from `start`) ends a line: its last character is
        /// a line feed alone (a CRLF is one character, which is not).
        private static func endsWithLineFeed(_ output: [UInt8], from start: Int) -> Bool {
            let count = output.count - start
            return count > 0 && output[output.count - 1] == 0x0A && (count < 2 || output[output.count - 2] != 0x0D)
        }

        private static func isEmpty(_ value: TemplateValue?) -> Bool {
            switch value {
            case nil, .flag(false)?: true
            case let .list(items)?: items.isEmpty
            default: false
            }
        }

        /// `.` is the current value; `a.b` finds `a` in the innermost value that has it, then `b` in it.
        private func lookUp(_ index: Int32, in context: Context) -> TemplateValue? {
            let name = compiled.names[Int(index)]
            guard name.count > 0 else { return context.stack.last }
            let first = compiled.parts[Int(name.first)]
            var found: TemplateValue?
            if name.fromCurrentOnly {
                found = context.stack.last.flatMap { Self.child(first, of: $0) }
            } else {
                for value in context.stack.reversed() {
                    if let child = Self.child(first, of: value) {
                        found = child
                        break
                    }
                }
            }
            var part = Int(name.first) + 1
            while part < Int(name.first + name.count), let value = found {
                found = Self.child(compiled.parts[part], of: value)
                part += 1
            }
            return found
        }

        private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
            switch value {
            case let .object(values): values[name]
            case let .shared(shared): shared.values[name]
            default: nil
            }
        }
    }
}
