/// The addresses in the rules of one of the DSFR's stylesheets, written for the stylesheet the
/// site deploys at `dsfr/dsfr.min.css`: an icon of the kit becomes a `data:` address holding the
/// icon itself, a font keeps only its WOFF2 file (a `@font-face` whose WOFF2 file is not
/// deployed goes), and any other file of the kit is addressed from `dsfr/`.
package struct StylesheetURLs {
    /// The folder of the stylesheet the rules come from, e.g. `dsfr/utility/icons/`.
    let base: String
    /// The bytes of an icon by its output path (`dsfr/icons/…svg`), nil when it is no icon of the kit.
    let icon: (String) throws -> [UInt8]?
    /// Output paths of the files deployed as they are.
    let deployed: Set<String>

    func rewrite(_ rules: [CSSRule]) throws -> [CSSRule] {
        try rules.compactMap { rule in
            switch rule.kind {
            case .statement: return rule
            case let .group(children): return CSSRule(prelude: rule.prelude, body: [], kind: .group(try rewrite(children)))
            case .atBlock where StylesheetSubset.contains(rule.prelude, "@font-face"):
                return fontFace(rule)
            case .style, .atBlock:
                guard StylesheetSubset.contains(rule.body, "url(") else { return rule }
                return CSSRule(prelude: rule.prelude, body: try rewritingURLs(rule.body)[...], kind: rule.kind)
            }
        }
    }

    /// The `@font-face` with a `src` of its WOFF2 file alone, nil when that file is not deployed.
    private func fontFace(_ rule: CSSRule) -> CSSRule? {
        var body: [UInt8] = [], found = false
        for declaration in CSSScan.split(rule.body, on: 0x3B) {
            let text = CSSScan.trimmed(declaration)
            guard text.starts(with: Array("src".utf8)), let colon = text.firstIndex(of: 0x3A) else {
                if !text.isEmpty { body += (body.isEmpty ? [] : [0x3B]) + text }
                continue
            }
            for source in CSSScan.split(text[(colon + 1)...], on: 0x2C) {
                guard let url = Self.urls(in: source).first, url.address.hasSuffix(".woff2"),
                      let path = resolved(url.address), deployed.contains(path) else { continue }
                body += (body.isEmpty ? [] : [0x3B]) + Array("src:url(\(relativeToKit(path))) format(\"woff2\")".utf8)
                found = true
                break
            }
        }
        return found ? CSSRule(prelude: rule.prelude, body: body[...], kind: .atBlock) : nil
    }

    private func rewritingURLs(_ body: ArraySlice<UInt8>) throws -> [UInt8] {
        var output: [UInt8] = [], copied = body.startIndex
        for url in Self.urls(in: body) {
            output += body[copied..<url.range.lowerBound]
            copied = url.range.upperBound
            guard let path = resolved(url.address) else {
                output += body[url.range]
                continue
            }
            if let svg = try icon(path) {
                output += Array("url(\"data:image/svg+xml,".utf8) + Self.percentEncoded(svg) + Array("\")".utf8)
            } else {
                output += Array("url(\(relativeToKit(path)))".utf8)
            }
        }
        return output + body[copied...]
    }

    /// Each `url(…)` of a text: its range and its address, unquoted.
    static func urls(in text: ArraySlice<UInt8>) -> [(range: Range<Int>, address: String)] {
        var found: [(range: Range<Int>, address: String)] = [], index = text.startIndex
        let marker = Array("url(".utf8)
        while index + marker.count < text.endIndex {
            guard text[index] == 0x75, text[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let close = CSSScan.find(text, from: index + marker.count, to: text.endIndex) { byte, depth in depth == 0 && byte == 0x29 }
            guard close < text.endIndex else { break }
            var address = CSSScan.trimmed(text[(index + marker.count)..<close])
            if let quote = address.first, quote == 0x22 || quote == 0x27, address.count >= 2 { address = address.dropFirst().dropLast() }
            let end = close + 1
            found.append((index..<end, String(decoding: address, as: UTF8.self)))
            index = end
        }
        return found
    }

    /// The output path of a relative address, nil for a `data:` or absolute address, or one
    /// that leaves the site.
    func resolved(_ address: String) -> String? {
        guard !address.isEmpty, !address.contains(":"), !address.hasPrefix("/"), !address.hasPrefix("#") else { return nil }
        var parts = base.split(separator: "/").map(String.init)
        for part in address.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch part {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// A path of the kit as the deployed stylesheet, in `dsfr/`, addresses it.
    private func relativeToKit(_ path: String) -> String {
        path.hasPrefix("dsfr/") ? String(path.dropFirst("dsfr/".count)) : "../" + path
    }

    /// An SVG as the text of a `data:` address in a double-quoted CSS string: line breaks
    /// dropped, and every byte outside the unreserved set of RFC 3986 and a few safe
    /// punctuation marks written as `%XX`.
    static func percentEncoded(_ svg: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(svg.count + svg.count / 4)
        for byte in svg where byte != 0x0A && byte != 0x0D {
            let safe = CSSScan.isNameByte(byte) && byte < 0x80 || "./:;=',!*()?@&+$~".utf8.contains(byte)
            if safe {
                output.append(byte)
            } else {
                output += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return output
    }
}
