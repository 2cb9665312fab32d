/// What the set of templates is checked for when it is read, before any page is written: no
/// template that calls itself, directly or through others (its page would never end), and no
/// block given twice along one way of calling templates. The Mustache specification scopes block
/// overrides dynamically: the outermost one wins, also inside parents rendered within it, so the
/// inner one is silently ignored; a designer cannot mean that, so it is refused with both names.
/// Nor a block given to a parent that holds a block of its own name: written, it would write
/// itself again, without end.
enum TemplateGraphCheck {
    /// A template refused, by name, and why, in French.
    struct Problem: Error, Equatable {
        var template: String
        var message: String
    }

    static func firstProblem(_ templates: [String: Template]) -> Problem? {
        // Blocks that write themselves are looked for once calls are known to end.
        cycle(templates) ?? shadowedBlock(templates) ?? selfWritingBlock(templates)
    }

    // MARK: Calls that come back

    /// A template's calls: the partials and parents it names, and, for a parent it calls with
    /// blocks, what those blocks call: the parent writes them.
    private static func calls(_ templates: [String: Template]) -> [String: [(callee: String, via: String?)]] {
        var edges: [String: [(callee: String, via: String?)]] = [:]
        func walk(_ template: Template, from caller: String) {
            for node in template.nodes {
                switch node {
                case let .section(_, body, _): walk(body, from: caller)
                case let .block(_, fallback, _): walk(fallback, from: caller)
                case let .blockDefinition(_, body): walk(body, from: caller)
                case let .partial(name, _, overrides):
                    edges[caller, default: []].append((name, nil))
                    for (block, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) {
                        walk(body, from: caller)
                        for callee in body.partialNames { edges[name, default: []].append((callee, "le bloc « \(block) » de \(caller).mustache")) }
                    }
                case .text, .variable, .escaping: break
                }
            }
        }
        for (name, template) in templates { walk(template, from: name) }
        return edges
    }

    /// The first cycle of calls, in name order, said as « partials/rec.mustache → partials/rec.mustache ».
    private static func cycle(_ templates: [String: Template]) -> Problem? {
        let edges = calls(templates)
        var state: [String: Bool] = [:]  // false: being visited; true: done
        var path: [(name: String, via: String?)] = []
        func visit(_ name: String, via: String?) -> Problem? {
            if state[name] == true { return nil }
            if state[name] == false {
                let loopPath = Array(path.drop { $0.name != name })
                let loop = loopPath.map { "\($0.name).mustache" } + ["\(name).mustache"]
                let through = (loopPath.dropFirst().compactMap(\.via) + [via].compactMap { $0 }).first.map { " (par \($0))" } ?? ""
                return Problem(template: name, message: "ce gabarit s'appelle lui-même\(through) : \(loop.joined(separator: " → ")) ; une page qui l'utiliserait ne finirait jamais. Retirez l'appel qui referme la boucle")
            }
            state[name] = false
            path.append((name, via))
            defer { path.removeLast() }
            for edge in edges[name] ?? [] where templates[edge.callee] != nil {
                if let problem = visit(edge.callee, via: edge.via) { return problem }
            }
            state[name] = true
            return nil
        }
        for name in templates.keys.sorted() {
            if let problem = visit(name, via: nil) { return problem }
        }
        return nil
    }

    // MARK: Blocks given twice

    /// A block given to a parent while an outer template already gives a block of that name:
    /// the outer one would be written instead, and the inner one ignored.
    private static func shadowedBlock(_ templates: [String: Template]) -> Problem? {
        var seen = Set<String>()
        func visit(_ template: Template, in owner: String, active: [String: String]) -> Problem? {
            for node in template.nodes {
                switch node {
                case let .section(_, body, _):
                    if let problem = visit(body, in: owner, active: active) { return problem }
                case let .block(_, fallback, _):
                    if let problem = visit(fallback, in: owner, active: active) { return problem }
                case .blockDefinition, .text, .variable, .escaping:
                    break
                case let .partial(name, _, overrides):
                    var inner = active
                    for block in (overrides ?? [:]).keys.sorted() {
                        if let provider = active[block] {
                            return Problem(template: owner, message: "le bloc « \(block) » de \(name).mustache est déjà fourni par \(provider).mustache : celui de \(owner).mustache serait ignoré (le bloc le plus extérieur l'emporte). Renommez l'un des deux blocs")
                        }
                        inner[block] = owner
                    }
                    for (_, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) {
                        if let problem = visit(body, in: owner, active: inner) { return problem }
                    }
                    if let callee = templates[name], let problem = enter(callee, named: name, active: inner) { return problem }
                }
            }
            return nil
        }
        func enter(_ template: Template, named name: String, active: [String: String]) -> Problem? {
            // The same template with the same blocks given around it is checked once.
            let key = name + "\u{0}" + active.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{0}")
            guard seen.insert(key).inserted else { return nil }
            return visit(template, in: name, active: active)
        }
        for name in templates.keys.sorted() {
            if let template = templates[name], let problem = enter(template, named: name, active: [:]) { return problem }
        }
        return nil
    }

    // MARK: Blocks that write themselves

    /// A block given to a parent whose text holds a block of the same name, itself or in a
    /// template it calls: that inner block writes the given one, which holds it again.
    private static func selfWritingBlock(_ templates: [String: Template]) -> Problem? {
        var memo: [String: Set<String>] = [:]
        func blocks(ofTemplate name: String) -> Set<String> {
            if let known = memo[name] { return known }
            let found = templates[name].map(blocks(in:)) ?? []
            memo[name] = found
            return found
        }
        // The block names a template may write, itself or through what it calls.
        func blocks(in template: Template) -> Set<String> {
            var found = Set<String>()
            for node in template.nodes {
                switch node {
                case let .section(_, body, _): found.formUnion(blocks(in: body))
                case let .block(name, fallback, _): found.insert(name); found.formUnion(blocks(in: fallback))
                case let .blockDefinition(_, body): found.formUnion(blocks(in: body))
                case let .partial(name, _, overrides):
                    found.formUnion(blocks(ofTemplate: name))
                    for body in (overrides ?? [:]).values { found.formUnion(blocks(in: body)) }
                case .text, .variable, .escaping: break
                }
            }
            return found
        }
        func visit(_ template: Template, owner: String) -> Problem? {
            for node in template.nodes {
                switch node {
                case let .section(_, body, _):
                    if let problem = visit(body, owner: owner) { return problem }
                case let .block(_, fallback, _):
                    if let problem = visit(fallback, owner: owner) { return problem }
                case let .blockDefinition(_, body):
                    if let problem = visit(body, owner: owner) { return problem }
                case let .partial(parent, _, overrides):
                    for (block, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) where blocks(in: body).contains(block) {
                        let through = body.partialNames.first { blocks(ofTemplate: $0).contains(block) }
                        let place = through.map { "par \($0).mustache qu'il appelle" } ?? "directement"
                        return Problem(template: owner, message: "le bloc « \(block) » que \(owner).mustache donne à \(parent).mustache contient lui-même un bloc « \(block) » (\(place)) : une page l'écrirait sans fin. Renommez le bloc intérieur")
                    }
                    for (_, body) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) {
                        if let problem = visit(body, owner: owner) { return problem }
                    }
                case .text, .variable, .escaping: break
                }
            }
            return nil
        }
        for name in templates.keys.sorted() {
            if let template = templates[name], let problem = visit(template, owner: name) { return problem }
        }
        return nil
    }
}
