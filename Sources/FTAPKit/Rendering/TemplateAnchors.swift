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
                let bytes = template.text[range]
                var index = bytes.startIndex
                while let start = firstIndex(of: marker, in: bytes, from: index) {
                    let valueStart = start + marker.count
                    let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\""))
                    let value = String(decoding: bytes[valueStart..<(end ?? bytes.endIndex)], as: UTF8.self)
                    if end == nil { found.prefixes.insert(value) } else { found.ids.insert(value) }
                    index = end ?? bytes.endIndex
                }
            case let .section(_, body, _): scan(body, into: &found)
            case let .block(_, fallback, _): scan(fallback, into: &found)
            case let .blockDefinition(_, body): scan(body, into: &found)
            case let .partial(_, _, overrides): for body in (overrides ?? [:]).values { scan(body, into: &found) }
            case .variable, .escaping: break
            }
        }
    }

    private static func firstIndex(of marker: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard marker.count <= bytes.endIndex - start else { return nil }
        var index = start
        while index + marker.count <= bytes.endIndex {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }
}
