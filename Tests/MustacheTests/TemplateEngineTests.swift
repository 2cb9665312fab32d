@testable import Mustache
import Testing

/// ftap's Mustache: the whitespace rules and inheritance of the specification, typed values.
@Suite struct TemplateEngineTests {
    static func render(_ text: String, _ value: TemplateObject, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try TemplateParser.parse($0) }
        templates["main"] = try TemplateParser.parse(text)
        return String(decoding: try TemplateRenderer(templates: templates).render(try #require(templates["main"]), with: value.templateValue), as: UTF8.self)
    }

    @Test("Variables are escaped, triple braces and & are not, missing names write nothing")
    func variables() throws {
        #expect(try Self.render("{{a}}|{{{a}}}|{{&a}}|{{b}}|{{n}}|{{f}}", ["a": "<L'é & \"x\">", "n": 3, "f": true])
            == "&lt;L&#39;é &amp; &quot;x&quot;&gt;|<L'é & \"x\">|<L'é & \"x\">||3|true")
        #expect(try Self.render("{{% CONTENT_TYPE: TEXT}}{{a}}", ["a": "<b>"]) == "<b>")
    }

    @Test("Sections repeat lists, show flags, enter values; inverted sections show on empty")
    func sections() throws {
        let value: TemplateObject = ["items": [["n": "1"], ["n": "2"]], "yes": true, "no": false, "none": [String](),
                                    "o": ["x": "X"], "name": "top"]
        #expect(try Self.render("{{#items}}[{{n}}{{name}}]{{/items}}", value) == "[1top][2top]")
        #expect(try Self.render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^none}}vide{{/none}}{{#none}}x{{/none}}", value) == "Y!Nvide")
        #expect(try Self.render("{{#o}}{{x}}{{/o}}{{o.x}}{{^missing}}m{{/missing}}{{#hasItems}}h{{/hasItems}}", value) == "XXmh")
        #expect(try Self.render("{{#items}}{{.}}{{/items}}", ["items": ["a", "b"]]) == "ab")
        #expect(try Self.render("[{{empty}}]{{#empty}}x{{/empty}}", ["empty": ""]) == "[]")
    }

    @Test("A tag alone on its line takes the line with it; others keep their spaces")
    func standaloneLines() throws {
        let text = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n  {{! note }}\nfin {{#yes}} a {{/yes}} b\n"
        #expect(try Self.render(text, ["items": ["1", "2"], "yes": true]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\nfin  a  b\n")
        #expect(try Self.render("{{% CONTENT_TYPE: HTML_FTAP}}\n<p>{{a}}</p>", ["a": "&"]) == "<p>&amp;</p>")
    }

    @Test("A partial alone on its line is indented line by line; inline it is not")
    func partials() throws {
        let partials = ["p": "<b>{{a}}</b>\n<i>{{a}}</i>\n"]
        #expect(try Self.render("<div>\n  {{>p}}\n</div>", ["a": "x"], partials: partials) == "<div>\n  <b>x</b>\n  <i>x</i>\n</div>")
        #expect(try Self.render("<div>{{>p}}</div>", ["a": "x"], partials: partials) == "<div><b>x</b>\n<i>x</i>\n</div>")
    }

    @Test("A shared value's partial is written once, from its own values, and reused as is")
    func sharedPartials() throws {
        let card = TemplateValue.shared(SharedTemplateObject(["t": .text("Carte")]))
        let partials = ["card": "<b>{{t}}{{page}}</b>\n"]
        let value: TemplateObject = ["a": [card], "b": [card], "page": "P"]
        // The page's own « page » is not seen by the card: its bytes are the same in every list.
        #expect(try Self.render("{{#a}}{{>card}}{{/a}}|{{#b}}{{>card}}{{/b}}|{{page}}", value, partials: partials)
            == "<b>Carte</b>\n|<b>Carte</b>\n|P")
        let indented = try Self.render("<ul>\n  {{#a}}\n  {{>card}}\n  {{/a}}\n</ul>\n", value, partials: partials)
        #expect(indented == "<ul>\n  <b>Carte</b>\n</ul>\n")
    }

    @Test("A child fills its parent's blocks; the parent's defaults stay elsewhere")
    func inheritance() throws {
        let partials = ["layout": "<title>{{$title}}Défaut{{/title}}</title>\n<main>{{$content}}{{/content}}</main>\n"]
        let child = "{{<layout}}\n{{$content}}\n<p>{{a}}</p>\n{{/content}}\n{{/layout}}\n"
        #expect(try Self.render(child, ["a": "x"], partials: partials) == "<title>Défaut</title>\n<main><p>x</p>\n</main>\n")
        // A block alone on its line takes the indentation of its default content, given or not.
        let intrinsic = ["box": "<div>\n{{$body}}\n  <p>défaut</p>\n  <p>suite</p>\n{{/body}}\n</div>\n"]
        #expect(try Self.render("{{>box}}", [:], partials: intrinsic) == "<div>\n  <p>défaut</p>\n  <p>suite</p>\n</div>\n")
        #expect(try Self.render("{{<box}}{{$body}}\n<p>a</p>\n<p>b</p>\n{{/body}}{{/box}}", [:], partials: intrinsic)
            == "<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n")
    }

