internal import CCmarkGFM
#if canImport(Glibc)
import FrenchTypesetting
import Glibc
#endif

/// French typography (`FrenchTypography`) in a Markdown body, on cmark's tree before it is
/// rendered: only the text nodes are typeset, never code spans, code blocks, raw HTML, link
/// destinations or images' descriptions (`alt`). The text nodes of one paragraph, heading or table
/// cell are typeset as one text, so a quote opened before an emphasis closes after it, and
/// « *mot* ! » gets its no-break space. cmark's smart punctuation has already made the straight
/// quotes “ ” and the apostrophes ’; the quotes become « » here.
///
/// Ordinals' endings go in `<sup>`: cmark's safe mode drops raw HTML nodes, so each ending is a
/// custom inline node (`<sup>` on entering, `</sup>` on leaving, which cmark writes in safe mode
/// too) around a text node that cmark escapes as any other. In a table cell, where cmark's table
/// extension accepts no custom node, the ending stays on the line.
///
/// The tree belongs to the one call that parsed it: this runs outside the parsing lock.
enum MarkdownTypography {
    /// The text of one block, and what cuts it.
    private enum Piece {
        case text(OpaquePointer, start: Int, end: Int)
        case interruption(FrenchTypesetter.Neighbour)
    }

    /// Typesets every text node of `document` in place; new nodes come from `memory`, the
    /// allocator the document was parsed with.
    static func apply(to document: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>?) {
        cmark_consolidate_text_nodes(document)
        for block in blocks(of: document) {
            typeset(block.text, block.pieces, memory: memory)
        }
    }

    /// The blocks holding text, each with its text nodes' bytes one after the other.
    private static func blocks(of document: OpaquePointer) -> [(text: [UInt8], pieces: [Piece])] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [(text: [UInt8], pieces: [Piece])] = []
        var text: [UInt8] = []
        var pieces: [Piece] = []
        var imageDepth = 0
        func endBlock() {
            if pieces.contains(where: { if case .text = $0 { true } else { false } }) { blocks.append((text, pieces)) }
            text = []
            pieces = []
        }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            // Inline types have both of the two high bits of the type's value (cmark's
            // CMARK_NODE_TYPE_INLINE), the extensions' (strikethrough) included.
            guard type.rawValue & 0xC000 == 0xC000 else {
                endBlock()
                continue
            }
            if type == CMARK_NODE_IMAGE {
                imageDepth += event == CMARK_EVENT_ENTER ? 1 : -1
                pieces.append(.interruption(.other))
                continue
            }
            guard event == CMARK_EVENT_ENTER, imageDepth == 0 else { continue }
            switch type {
            case CMARK_NODE_TEXT:
                let start = text.count
                if let literal = cmark_node_get_literal(node) {
                    text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
                pieces.append(.text(node, start: start, end: text.count))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                pieces.append(.interruption(.lineBreak))
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE:
                pieces.append(.interruption(.other))
            default:
                break
            }
        }
        endBlock()
        return blocks
    }

    /// Typesets one block's text and writes back each text node whose part changed.
    private static func typeset(_ text: [UInt8], _ pieces: [Piece], memory: UnsafeMutablePointer<cmark_mem>?) {
        guard text.withUnsafeBufferPointer(FrenchTypesetter.needsTypesetting) else { return }
        var typesetter = FrenchTypesetter(.init(superscripts: .ranges))
        var output: [UInt8] = []
        output.reserveCapacity(text.count + 16)
        var nodes: [(node: OpaquePointer, start: Int, end: Int)] = []
        text.withUnsafeBufferPointer { text in
            typesetter.planQuotes(text)
            for piece in pieces {
                switch piece {
                case let .interruption(neighbour):
                    typesetter.interrupt(neighbour)
                case let .text(node, start, end):
                    typesetter.typeset(UnsafeBufferPointer(rebasing: text[start..<end]), into: &output)
                    typesetter.segmentEnds.append(output.count)
                    nodes.append((node, start, end))
                }
            }
        }
        let superscripts = typesetter.superscriptRanges
        var next = 0
        var start = 0
        for (piece, end) in zip(nodes, typesetter.segmentEnds) {
            var cuts: [(start: Int, end: Int)] = []
            while next < superscripts.count, superscripts[next].start < end {
                cuts.append(superscripts[next])
                next += 1
            }
            if !cuts.isEmpty || !output[start..<end].elementsEqual(text[piece.start..<piece.end]) {
                write(output, from: start, to: end, into: piece.node, superscripts: cuts, memory: memory)
            }
            start = end
        }
    }

    /// Sets a text node to `output[start..<end]`; each superscript in it splits the node: the text
    /// before stays in the node, the ending goes in a `<sup>` node, the rest in a new text node.
    /// Where cmark refuses a custom node (a table cell takes only its own list of inline nodes),
    /// the ending stays on the line.
    private static func write(_ output: [UInt8], from start: Int, to end: Int, into node: OpaquePointer,
                              superscripts: [(start: Int, end: Int)], memory: UnsafeMutablePointer<cmark_mem>?) {
        var current = node
        var textStart = start
        for superscript in superscripts {
            guard let sup = superscriptNode(output, superscript.start, superscript.end, memory: memory) else { break }
            guard cmark_node_insert_after(current, sup) == 1, let rest = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else {
                cmark_node_unlink(sup)
                cmark_node_free(sup)
                break
            }
            cmark_node_insert_after(sup, rest)
            setLiteral(current, output, textStart, superscript.start)
            current = rest
            textStart = superscript.end
        }
        setLiteral(current, output, textStart, end)
    }

    /// A custom inline node writing `<sup>` and `</sup>` around the text `output[start..<end]`,
    /// made with the document's allocator (`memory`), as every node of its tree.
    private static func superscriptNode(_ output: [UInt8], _ start: Int, _ end: Int,
                                        memory: UnsafeMutablePointer<cmark_mem>?) -> OpaquePointer? {
        guard let sup = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { return nil }
        guard let ending = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else {
            cmark_node_free(sup)
            return nil
        }
        cmark_node_set_on_enter(sup, "<sup>")
        cmark_node_set_on_exit(sup, "</sup>")
        setLiteral(ending, output, start, end)
        cmark_node_append_child(sup, ending)
        return sup
    }

    private static func setLiteral(_ node: OpaquePointer, _ output: [UInt8], _ start: Int, _ end: Int) {
        cmark_node_set_literal(node, start < end ? String(decoding: output[start..<end], as: UTF8.self) : "")
    }
}
