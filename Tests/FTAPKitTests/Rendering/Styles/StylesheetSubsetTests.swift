import Foundation
@testable import FTAPRendering
import Testing

/// The site's stylesheet keeps what its pages can use of the DSFR's, and nothing is lost on the
/// way: strings, functions and groups are read as a browser reads them.
@Suite struct StylesheetSubsetTests {
    static func subset(_ css: String, classes: Set<String>, alsoRead: Set<String> = []) -> String {
        let rules = StylesheetSubset(classes: classes).selected(CSSRule.rules(in: Array(css.utf8)))
        var output: [UInt8] = []
        for rule in CustomProperties.pruned(rules, alsoRead: alsoRead) { rule.write(into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func rulesReadAsABrowserReadsThem() {
        let css = #"/* a { } */ a{color:red} @media (min-width:48em){.b{x:"}{"}} @font-face{src:url("a;b{.woff2")} @charset "utf-8";"#
        let rules = CSSRule.rules(in: Array(css.utf8))
        #expect(rules.count == 4)
        #expect(String(decoding: rules[1].prelude, as: UTF8.self) == "@media (min-width:48em)")
        guard case let .group(children) = rules[1].kind else { Issue.record("@media is a group"); return }
        #expect(String(decoding: children[0].body, as: UTF8.self) == #"x:"}{""#)
        #expect(rules[2].kind == .atBlock && String(decoding: rules[2].body, as: UTF8.self) == #"src:url("a;b{.woff2")"#)
        #expect(rules[3].kind == .statement)
    }

    /// The site's own stylesheets are deployed without the comments written for their editors.
    @Test func ownStylesheetsLoseTheirCommentsNotTheirRules() {
        let css = "/* A note. */\n.a { color: red; } /* b */\n@media print {\n  /* c */\n  .b::after { content: \"/* d */\"; }\n}\n"
        #expect(String(decoding: CSSRule.compacted(Array(css.utf8)), as: UTF8.self)
            == ".a{color: red;}@media print{.b::after{content: \"/* d */\";}}")
    }

    @Test func aSelectorStaysWhenEveryClassCanBeOnAPage() {
        let css = ".fr-btn{a:1}.fr-tag{b:2}.fr-btn.fr-tag{c:3}.fr-btn,.fr-tag{d:4}p{e:5}.fr-btn:not(.fr-tag){f:6}[class*=fr-icon]{g:7}"
        #expect(Self.subset(css, classes: ["fr-btn"]) == ".fr-btn{a:1}.fr-btn{d:4}p{e:5}.fr-btn:not(.fr-tag){f:6}[class*=fr-icon]{g:7}")
    }

    @Test func elementsFollowTheirBlockAndModifiersTheirPageOrTheScripts() {
        let css = ".fr-header__menu{a:1}.fr-btn--secondary{b:2}.fr-collapse--expanded{c:3}.fr-collapsing{d:4}.fr-nav__item{e:5}.fr-btn--close{f:6}"
        let kept = Self.subset(css, classes: ["fr-header", "fr-collapse", "fr-btn", "fr-btn--close"])
        #expect(kept == ".fr-header__menu{a:1}.fr-collapse--expanded{c:3}.fr-collapsing{d:4}.fr-btn--close{f:6}")
    }

    @Test func groupsForOldBrowsersAndEmptyGroupsGo() {
        let css = "@media screen and (min-width:0\\0) and (-ms-high-contrast:none){.fr-btn{a:1}}@media (forced-colors:active),(-ms-high-contrast:active){.fr-btn{b:2}}@media (min-width:48em){.fr-tag{c:3}}.fr-input:-ms-input-placeholder{d:4}"
        #expect(Self.subset(css, classes: ["fr-btn", "fr-input"]) == "@media (forced-colors:active),(-ms-high-contrast:active){.fr-btn{b:2}}")
    }

    @Test func customPropertiesStayOnlyWhenSomethingReadsThem() {
        let css = ":root{--a:red;--b:var(--c);--c:blue;--d:green;--e:1px}.fr-btn{color:var(--a);background:var( --b)}"
        #expect(Self.subset(css, classes: ["fr-btn"]) == ":root{--a:red;--b:var(--c);--c:blue}.fr-btn{color:var(--a);background:var( --b)}")
        #expect(Self.subset(css, classes: ["fr-btn"], alsoRead: ["--e"]) == ":root{--a:red;--b:var(--c);--c:blue;--e:1px}.fr-btn{color:var(--a);background:var( --b)}")
        #expect(Self.subset(":root{--a:red}", classes: []) == "")
    }

    @Test func iconsAreWrittenIntoTheStylesheetAndFontsKeepTheirWOFF2() throws {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg"><path d="M1 1#"/></svg>"#.utf8)
        let urls = StylesheetURLs(base: "dsfr/utility/icons/", icon: { $0 == "dsfr/icons/system/x.svg" ? svg : nil },
                                  deployed: ["dsfr/fonts/M.woff2"])
        let rules = CSSRule.rules(in: Array(#".fr-icon-x:before{mask-image:url(../../icons/system/x.svg)}.y{background:url(../../autre.png)}@font-face{font-family:M;src:url(../../fonts/M.woff2) format("woff2"),url(../../fonts/M.woff) format("woff")}@font-face{src:url(../../fonts/L.woff2) format("woff2")}"#.utf8))
        var output: [UInt8] = []
        for rule in try urls.rewrite(rules) { rule.write(into: &output) }
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains(#"mask-image:url("data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3Cpath%20d=%22M1%201%23%22/%3E%3C/svg%3E")"#), "\(text)")
        #expect(text.contains(".y{background:url(autre.png)}"))
        #expect(text.contains(#"@font-face{font-family:M;src:url(fonts/M.woff2) format("woff2")}"#))
        #expect(!text.contains("L.woff2"), "a font whose file is not deployed goes")
    }

    @Test func classesAreReadFromPagesAndScripts() {
        let html = Array(##"<p class="fr-a  fr-b">x</p><a class='fr-c' href="#">y</a><p data-class="fr-d">z</p>"##.utf8)
        #expect(PageClasses.inPage(html) == ["fr-a", "fr-b", "fr-c"])
        #expect(PageClasses.inScript(Array("e.className = 'fr-badge fr-badge--sm'; x.add(\"fr-mb-1v\"); refr-no".utf8)) == ["fr-badge", "fr-badge--sm", "fr-mb-1v"])
    }

    /// The example site's stylesheet: a fraction of the DSFR's, with the icons its pages show.
    @Test func theExampleSiteGetsAFractionOfTheDSFR() throws {
        let listing = TemplateSet.staticFiles(in: FTAPProcess.templates).files
        let (deployed, kit) = DSFRKit.split(listing)
        let dsfr = try #require(kit, "make dsfr first")
        #expect(!deployed.contains { $0.relative.hasPrefix("dsfr/icons/") || $0.relative.hasPrefix("dsfr/utility/") || $0.relative.hasPrefix("dsfr/component/") })
        let css = try dsfr.stylesheet(classes: ["fr-header", "fr-btn", "fr-icon-rss-line"], deployed: Set(deployed.map(\.relative)))
        let full = try dsfr.read(DSFRKit.stylesheet)
        #expect(css.count * 4 < full.count, "\(css.count) of \(full.count) bytes")
        let text = String(decoding: css, as: UTF8.self)
        #expect(text.hasPrefix("@charset \"UTF-8\";\n/*!"), "the encoding first, then the DSFR's licence notice")
        #expect(text.contains(".fr-icon-rss-line:before") && text.contains("data:image/svg+xml,"))
        #expect(!text.contains(".fr-icon-star-line"))
        let script = try #require(try dsfr.script(classes: ["fr-header", "fr-modal"]))
        let scriptText = String(decoding: script, as: UTF8.self)
        #expect(scriptText.contains("header") && !scriptText.contains("TOOLTIP"))
        let fullScript = try #require(deployed.first { $0.relative == DSFRKit.script })
        #expect(script.count < (try FileManager.default.attributesOfItem(atPath: fullScript.source)[.size] as? Int ?? 0))
    }
}
