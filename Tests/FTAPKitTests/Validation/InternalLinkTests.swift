import Testing
@testable import FTAPKit

@Suite struct InternalLinkTests {
    private func diagnostics(body: String, extra: [ContentFile] = []) throws -> [Diagnostic] {
        let page = TestContent.file(.page, "a-propos", "---\ntitre: \"À propos\"\n---\n" + body)
        let files = [TestContent.file(.project, "cloud-etat", TestContent.project()),
                     TestContent.file(.project, "brouillon", TestContent.project("brouillon: true")), page] + extra
        let content = try #require(TestContent.validate(files).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: false)
        let source = ContentSource(root: "content", siteSettingsBytes: nil, files: files)
        let parsed = ContentValidator.parse(source, context: ValidationContext(buildDate: TestContent.buildDate))
        return InternalLinkRules.check(site: site, content: content, parsed: parsed,
                                       plan: SitePlan(site: site, staticFiles: ["assets/ftap.css"]))
    }

    @Test func linkToAMissingPageIsReportedAtItsLineWithASuggestion() throws {
        let d = try diagnostics(body: "Texte.\n\nVoir [le cloud](/projets/cloud-etta/).")
        #expect(d.codesAndLines == ["lien-interne-casse@6"])
        #expect(d[0].position?.column == 6)  // the link's « [ »
        #expect(d[0].message.contains("vouliez-vous dire « /projets/cloud-etat/ » ?"))
    }

    @Test func linkToADraftSaysItIsNotPublished() throws {
        let d = try diagnostics(body: "[b](/projets/brouillon/)")
        #expect(d.map(\.code.rawValue) == ["lien-interne-casse"])
        #expect(d[0].message.contains("pas publiée"))
    }

    @Test func linksToPagesFilesAnchorsAndStaticFilesAreAccepted() throws {
        let body = """
        [a](/projets/cloud-etat/#sources) [b](/projets/cloud-etat) [c](/donnees/projets.csv) [d](/chiffres-cles/)
        [e](/appels/2019/) [f](/beneficiaires/administration-centrale/) [g](/assets/ftap.css) [h](/actualites/?x=1)
        [i](https://exemple.fr/inexistant/) [j](//cdn.exemple.fr/x)

        [ref]: /plan-du-site/
        """
        #expect(try diagnostics(body: body).isEmpty)
    }

    @Test func referenceLinksAreCheckedAtTheirUse() throws {
        #expect(try diagnostics(body: "[x][ref]\n\n[ref]: /plan-du-sit/").codesAndLines == ["lien-interne-casse@4"])
        #expect(try diagnostics(body: "Voir [x][ref].\n\n[ref]:\n  /plan-du-sit/\n  \"Titre\"").codesAndLines == ["lien-interne-casse@4"])
    }

    @Test func destinationOnTheNextLineIsChecked() throws {
        #expect(try diagnostics(body: "Voir [x](\n/plan-du-sit/).").codesAndLines == ["lien-interne-casse@4"])
    }

    @Test(arguments: [
        "`[x](/nulle-part/)`",
        "Texte.\n\n    [x](/nulle-part/)",
        "~~~\n[x](/nulle-part/)\n~~~",
        "````md\n```\n[x](/nulle-part/)\n```\n````",
        "<!-- [x](/nulle-part/) -->",
        "Texte <!-- [x](/nulle-part/) --> suite.",
        "\\[x](/nulle-part/)",
        "[x]\\(/nulle-part/)",
    ])
    func codeCommentsAndEscapesAreNotLinks(body: String) throws {
        #expect(try diagnostics(body: body).isEmpty)
    }

    @Test func imagesAreCheckedToo() throws {
        #expect(try diagnostics(body: "![carte](/media/absente.png)").codesAndLines == ["lien-interne-casse@4"])
    }

    /// 100,000 links on one line, all valid: every one read, none reported. (Through regular
    /// expressions, 16,000 took 6.7 s; cmark's tree is linear.)
    @Test func oneHundredThousandLinksOnOneLine() throws {
        let line = String(repeating: "[a](/plan-du-site/) ", count: 100_000)
        let clock = ContinuousClock.now
        #expect(try diagnostics(body: line).isEmpty)
        print("100 000 liens lus en \(ContinuousClock.now - clock)")
        let broken = String(repeating: "[a](/nulle-part/) ", count: 100_000)
        let d = try diagnostics(body: broken)
        #expect(d.filter { $0.code.rawValue == "lien-interne-casse" }.count == DiagnosticCollector.maximumPerFile)
        #expect(d.last?.code.rawValue == "trop-d-erreurs")
        #expect(d.first?.position?.column == 1)
        #expect(d.last(where: { $0.code.rawValue == "lien-interne-casse" })?.position?.column == 1 + 18 * (DiagnosticCollector.maximumPerFile - 1))
    }

    @Test func linkToASheetWithErrorsOfItsOwnIsNotReportedAgain() throws {
        let broken = TestContent.file(.project, "casse", TestContent.project(amount: "-1"))
        #expect(try diagnostics(body: "[x](/projets/casse/)", extra: [broken]).isEmpty)
    }

    @Test func linksInCodeBlocksAreIgnored() throws {
        #expect(try diagnostics(body: "```\n[x](/nulle-part/)\n```").isEmpty)
    }
}
