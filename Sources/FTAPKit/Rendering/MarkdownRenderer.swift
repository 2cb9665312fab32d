internal import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Markdown to HTML through cmark-gfm in safe mode (raw HTML is dropped, `javascript:` links
/// are emptied). cmark-gfm's parser mutates a process-wide table when extensions are attached,
/// so every call goes through one lock; the other stages run in parallel around it.
public struct MarkdownRenderer: Sendable {
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let lock = Mutex(())
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public init() {}

    /// Renders Markdown to an HTML fragment.
    public func html(_ markdown: String) -> String {
        _ = Self.registered
        return Self.lock.withLock { _ in render(markdown) }
    }

    private func render(_ markdown: String) -> String {
        let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensions {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
