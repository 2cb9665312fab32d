@testable import Mustache
import Testing

private let n = "\u{202F}"
private let b = "\u{A0}"

/// The templates apply French typography where a browser shows text, and only there.
@Suite struct TemplateTypographyTests {
    static func render(_ text: String, _ value: TemplateObject) throws -> String {
        let template = try TemplateParser.parse(HTMLEscaping.pragma + "\n" + text)
        return String(decoding: try TemplateRenderer(templates: [:]).render(template, with: value.templateValue), as: UTF8.self)
    }

    @Test func aValueInAnAttributeIsNotTypesetWhileTheSameValueInTextIs() throws {
        let html = try Self.render("<a title=\"{{t}}\" data-x='{{t}}' href=\"/x\">{{t}}</a>", ["t": "L'appel du 1er mars : \"oui\""])
        #expect(html == "<a title=\"L&#39;appel du 1er mars : &quot;oui&quot;\" data-x='L&#39;appel du 1er mars : &quot;oui&quot;' href=\"/x\">"
            + "L’appel du 1<sup>er</sup> mars\(b): «\(n)oui\(n)»</a>")
    }

    @Test func titleAndOptionGetTypographyWithoutMarkup() throws {
        let html = try Self.render("<title>{{t}}</title><select><option value=\"{{t}}\">{{t}}</option></select><p>{{t}}</p>",
                                   ["t": "Le 4e comité : l'État"])
        #expect(html == "<title>Le 4e comité\(b): l’État</title><select><option value=\"Le 4e comité : l&#39;État\">Le 4e comité\(b): l’État</option></select>"
            + "<p>Le 4<sup>e</sup> comité\(b): l’État</p>")
    }

    /// Code, keyboard input, sample output and a text area show what is typed: no typography
    /// (« "x" » must not become « «x» » in an example to copy).
    @Test func codeAndTypedTextAreLeftAsWritten() throws {
        let html = try Self.render("<pre>l'a : \"x\" {{t}}</pre><code>{{t}}</code> <kbd>a ; b</kbd><samp>1er</samp><textarea>{{t}}</textarea><p>{{t}}</p>",
                                   ["t": "l'a : \"x\""])
        #expect(html == "<pre>l'a : \"x\" l&#39;a : &quot;x&quot;</pre><code>l&#39;a : &quot;x&quot;</code> <kbd>a ; b</kbd><samp>1er</samp>"
            + "<textarea>l&#39;a : &quot;x&quot;</textarea><p>l’a\(b): «\(n)x\(n)»</p>")
    }

    @Test func scriptsStylesAndCommentsAreLeftAsWritten() throws {
        let html = try Self.render("<script>var a = '{{t}}'; // l'a : b</script><style>a:hover{x:1}</style><!-- l'a : {{t}} --><p>{{t}}</p>",
                                   ["t": "l'a"])
        #expect(html == "<script>var a = 'l&#39;a'; // l'a : b</script><style>a:hover{x:1}</style><!-- l'a : l&#39;a --><p>l’a</p>")
    }

    @Test func theTemplatesOwnTextIsTypesetButNotItsMarkup() throws {
        let html = try Self.render("<p class=\"a\" title=\"l'État : x\">Montant accordé&nbsp;: l'État « mal logement » (1er) ! <a href=\"https://x.fr/?a=b\">lien</a> :</p>", [:])
        #expect(html == "<p class=\"a\" title=\"l'État : x\">Montant accordé&nbsp;: l’État «\(n)mal logement\(n)» (1<sup>er</sup>)\(n)! <a href=\"https://x.fr/?a=b\">lien</a>\(b):</p>")
    }

    @Test func sectionsAndTagsSpanningVariablesKeepTheirPlace() throws {
        let html = try Self.render("<div\n  data-a=\"{{t}}\"{{#f}} title=\"{{t}}\"{{/f}}>{{#f}}{{t}}{{/f}}</div>", ["t": "l'a", "f": true])
        #expect(html == "<div\n  data-a=\"l&#39;a\" title=\"l&#39;a\">l’a</div>")
    }

    @Test func withoutFtapsPragmaNothingIsTypeset() throws {
        let template = try TemplateParser.parse("{{% CONTENT_TYPE: HTML}}<p>l'a : {{t}}</p>")
        let html = String(decoding: try TemplateRenderer(templates: [:]).render(template, with: (["t": "l'a"] as TemplateObject).templateValue), as: UTF8.self)
        #expect(html == "<p>l'a : l&#39;a</p>")
    }

    @Test func rawValuesAreNotTouched() throws {
        #expect(try Self.render("<div>{{{h}}}</div>", ["h": "<p>l'a : 1er</p>"]) == "<div><p>l'a : 1er</p></div>")
    }
}
