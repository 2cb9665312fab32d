/// Custom properties (`--name: value`) that no rule reads: the DSFR declares about a thousand
/// (every colour of every palette, in both themes), a site's pages read about a hundred.
package enum CustomProperties {
    /// `rules` without the custom properties that no declaration reads through `var(--name)`,
    /// directly or through other custom properties, and that are not in `alsoRead` (read by
    /// another stylesheet); a style rule left empty goes, and so does a group left empty.
    static func pruned(_ rules: [CSSRule], alsoRead: Set<String> = []) -> [CSSRule] {
        var definitions: [String: [ArraySlice<UInt8>]] = [:], read = alsoRead
        collect(rules, definitions: &definitions, read: &read)
        var pending = Array(read)
        while let name = pending.popLast() {
            for value in definitions[name] ?? [] {
                for used in references(in: value) where read.insert(used).inserted { pending.append(used) }
            }
        }
        return rewrite(rules, keeping: read)
    }

    private static func collect(_ rules: [CSSRule], definitions: inout [String: [ArraySlice<UInt8>]], read: inout Set<String>) {
        for rule in rules {
            switch rule.kind {
            case let .group(children): collect(children, definitions: &definitions, read: &read)
            case .statement: break
            case .style, .atBlock:
                for declaration in CSSScan.split(rule.body, on: 0x3B) {
                    if let (name, value) = customProperty(declaration) {
                        definitions[name, default: []].append(value)
                    } else {
                        read.formUnion(references(in: declaration))
                    }
                }
            }
        }
    }

    private static func rewrite(_ rules: [CSSRule], keeping read: Set<String>) -> [CSSRule] {
        rules.compactMap { rule in
            switch rule.kind {
            case .statement, .atBlock: return rule
            case let .group(children):
                let inner = rewrite(children, keeping: read)
                return inner.isEmpty ? nil : CSSRule(prelude: rule.prelude, body: [], kind: .group(inner))
            case .style:
                let declarations = CSSScan.split(rule.body, on: 0x3B).filter { declaration in
                    guard let (name, _) = customProperty(declaration) else { return !CSSScan.trimmed(declaration).isEmpty }
                    return read.contains(name)
                }
                guard !declarations.isEmpty else { return nil }
                var body: [UInt8] = []
                for (index, declaration) in declarations.enumerated() {
                    if index > 0 { body.append(0x3B) }
                    body += CSSScan.trimmed(declaration)
                }
                return CSSRule(prelude: rule.prelude, body: body[...], kind: .style)
            }
        }
    }

    /// The name and value of a declaration of a custom property, nil for any other declaration.
    private static func customProperty(_ declaration: ArraySlice<UInt8>) -> (String, ArraySlice<UInt8>)? {
        let text = CSSScan.trimmed(declaration)
        guard text.count > 2, text[text.startIndex] == 0x2D, text[text.startIndex + 1] == 0x2D,
              let colon = text.firstIndex(of: 0x3A) else { return nil }
        return (String(decoding: CSSScan.trimmed(text[..<colon]), as: UTF8.self), text[(colon + 1)...])
    }

    /// The custom properties a value reads: each `var(--name`.
    static func references(in value: ArraySlice<UInt8>) -> [String] {
        var names: [String] = [], index = value.startIndex
        let marker = Array("var(".utf8)
        while index + marker.count < value.endIndex {
            guard value[index] == 0x76, value[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            var start = index + marker.count
            while start < value.endIndex, CSSScan.isSpace(value[start]) { start += 1 }
            var end = start
            while end < value.endIndex, CSSScan.isNameByte(value[end]) { end += 1 }
            if end > start { names.append(String(decoding: value[start..<end], as: UTF8.self)) }
            index = end
        }
        return names
    }
}
