import FTAPPlan

/// A site published under a path (`url: "https://org.gitlab.io/ftap/"`, the address GitLab and
/// GitHub give a project's site, and every preview's): each address of a page that starts at the
/// site's root (`href="/projets/x/"`, `src`, `srcset`, `action`, `poster`) gets the path in front
/// (`/ftap/projets/x/`). The templates, the authors' links and the plan keep writing addresses
/// from the root; nothing changes for a site at the root of its host.
struct PathPrefixMarkup: Sendable {
    /// The path in front of every address, without a trailing slash (`/ftap`); empty at the root.
    let prefix: [UInt8]

    init(baseURL: String) {
        prefix = Array(SitePlan.pathPrefix(of: baseURL).utf8)
    }

    /// Whether the site is at the root of its host (nothing to change).
    var isEmpty: Bool { prefix.isEmpty }

    /// `html` with its root addresses under the prefix.
    func applied(to html: [UInt8]) -> [UInt8] {
        guard !prefix.isEmpty else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(html.count + html.count / 16)
        var index = 0
        while index < html.count {
            if let length = Self.attributeStart(html, at: index) {
                output += html[index..<(index + length)]
                index += length
                let isList = Self.isSourceSet(html, before: index)
                // One address, or each candidate of a `srcset` (after its comma and spaces).
                var atCandidate = true
                while index < html.count, html[index] != Self.quote {
                    let byte = html[index]
                    if atCandidate, byte != Self.space {
                        if byte == Self.slash, index + 1 >= html.count || html[index + 1] != Self.slash { output += prefix }
                        atCandidate = false
                    }
                    if isList, byte == Self.comma { atCandidate = true }
                    output.append(byte)
                    index += 1
                }
                continue
            }
            output.append(html[index])
            index += 1
        }
        return output
    }

    private static let quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/"), comma = UInt8(ascii: ","), space = UInt8(ascii: " ")
    private static let attributes = ["href", "src", "srcset", "action", "poster"].map { Array(" \($0)=\"".utf8) }

    /// The length of ` href="` (or another address attribute) at `index`, nil when none starts there.
    private static func attributeStart(_ html: [UInt8], at index: Int) -> Int? {
        guard html[index] == space else { return nil }
        return attributes.first { HTMLScan.starts(html, at: index, with: $0) }?.count
    }

    private static let sourceSet = Array(" srcset=\"".utf8)

    /// Whether the attribute that ends just before `index` is a `srcset`.
    private static func isSourceSet(_ html: [UInt8], before index: Int) -> Bool {
        index >= sourceSet.count && HTMLScan.starts(html, at: index - sourceSet.count, with: sourceSet)
    }
}
