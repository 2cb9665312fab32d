import FTAPPlan
import Mustache

/// Reads the `id`s the templates write, for the links that point at a section of a page
/// (`PageAnchors`): each template with everything it calls, layout and partials included.
enum TemplateAnchors {
    static func of(_ templates: [String: Template]) -> PageAnchors {
        var own: [String: (ids: Set<String>, prefixes: Set<String>)] = [:]
        for (name, template) in templates {
            var found: (ids: Set<String>, prefixes: Set<String>) = ([], [])
            scan(template, into: &found)
            own[name] = found
        }
        var anchors = PageAnchors()
        for name in templates.keys {
            // Every template reachable from this one (calls end: cycles are refused before).
            var seen: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for callee in templates[next]?.partialNames ?? [] where seen.insert(callee).inserted { queue.append(callee) }
            }
            anchors.ids[name] = seen.reduce(into: Set<String>()) { $0.formUnion(own[$1]?.ids ?? []) }
            anchors.prefixes[name] = seen.reduce(into: Set<String>()) { $0.formUnion(own[$1]?.prefixes ?? []) }
        }
        return anchors
    }

    /// The `id="…"` of a template's text, at any depth; a value cut by a tag is a prefix.
    private static func scan(_ template: Template, into found: inout (ids: Set<String>, prefixes: Set<String>)) {
        let marker = Array(#" id=""#.utf8)
        for node in template.nodes {
            switch node {
            case let .text(range):
                var rest = template.text[range]
                while let marked = rest.firstRange(of: marker) {
                    let value = rest[marked.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
                    let closed = value.endIndex < rest.endIndex
                    let text = String(decoding: value, as: UTF8.self)
                    if closed { found.ids.insert(text) } else { found.prefixes.insert(text) }
                    rest = rest[value.endIndex...]
                }
            case let .section(_, body, _): scan(body, into: &found)
            case let .block(_, fallback, _): scan(fallback, into: &found)
            case let .blockDefinition(_, body): scan(body, into: &found)
            case let .partial(_, _, overrides): for body in (overrides ?? [:]).values { scan(body, into: &found) }
            case .variable, .escaping: break
            }
        }
    }
}