    @Test("Faults are refused at their line and column, in French", arguments: [
        ("a\n{{#x}}b", 2, "jamais refermé"),
        ("{{#x}}{{/y}}", 1, "section ouverte est « x »"),
        ("a {{b", 1, "jamais refermée"),
        ("{{upper(x)}}", 1, "transformations"),
        ("{{=<% %>=}}", 1, "délimiteurs"),
        ("{{% CONTENT_TYPE: XML}}", 1, "inconnu"),
        ("{{<l}}texte{{x}}{{/l}}", 1, "seuls des blocs"),
    ])
    func faults(text: String, line: Int, words: String) {
        #expect(throws: TemplateParser.Failure.self) { try TemplateParser.parse(text) }
        do {
            _ = try TemplateParser.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test("Handlebars, Liquid and Jinja writings are refused at their place with the Mustache way", arguments: [
        ("<ul>\n{{#if projets}}x{{/if}}", 2, 4, "« {{#if …}} » est une écriture de Handlebars : en Mustache, une section s'écrit avec le seul nom de la valeur : « {{#x}}…{{/x}} », et le cas contraire « {{^x}}…{{/x}} »"),
        ("{{#each projects}}{{/each}}", 1, 4, "« {{#each …}} » est une écriture de Handlebars"),
        ("{{#unless draft}}{{/unless}}", 1, 4, "écrivez « {{^x}}…{{/x}} »"),
        ("{{#x}}a{{else}}b{{/x}}", 1, 8, "fermez la section par « {{/x}} », puis écrivez le cas contraire entre « {{^x}} » et « {{/x}} »"),
        ("{{#x}}{{this}}{{/x}}", 1, 9, "la valeur courante s'écrit « {{.}} »"),
        ("{{#x}}{{@index}}{{/x}}", 1, 9, "« {{@…}} »"),
        ("a\n  {{ title | upcase }}", 2, 12, "un filtre de Liquid ou de Jinja"),
        ("<p>\n{% if x %}y{% endif %}", 2, 1, "« {% … %} » est une balise de Liquid ou de Jinja"),
        ("{{> partials/card projet}}", 1, 19, "sans paramètre"),
        ("{{#x a=b}}{{/x}}", 1, 4, "une balise ne contient qu'un nom"),
    ])
    func foreignSyntax(text: String, line: Int, column: Int, words: String) {
        do {
            _ = try TemplateParser.parse(text)
            Issue.record("accepté : \(text)")
        } catch {
            #expect(error.line == line && error.column == column, "\(text) : \(error.line):\(error.column)")
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test("A comment ends at its first « }} »: one that held a tag or « }} » is refused where it starts")
    func commentsEndWhereTheyShould() throws {
        for text in ["a\n{{! ancien : {{title}} }}<p>", "{{!-- voir }} plus bas --}}", "x {{! a }} b }} c"] {
            do {
                _ = try TemplateParser.parse(text)
                Issue.record("accepté : \(text)")
            } catch {
                #expect(error.message.hasPrefix("ce commentaire se termine au premier « }} »"), "\(error.message)")
                #expect(text.split(separator: "\n").count == error.line)
            }
        }
        // A comment followed by the next tag, or on a line of its own, is what comments are for.
        #expect(try Self.render("{{! note }}{{a}} }}", ["a": "x"]) == "x }}")
        #expect(try Self.render("{{!-- note --}}\n<p>{{a}}</p>", ["a": "x"]) == "<p>x</p>")
    }
}
