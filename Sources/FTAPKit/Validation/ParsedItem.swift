/// The outcome of reading one content file: a typed item when its front matter is valid.
enum ParsedItem: Sendable {
    case project(ProjectSheet)
    case testimonial(Testimonial)
    case news(NewsItem)
    case page(FreePage)
}

/// One file's item (if valid) and every diagnostic it gave.
struct ParsedFile: Sendable {
    var item: ParsedItem?
    var diagnostics: [Diagnostic]
}
