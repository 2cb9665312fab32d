import FrenchTypesetting
import Mustache

/// What the fuzz targets (`Sources/FTAPFuzz`, `make fuzz`) call beyond the public interface: the
/// template engine and the typography, which the command line reaches only through a build.
/// Available to the fuzz target alone (`@_spi(Fuzzing)`).
@_spi(Fuzzing) public enum FuzzingEntryPoints {
    /// Reads up to three templates from `bytes` (separated by U+0001: a page, `partials/p`, a
    /// `layout`), refuses what the set's checks refuse, and renders the page with a value that
    /// has texts, flags, lists and nested objects.
    public static func renderTemplates(_ bytes: [UInt8]) {
        let names = ["page", "partials/p", "layout"]
        var templates: [String: Template] = [:]
        for (index, part) in String(decoding: bytes, as: UTF8.self).split(separator: "\u{1}", maxSplits: 2, omittingEmptySubsequences: false).enumerated() {
            guard let template = try? TemplateParser.parse(String(part)) else { return }
            templates[names[index]] = template
        }
        guard TemplateGraphCheck.firstProblem(templates) == nil else { return }
        _ = try? TemplateRenderer(templates: templates).render(named: "page", with: sampleValue)
    }

    /// A value with every kind of template value; its lists do not hold themselves, so nested
    /// sections over them stay linear.
    static let sampleValue: TemplateValue = {
        let item: TemplateObject = ["t": "L'appel du 1er mars : \"oui\"", "n": "2e", "l": [] as [String], "b": true]
        let object: TemplateObject = [
            "t": "Le 4e comité : l'État & <b>", "html": "<em>x</em>", "f": true, "g": false, "vide": [] as [String],
            "l": [item], "deux": [item, item], "o": ["t": "dedans", "o": "fin"] as TemplateObject,
            "nombre": "4 525,85 €", "adresse": "https://exemple.fr/a?b=1!",
        ]
        return object.templateValue
    }()

    /// The typography's properties on `text`: typeset twice, it does not change, and a page shows
    /// what a line shows. Nil when they hold; else what differs.
    public static func typographyFault(_ text: String) -> String? {
        let once = FrenchTypography.typeset(text)
        let twice = FrenchTypography.typeset(once)
        if twice != once { return "pas idempotente : \(text.debugDescription) → \(once.debugDescription) → \(twice.debugDescription)" }
        let html = FrenchTypography.html(text)
        if seenText(html) != once { return "la page et la ligne diffèrent : \(text.debugDescription) → \(html.debugDescription) / \(once.debugDescription)" }
        return nil
    }

    /// What a reader sees of the HTML the typography writes: `<sup>` tags removed and the five
    /// references it escapes decoded. Read on bytes: a reference followed by a combining mark is
    /// one character for Swift's strings, not for HTML.
    public static func seenText(_ html: String) -> String {
        let replacements: [(from: [UInt8], to: [UInt8])] = [
            ("<sup>", ""), ("</sup>", ""), ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"),
        ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
        let bytes = Array(html.utf8)
        var seen: [UInt8] = []
        seen.reserveCapacity(bytes.count)
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "&") {
                for replacement in replacements where bytes.dropFirst(index).starts(with: replacement.from) {
                    seen += replacement.to
                    index += replacement.from.count
                    continue outer
                }
            }
            seen.append(bytes[index])
            index += 1
        }
        return String(decoding: seen, as: UTF8.self)
    }
}
