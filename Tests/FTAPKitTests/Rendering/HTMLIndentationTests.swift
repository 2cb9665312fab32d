@testable import FTAPRendering
import Testing

/// A page loses the indentation of its templates and nothing a reader can see.
@Suite struct HTMLIndentationTests {
    static func removed(_ html: String) -> String {
        String(decoding: HTMLIndentation.removed(from: Array(html.utf8)), as: UTF8.self)
    }

    @Test func indentationGoesLineBreaksStay() {
        #expect(Self.removed("<ul>\n  <li>a</li>\n\t\t<li>b  c</li>\n</ul>") == "<ul>\n<li>a</li>\n<li>b  c</li>\n</ul>")
    }

    @Test func tagsCommentsAndRawElementsKeepEverySpace() {
        let html = "<p title=\"a\n   b\">x</p>\n  <!-- c\n    d -->\n  <pre>\n    code\n</pre>\n  <textarea>\n  t</textarea>\n  <script>\n  if (a > b) {}\n</script>\n  <style>\n  p { }\n</STYLE>\n  <prelude>\n  p</prelude>"
        #expect(Self.removed(html) == "<p title=\"a\n   b\">x</p>\n<!-- c\n    d -->\n<pre>\n    code\n</pre>\n<textarea>\n  t</textarea>\n<script>\n  if (a > b) {}\n</script>\n<style>\n  p { }\n</STYLE>\n<prelude>\np</prelude>")
    }

    @Test func unfinishedMarkupNeverCrashes() {
        for html in ["<", "<!--", "<pre>\n  x", "<p title=\"\n  ", "\n  ", "<script", "<pre></pr"] {
            _ = Self.removed(html)
        }
        #expect(Self.removed("<pre>\n  x") == "<pre>\n  x")
    }
}
