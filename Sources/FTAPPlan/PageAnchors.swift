/// The sections a link may point at on each kind of page (`/projets/x/#jalons`): the `id`s its
/// template and the templates it calls write, by template name. An `id` made from a value
/// (`id="temoignage-{{slug}}"`) is known by its fixed beginning only.
package struct PageAnchors: Sendable {
    /// The ids written as they are, by template.
    package var ids: [String: Set<String>] = [:]
    /// The fixed beginnings of the ids made from a value, by template (`""`: any id).
    package var prefixes: [String: Set<String>] = [:]

    package init() {}

    /// Whether a page written by `template` may hold the section `fragment`; true for a template
    /// not known here (nothing to say about it).
    package func accepts(_ fragment: String, onPageOf template: String) -> Bool {
        guard let known = ids[template] else { return true }
        return known.contains(fragment) || (prefixes[template] ?? []).contains { fragment.hasPrefix($0) }
    }
}
