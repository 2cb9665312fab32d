import Foundation
@testable import FTAPKit
@testable import Mustache
import Testing

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("", ""), ("Élysée 2019 — 24,3 M€", "Élysée 2019 — 24,3 M€"),
        ("L'appel « 2019 » & <b>\"x\"</b>", "L&#39;appel « 2019 » &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"), ("😀<", "😀&lt;"), ("\u{202F}€'", "\u{202F}€&#39;"),
    ])
    func escapesExactlyLikeMustache(text: String, expected: String) {
        #expect(HTMLEscaping.escape(text) == expected)
    }

    /// swift-mustache escapes with its own type again in each partial: every template must select
    /// this one on its first line, or it silently renders slower.
    @Test func everyTemplateSelectsIt() throws {
        let folder = URL(fileURLWithPath: FTAPProcess.templates)
        let templates = filesByPath(in: folder).filter { $0.key.hasSuffix(".mustache") }
        #expect(templates.count > 10)
        for (path, data) in templates {
            #expect(String(decoding: data, as: UTF8.self).hasPrefix(HTMLEscaping.pragma + "\n"), "\(path)")
        }
    }
}
