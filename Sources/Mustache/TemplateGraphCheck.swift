import Suggestions

/// What the set of templates is checked for when it is read, before any page is written: no
/// template that calls itself, directly or through others (its page would never end), and no
/// block given twice along one way of calling templates. The Mustache specification scopes block
/// overrides dynamically: the outermost one wins, also inside parents rendered within it, so the
/// inner one is silently ignored; a designer cannot mean that, so it is refused with both names.
/// Nor a block given to a parent that holds a block of its own name: written, it would write
/// itself again, without end. Nor a block given to a parent that writes no block of that name
/// (a misspelt `{{$contenu}}`): its text would silently be left out.
package enum TemplateGraphCheck {
    /// A template refused, by name, and why, in French; with the place when one tag is at fault.
    package struct Problem: Error, Equatable {
        package var template: String
        package var message: String
        package var place: TemplatePlace?
    }

    package static func firstProblem(_ templates: [String: Template]) -> Problem? {
        // Blocks are followed through calls once calls are known to end.
        if let problem = cycle(templates) { return problem }
        let written = writtenBlocks(templates)
        return unknownBlock(templates, written: written) ?? shadowedBlock(templates) ?? selfWritingBlock(templates, written: written)
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
    private static func selfWritingBlock(_ templates: [String: Template], written: [String: Set<String>]) -> Problem? {
        func blocks(ofTemplate name: String) -> Set<String> { written[name] ?? [] }
        func blocks(in template: Template) -> Set<String> { blockNames(in: template, written: written) }
        return firstGivenBlock(in: templates) { owner, parent, block, body in
            guard blocks(in: body).contains(block) else { return nil }
            let through = body.partialNames.first { blocks(ofTemplate: $0).contains(block) }
            let place = through.map { "par \($0).mustache qu'il appelle" } ?? "directement"
            return Problem(template: owner, message: "le bloc « \(block) » que \(owner).mustache donne à \(parent).mustache contient lui-même un bloc « \(block) » (\(place)) : une page l'écrirait sans fin. Renommez le bloc intérieur", place: body.place)
        }
    }

    /// The first problem `check` finds in a block given to a parent (`{{<parent}}{{$block}}…`),
    /// templates in name order, blocks in the order written, blocks inside blocks included.
    private static func firstGivenBlock(in templates: [String: Template],
                                        _ check: (_ owner: String, _ parent: String, _ block: String, _ body: Template) -> Problem?) -> Problem? {
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
                    let given = (overrides ?? [:]).sorted { ($0.value.place?.line ?? 0, $0.key) < ($1.value.place?.line ?? 0, $1.key) }
                    for (block, body) in given {
                        if let problem = check(owner, parent, block, body) ?? visit(body, owner: owner) { return problem }
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

    // MARK: Blocks no parent writes

    /// The block names each template may write, itself or through the templates it calls
    /// (calls are known to end).
    private static func writtenBlocks(_ templates: [String: Template]) -> [String: Set<String>] {
        var memo: [String: Set<String>] = [:]
        func blocks(ofTemplate name: String) -> Set<String> {
            if let known = memo[name] { return known }
            memo[name] = []
            var found = Set<String>()
            if let template = templates[name] {
                found = blockNames(in: template, written: [:], calling: blocks(ofTemplate:))
            }
            memo[name] = found
            return found
        }
        for name in templates.keys.sorted() { _ = blocks(ofTemplate: name) }
        return memo
    }

    /// The block names a template's text may write, those of the templates it calls taken from
    /// `written` (or from `calling` while `written` is being made).
    private static func blockNames(in template: Template, written: [String: Set<String>],
                                   calling: ((String) -> Set<String>)? = nil) -> Set<String> {
        var found = Set<String>()
        func walk(_ template: Template) {
            for node in template.nodes {
                switch node {
                case let .section(_, body, _): walk(body)
                case let .block(name, fallback, _): found.insert(name); walk(fallback)
                case let .blockDefinition(_, body): walk(body)
                case let .partial(name, _, overrides):
                    found.formUnion(calling?(name) ?? written[name] ?? [])
                    for body in (overrides ?? [:]).values { walk(body) }
                case .text, .variable, .escaping: break
                }
            }
        }
        walk(template)
        return found
    }

    /// A block given to a parent that writes no block of that name, itself or through what it
    /// calls: the block's text would never appear.
    private static func unknownBlock(_ templates: [String: Template], written: [String: Set<String>]) -> Problem? {
        firstGivenBlock(in: templates) { owner, parent, block, body in
            let known = written[parent] ?? []
            guard !known.contains(block) else { return nil }
            let names = known.sorted().map { "« \($0) »" }.joined(separator: ", ")
            let list = known.isEmpty ? "il n'écrit aucun bloc" : "ses blocs sont \(names)"
            let guess = KeySuggestion.closest(to: block, among: known.sorted()).map { " ; vouliez-vous dire « \($0) » ?" } ?? ""
            return Problem(template: owner, message: "le bloc « \(block) » que \(owner).mustache donne à \(parent).mustache n'y est écrit nulle part : son texte n'apparaîtrait pas. Dans \(parent).mustache, \(list)\(guess)", place: body.place)
        }
    }
}
