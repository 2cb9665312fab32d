@testable import FrenchTypesetting
import Testing
import TestSupport

/// U+202F (narrow no-break space) and U+00A0 (no-break space), named for the expectations.
private let n = "\u{202F}"
private let b = "\u{A0}"

/// French typography on tricky strings: each expectation is the exact text.
@Suite struct FrenchTypographyTests {
    @Test("Plain text typeset exactly", arguments: [
        ("", ""),
        ("Projet Alpha", "Projet Alpha"),
        ("l'État", "l’État"),
        ("aujourd'hui", "aujourd’hui"),
        ("Women's Forum", "Women’s Forum"),
        ("les parents' avis, 'tis", "les parents' avis, 'tis"),
        ("\"déjà\"", "«\(n)déjà\(n)»"),
        ("« déjà »", "«\(n)déjà\(n)»"),
        ("«déjà»", "«\(n)déjà\(n)»"),
        ("«\(b)déjà\(b)»", "«\(b)déjà\(b)»"),
        ("\"Il a dit \"oui\" hier\"", "«\(n)Il a dit “oui” hier\(n)»"),
        ("« Il a dit \"oui\" »", "«\(n)Il a dit “oui”\(n)»"),
        ("\"", "\""),
        ("un écran 12\" et \" seul", "un écran 12\" et \" seul"),
        ("Attention : ceci", "Attention\(b): ceci"),
        ("Vraiment ? Oui ! Non ; peut-être", "Vraiment\(n)? Oui\(n)! Non\(n); peut-être"),
        ("Vraiment? Quoi?!", "Vraiment\(n)? Quoi\(n)?!"),
        ("Voir https://example.fr:8080/page?x=1&y=l'a ; merci", "Voir https://example.fr:8080/page?x=1&y=l'a\(n); merci"),
        ("Écrire à contact@ftap.gouv.fr ! ou o'neil@x.fr", "Écrire à contact@ftap.gouv.fr\(n)! ou o'neil@x.fr"),
        ("www.ftap.fr/l'appel?id=2e", "www.ftap.fr/l'appel?id=2e"),
        ("(voir www.x.fr/l'a)", "(voir www.x.fr/l'a)"),
        ("Réunion à 14:30, ratio 1:2, a;b x!=y", "Réunion à 14:30, ratio 1:2, a;b x!=y"),
        ("3.5 % et 3,5 % mais 3,5%", "3.5\(b)% et 3,5\(b)% mais 3,5%"),
        ("4 525,85 €", "4\(n)525,85\(b)€"),
        ("700 M€, 1,2 Md€, les M€", "700\(b)M€, 1,2\(b)Md€, les M€"),
        ("les 20 000 agents, en 2018 450 projets", "les 20\(n)000 agents, en 2018 450 projets"),
        ("1er, 1re, 2e, XXIe, 1 er", "1er, 1re, 2e, XXIe, 1 er"),
        ("Application Histologe (prise en charge du « mal logement »)", "Application Histologe (prise en charge du «\(n)mal logement\(n)»)"),
        ("FTAP 2 : 330 millions", "FTAP 2\(b): 330 millions"),
        ("C'est « oui ».", "C’est «\(n)oui\(n)»."),
        ("«\(n)déjà\(n)» l’État\(n)! 4\(n)525\(b)€", "«\(n)déjà\(n)» l’État\(n)! 4\(n)525\(b)€"),
        ("“English quotes” and ‘single’", "«\(n)English quotes\(n)» and ‘single’"),
        ("Titre :\nsuite", "Titre\(b):\nsuite"),
        ("  : au début", "  : au début"),
    ])
    func plain(text: String, expected: String) {
        #expect(FrenchTypography.typeset(text) == expected)
        // Typesetting a text already typeset changes nothing.
        #expect(FrenchTypography.typeset(expected) == expected)
    }

