internal import CCmarkGFM
internal import CMarkArena
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Markdown through cmark-gfm in safe mode (raw HTML is dropped, `javascript:` links are
/// emptied): one parse per body gives its HTML, in French typography (`MarkdownTypography`), and
/// every link and image destination with its place in the file, so no later stage reads the
/// Markdown again. cmark-gfm's parser mutates a
/// process-wide table when extensions are attached (`cmark_parser_finish` adds and removes the
/// extensions' characters in it), so parsing goes through one lock; walking the tree for links,
/// rendering HTML and freeing touch only this document's memory and run in parallel.
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
    /// The parser, the tree and the HTML live in this thread's arena (`CMarkArena`): nothing is
    /// freed piece by piece, the arena is emptied once the texts are copied out. (A Swift
    /// `String` is valid UTF-8, so cmark's own UTF-8 check is left out.)
    static func parse(_ markdown: String) -> Output {
        _ = registered
        let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES
        let memory = ftap_arena_begin()
        defer { ftap_arena_end() }
        guard let parser = cmark_parser_new_with_mem(options, memory) else { return Output(html: "", links: []) }
        let tree = lock.withLock { _ in OwnedTree(root: parsed(markdown, by: parser)) }
        guard let document = tree.root else { return Output(html: "", links: []) }
        MarkdownTypography.apply(to: document, memory: memory)
        let links = collectLinks(document)
        guard let rendered = cmark_render_html_with_mem(document, options, cmark_parser_get_syntax_extensions(parser), memory) else {
            return Output(html: "", links: links)
        }
        let html = String(cString: rendered)
        // strstr on cmark's own buffer: only footnotes bring the English label.
        return Output(html: strstr(rendered, englishLabel) == nil ? html : frenchLabels(html), links: links)
    }

    /// A document tree leaving the lock: it belongs to the one call that parsed it, and no
    /// other thread ever sees it.
    private struct OwnedTree: @unchecked Sendable {
        var root: OpaquePointer?
    }

    /// The document tree: the only part that must hold the lock.
    private static func parsed(_ markdown: String, by parser: OpaquePointer) -> OpaquePointer? {
        for name in extensions {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)
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
    private static let englishLabel = "aria-label=\"Back to content\""

    private static func frenchLabels(_ html: String) -> String {
        html.replacingOccurrences(of: englishLabel, with: "aria-label=\"Retour au texte\"")
    }
}
