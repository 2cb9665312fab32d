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
package enum MarkdownParser {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let lock = Mutex(())
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// What cmark gives for one text: its HTML and its links, places relative to the text.
    struct Output {
        var html: String
        var links: [FoundLink]
    }

    /// A link or an image as cmark found it: its destination, where it starts (line and byte
    /// column in the text), and its text (an image's is its alternative text).
    struct FoundLink {
        var destination: String
        var line: Int
        var byteColumn: Int
        var isImage: Bool
        var text: String
        /// False for a destination Markdown did not read as one (`unreadDestination`).
        var wasRead = true
        /// Raw HTML (in `destination`), which the page does not show.
        var isHTML = false
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
        var html = String(cString: rendered)
        // strstr on cmark's own buffer: only footnotes bring the English label, only tables a
        // `<table>` (an author's own is dropped or escaped in safe mode).
        if strstr(rendered, englishLabel) != nil { html = frenchLabels(html) }
        if strstr(rendered, "<table>") != nil { html = MarkdownTables.framed(html) }
        return Output(html: html, links: links)
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

    private static func collectLinks(_ document: OpaquePointer) -> [FoundLink] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [FoundLink] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            // `[texte](adresse avec espaces)` is no link for Markdown: its text stays as written,
            // and the page would show it raw. Kept, to be reported at its line.
            if type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
               let unread = unreadDestination(in: literal) {
                links.append(FoundLink(destination: unread, line: 0, byteColumn: 0, isImage: false, text: "", wasRead: false))
                continue
            }
            // Raw HTML: safe mode drops it from the page; kept (but comments and closing tags), to
            // say so at its line.
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
               let literal = cmark_node_get_literal(node).map({ String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }),
               !literal.hasPrefix("<!--"), !literal.hasPrefix("</") {
                links.append(FoundLink(destination: literal, line: Int(cmark_node_get_start_line(node)),
                                       byteColumn: Int(cmark_node_get_start_column(node)), isImage: false, text: "", wasRead: false, isHTML: true))
                continue
            }
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            links.append(FoundLink(destination: String(cString: url), line: Int(cmark_node_get_start_line(node)),
                                   byteColumn: Int(cmark_node_get_start_column(node)), isImage: type == CMARK_NODE_IMAGE,
                                   text: text(under: node)))
        }
        return links
    }

    /// The destination of a link written in `text` that Markdown could not read because it holds
    /// a space: « ](ma photo.jpg) ».
    private static func unreadDestination(in text: String) -> String? {
        let parts = text.components(separatedBy: "](")
        guard parts.count > 1, parts[1].contains(")") else { return nil }
        let destination = parts[1].prefix { $0 != ")" }.trimmingCharacters(in: .whitespaces)
        return destination.contains(" ") && !destination.contains("\"") ? destination : nil
    }

    /// The text of a node's inline children, emphasis and code included (walked by an iterator:
    /// deeply nested emphasis costs no stack).
    private static func text(under node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node,
                  let literal = cmark_node_get_literal(current) else { continue }
            text += String(cString: literal)
        }
        return text
    }

    /// cmark writes a few English words into its HTML (footnote back links); the site is French.
    /// Safe mode escapes every quote an author writes, so only cmark's own attributes match.
    private static let englishLabel = "aria-label=\"Back to content\""

    private static func frenchLabels(_ html: String) -> String {
        html.replacingOccurrences(of: englishLabel, with: "aria-label=\"Retour au texte\"")
    }
}
