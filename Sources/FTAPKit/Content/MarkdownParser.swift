internal import CCmarkGFM
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Markdown through cmark-gfm in safe mode (raw HTML is dropped, `javascript:` links are
/// emptied): one parse per body gives its HTML and every link and image destination with its
/// place in the file, so no later stage reads the Markdown again. cmark-gfm's parser mutates a
/// process-wide table when extensions are attached, so every call goes through one lock; the
/// other stages run in parallel around it.
enum MarkdownParser {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let lock = Mutex(())
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// What cmark gives for one text: its HTML and its links, places relative to the text.
    struct Output {
        var html: String
        var links: [(destination: String, line: Int, byteColumn: Int)]
    }

    /// Parses and renders one text. Call `MarkdownLimits` first: cmark's tables grow with the
    /// square of their size.
    static func parse(_ markdown: String) -> Output {
        _ = registered
        return lock.withLock { _ in run(markdown) }
    }

    private static func run(_ markdown: String) -> Output {
        let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return Output(html: "", links: []) }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return Output(html: "", links: []) }
        defer { cmark_node_free(document) }
        let links = collectLinks(document)
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return Output(html: "", links: links)
        }
        defer { free(rendered) }
        return Output(html: frenchLabels(String(cString: rendered)), links: links)
    }

    private static func collectLinks(_ document: OpaquePointer) -> [(destination: String, line: Int, byteColumn: Int)] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [(destination: String, line: Int, byteColumn: Int)] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            links.append((String(cString: url), Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))))
        }
        return links
    }

    /// cmark writes a few English words into its HTML (footnote back links); the site is French.
    /// Safe mode escapes every quote an author writes, so only cmark's own attributes match.
    private static func frenchLabels(_ html: String) -> String {
        guard html.contains("aria-label=\"Back to content\"") else { return html }
        return html.replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"Retour au texte\"")
    }
}