    @Test("HTML text: escaped as Mustache escapes, ordinals' endings in <sup>", arguments: [
        ("1er, 1re, 1ers, 2e, 2es, XXIe, 1 er", "1<sup>er</sup>, 1<sup>re</sup>, 1<sup>ers</sup>, 2<sup>e</sup>, 2<sup>es</sup>, XXI<sup>e</sup>, 1 er"),
        ("le 4e comité du 1er mars", "le 4<sup>e</sup> comité du 1<sup>er</sup> mars"),
        ("2nd, 2nde, 3nd, 1e, 0e, 1ère, 2ème", "2<sup>nd</sup>, 2<sup>nde</sup>, 3nd, 1e, 0e, 1ère, 2ème"),
        ("Ce projet, Le, Me, Ve République, François Ier, CIVIL, Xe, XIXe-siècle", "Ce projet, Le, Me, V<sup>e</sup> République, François I<sup>er</sup>, CIVIL, X<sup>e</sup>, XIX<sup>e</sup>-siècle"),
        ("H2O, 3.5e, #3e3, 1e10, A4e, (2e)", "H2O, 3.5e, #3e3, 1e10, A4e, (2<sup>e</sup>)"),
        ("le 1 000e projet", "le 1\(n)000<sup>e</sup> projet"),
        ("https://x.fr/2e-appel?l'a", "https://x.fr/2e-appel?l&#39;a"),
        ("L'appel \"2019\" & <b>", "L’appel «\(n)2019\(n)» &amp; &lt;b&gt;"),
        ("'x' \" R&D", "&#39;x&#39; &quot; R&amp;D"),
    ])
    func html(text: String, expected: String) {
        #expect(FrenchTypography.html(text) == expected)
    }

    @Test func htmlWithoutMarkupKeepsOrdinalsOnTheLine() {
        #expect(FrenchTypography.html("Le 1er appel : l'État", superscripts: false) == "Le 1er appel\(b): l’État")
    }

    /// 20,000 texts drawn from the characters the rules are about: typesetting twice changes
    /// nothing more than once; a text the quick test lets through unchanged is one the rules
    /// leave unchanged; and no text, in any mode, makes the typesetter fail.
    @Test func randomTextsAreStableAndTheQuickTestNeverMissesAChange() {
        let alphabet = ["a", "é", "L", "I", "V", "X", "C", "e", "r", "n", "s", "d", "1", "2", "0", "9", " ", " ", "'", "\"", ":",
                        ";", "!", "?", "%", "€", "M", "k", "«", "»", "“", "”", "\u{A0}", "\u{202F}", "\n", ",", ".", "@",
                        "/", "http://", "www.", "(", ")", "<", ">", "&", "-", "’", "#", "=", "<b>", "&nbsp;", "<!--", "-->",
                        "<title>", "</title>", "<script>", "</script>", "<option>"]
        var generator = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        func random(_ bound: Int) -> Int { generator.next(bound) }
        for _ in 0..<20_000 {
            let text = (0..<random(16)).map { _ in alphabet[random(alphabet.count)] }.joined()
            let once = FrenchTypography.typeset(text)
            #expect(FrenchTypography.typeset(once) == once, "\(text.debugDescription)")
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                let input = UnsafeBufferPointer(buffer)
                if !FrenchTypesetter.needsTypesetting(input) {
                    for superscripts in [FrenchTypesetter.Superscripts.none, .tags] {
                        var typesetter = FrenchTypesetter(.init(superscripts: superscripts))
                        var output: [UInt8] = []
                        typesetter.typeset(input, into: &output)
                        #expect(output == Array(input), "\(text.debugDescription)")
                    }
                }
                var source = FrenchTypesetter(.init(readsHTML: true, superscripts: .tags))
                var output: [UInt8] = []
                source.typeset(input, into: &output)
                source.interrupt()
                source.typeset(input, into: &output)
            }
            _ = FrenchTypography.html(text)
        }
    }

    /// A diagnostic quotes what to type: only its spaces change, never a quote or an apostrophe.
    @Test func noBreakSpacesKeepEveryOtherCharacter() {
        #expect(FrenchTypography.noBreakSpaces("la clé « titre » est déjà écrite ligne 2 ; seule la première valeur est lue : gardez-en une seule")
            == "la clé «\(n)titre\(n)» est déjà écrite ligne 2\(n); seule la première valeur est lue\(b): gardez-en une seule")
        #expect(FrenchTypography.noBreakSpaces("mettez-le entre guillemets doubles (\"L'appel 2021\") ou doublez l'apostrophe ('L''appel 2021')")
            == "mettez-le entre guillemets doubles (\"L'appel 2021\") ou doublez l'apostrophe ('L''appel 2021')")
        #expect(FrenchTypography.noBreakSpaces("« ! » au début ? Non") == "«\(n)!\(n)» au début\(n)? Non")
        #expect(FrenchTypography.noBreakSpaces("") == "")
        #expect(FrenchTypography.noBreakSpaces(" :") == "\(b):")
    }

    /// A value is typeset after what the page already holds, never changing it.
    @Test func htmlNeverChangesWhatPrecedes() {
        var output = Array("<p>Texte ".utf8)
        FrenchTypography.appendHTML(": suite !", superscripts: true, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "<p>Texte : suite\(n)!")
    }
}
