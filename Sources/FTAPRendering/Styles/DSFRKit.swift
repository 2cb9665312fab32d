import FTAPCore
import FTAPFileSystem

/// The DSFR under `templates/static/dsfr/` as the site deploys it: one stylesheet, made at each
/// build from the DSFR's full one and its icon classes, holding only what the pages can use
/// (`StylesheetSubset`), with the icons they show written into it (no request per icon) and its
/// fonts in the one format deployed (WOFF2); and one script, the DSFR's core and scheme and the
/// scripts of the components the pages use. The icons, the icon stylesheet and the separate
/// scripts are read, never deployed.
package struct DSFRKit: Sendable {
    /// The full stylesheet, replaced in the output by the subset.
    static let stylesheet = "dsfr/dsfr.min.css"
    /// Read for the icons' classes, never deployed.
    static let iconStylesheet = "dsfr/utility/icons/icons.min.css"
    /// The full script, replaced in the output by the core and the components the pages use
    /// when the kit has them apart.
    static let script = "dsfr/dsfr.module.min.js"
    static let coreScript = "dsfr/core/core.module.min.js"
    static let schemeScript = "dsfr/scheme/scheme.module.min.js"
    static let iconFolder = "dsfr/icons/"
    static let consumedFolders = [iconFolder, "dsfr/utility/", "dsfr/core/", "dsfr/scheme/", "dsfr/component/"]
    /// The class that calls for a component's script, when it is not `fr-` and the component's name.
    static let componentClasses = ["button": "fr-btn", "checkbox": "fr-checkbox-group", "navigation": "fr-nav", "tab": "fr-tabs"]

    /// Source paths of the files the build reads (stylesheets, icons), by output path.
    let sources: [String: String]

    /// The kit of a static listing, and the files deployed as they are; no kit, and every file
    /// deployed, when the listing has no DSFR stylesheet.
    static func split(_ listing: [(relative: String, source: String)])
        -> (deployed: [(relative: String, source: String)], kit: DSFRKit?) {
        guard listing.contains(where: { $0.relative == stylesheet }) else { return (listing, nil) }
        var deployed: [(relative: String, source: String)] = [], sources: [String: String] = [:]
        for file in listing {
            let consumed = consumedFolders.contains { file.relative.hasPrefix($0) }
            if consumed || file.relative == stylesheet { sources[file.relative] = file.source }
            if !consumed { deployed.append(file) }
        }
        return (deployed, DSFRKit(sources: sources))
    }

    /// The stylesheet deployed for pages that carry `classes`, its fonts among `deployed`, keeping
    /// the custom properties that the site's own stylesheets read (`readElsewhere`).
    func stylesheet(classes: Set<String>, deployed: Set<String>, readElsewhere: Set<String> = []) throws -> [UInt8] {
        let subset = StylesheetSubset(classes: classes)
        let main = try read(Self.stylesheet)
        let icon = { (path: String) throws -> [UInt8]? in
            path.hasPrefix(Self.iconFolder) && path.hasSuffix(".svg") && sources[path] != nil ? try read(path) : nil
        }
        var rules = try StylesheetURLs(base: "dsfr/", icon: icon, deployed: deployed).rewrite(subset.selected(CSSRule.rules(in: main)))
        if sources[Self.iconStylesheet] != nil {
            let icons = try read(Self.iconStylesheet)
            rules += try StylesheetURLs(base: "dsfr/utility/icons/", icon: icon, deployed: deployed).rewrite(subset.selected(CSSRule.rules(in: icons)))
        }
        // `@charset` stays first (a browser reads it nowhere else), the licence notice just after.
        var kept = CustomProperties.pruned(rules, alsoRead: readElsewhere), output: [UInt8] = []
        if let first = kept.first, first.kind == .statement, first.prelude.starts(with: Array("@charset".utf8)) {
            first.write(into: &output)
            output.append(0x0A)
            kept.removeFirst()
        }
        output += Self.licence(of: main)
        for rule in kept { rule.write(into: &output) }
        return output
    }

    /// The script deployed for pages that carry `classes`: the core, the scheme (light and dark
    /// themes) and the script of each component whose class a page carries, in the order of their
    /// names, each in a block of its own (their top-level names would clash in one module); nil
    /// when the kit has no separate scripts (the full one is then deployed as it is).
    func script(classes: Set<String>) throws -> [UInt8]? {
        guard sources[Self.coreScript] != nil else { return nil }
        let blocks = Set(classes.map(StylesheetSubset.block))
        let components = sources.keys.compactMap { path -> (name: String, path: String)? in
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[1] == "component", parts[3] == "\(parts[2]).module.min.js" else { return nil }
            let name = String(parts[2])
            return blocks.contains(Self.componentClasses[name] ?? "fr-" + name) ? (name, path) : nil
        }.sorted { $0.name < $1.name }
        let core = try read(Self.coreScript)
        var output = Self.licence(of: core)
        for path in [Self.coreScript, Self.schemeScript] + components.map(\.path) where sources[path] != nil {
            let text = try read(path)
            output += Array("{\n".utf8) + text[Self.licenceEnd(of: text)...] + Array("\n}\n".utf8)
        }
        return output
    }

    /// The bytes of a file of the kit.
    func read(_ relative: String) throws -> [UInt8] {
        guard let source = sources[relative] else {
            throw BuildError.io(path: relative, message: "fichier du DSFR absent : relancez « make dsfr »")
        }
        switch RegularFileIO.read(source) {
        case let .success(bytes): return bytes
        case let .failure(failure):
            throw BuildError.io(path: failure.path, message: "lecture impossible : \(SystemErrorText.french(failure.code))")
        }
    }

    /// The first comment of a stylesheet or script when it is a licence notice (`/*! … */`), with
    /// a line break (it stands once at the top of what the kit makes).
    private static func licence(of text: [UInt8]) -> [UInt8] {
        let end = licenceEnd(of: text)
        return end == 0 ? [] : Array(CSSScan.trimmed(text[licenceStart(of: text)..<end])) + [0x0A]
    }

    /// Where the text after the leading licence notice (and the spaces after it) starts; 0 without
    /// one. A stylesheet's `@charset` statement may come before it.
    private static func licenceEnd(of text: [UInt8]) -> Int {
        let start = licenceStart(of: text)
        return text[start...].starts(with: Array("/*!".utf8)) ? CSSScan.skipSpaceAndComments(text[...], from: start, to: text.count) : 0
    }

    /// Where a licence notice would start: after a leading `@charset …;` and the spaces after it.
    private static func licenceStart(of text: [UInt8]) -> Int {
        guard text.starts(with: Array("@charset".utf8)), let end = text.firstIndex(of: 0x3B) else { return 0 }
        var index = end + 1
        while index < text.count, CSSScan.isSpace(text[index]) { index += 1 }
        return index
    }
}
