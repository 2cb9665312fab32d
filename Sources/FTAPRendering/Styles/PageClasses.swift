/// The classes a site's pages can carry, read from what the build writes: every `class`
/// attribute of its HTML pages, and every `fr-…` name in its own scripts (which build parts of
/// pages as readers use them: search results, filters).
package enum PageClasses {
    /// The names of every `class="…"` (or `class='…'`) attribute of an HTML page.
    static func inPage(_ html: [UInt8]) -> Set<String> {
        var names = Set<String>(), index = 0
        let marker = Array(" class=".utf8)
        while index + marker.count < html.count {
            guard html[index] == 0x20, html[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            let quote = html[index + marker.count]
            guard quote == 0x22 || quote == 0x27 else {
                index += marker.count
                continue
            }
            var end = index + marker.count + 1
            while end < html.count, html[end] != quote { end += 1 }
            for name in html[(index + marker.count + 1)..<min(end, html.count)].split(whereSeparator: CSSScan.isSpace) {
                names.insert(String(decoding: name, as: UTF8.self))
            }
            index = end
        }
        return names
    }

    /// The `fr-…` names written in a script.
    static func inScript(_ script: [UInt8]) -> Set<String> {
        var names = Set<String>(), index = 0
        let marker = Array("fr-".utf8)
        while index + marker.count < script.count {
            guard script[index] == 0x66, script[index..<(index + marker.count)].elementsEqual(marker),
                  index == 0 || !CSSScan.isNameByte(script[index - 1]) else {
                index += 1
                continue
            }
            var end = index + marker.count
            while end < script.count, CSSScan.isNameByte(script[end]), script[end] < 0x80 { end += 1 }
            names.insert(String(decoding: script[index..<end], as: UTF8.self))
            index = end
        }
        return names
    }
}
