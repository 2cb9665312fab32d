@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

@Suite struct InternalLinkTests {
    private func diagnostics(body: String, extra: [ContentFile] = [], pageIsDraft: Bool = false, includeDrafts: Bool = false,
                             anchors: PageAnchors? = nil) throws -> [Diagnostic] {
        let page = TestContent.file(.page, "a-propos", "---\ntitre: \"À propos\"\n\(pageIsDraft ? "brouillon: true\n" : "")---\n" + body)
        let files = [TestContent.file(.project, "cloud-etat", TestContent.project()),
                     TestContent.file(.project, "brouillon", TestContent.project("brouillon: true")), page] + extra
        let content = try #require(TestContent.validate(files).content)
        let site = PublishedSite(content: content, buildDate: TestContent.buildDate, includeDrafts: includeDrafts)
        let source = ContentSource(root: "content", siteSettingsBytes: nil, files: files)
        let parsed = ContentValidator.parse(source, context: ValidationContext(buildDate: TestContent.buildDate))
        return InternalLinkRules.check(site: site, content: content, parsed: parsed,
                                       plan: SitePlan(site: site, staticFiles: ["assets/ftap.css"]), anchors: anchors)
    }

    @Test func linkToAMissingPageIsReportedAtItsLineWithASuggestion() throws {
        let d = try diagnostics(body: "Texte.\n\nVoir [le cloud](/projets/cloud-etta/).")
        #expect(d.codesAndLines == ["lien-interne-casse@6"])
        #expect(d[0].position?.column == 6)  // the link's « [ »
        #expect(d[0].message.contains("vouliez-vous dire « /projets/cloud-etat/ » ?"))
    }

    /// Issue 22, point 7: a published text's link to a draft or a scheduled item is a warning,
    /// with the preview's drafts shown or not; a draft's link to a draft is nothing new.
    @Test func linkToADraftOrAScheduledItemIsAWarning() throws {
        let d = try diagnostics(body: "[b](/projets/brouillon/)")
        #expect(d.map(\.code.rawValue) == ["lien-vers-brouillon"] && d.first?.severity == .warning)
        #expect(d.first?.message.contains("sur le site public, son texte s'affichera sans lien jusqu'à la publication de cette page") == true)
        #expect(try diagnostics(body: "[b](/projets/brouillon/#jalons)", includeDrafts: true).map(\.code.rawValue) == ["lien-vers-brouillon"])
        #expect(try diagnostics(body: "[b](/projets/brouillon/)", pageIsDraft: true, includeDrafts: true).isEmpty)
        let scheduled = [TestContent.file(.news, "plus-tard", "---\ntitre: \"Plus tard\"\ndate: 2027-01-15\nresume: \"R\"\n---\nTexte."),
                         TestContent.file(.page, "projet-de-page", "---\ntitre: \"P\"\nbrouillon: true\n---\nTexte.")]
        let found = try diagnostics(body: "[n](/actualites/plus-tard/) [p](/projet-de-page/)", extra: scheduled)
        #expect(found.map(\.code.rawValue) == ["lien-vers-brouillon", "lien-vers-brouillon"], "\(found)")
    }

    @Test func thePublicSiteWritesALinkToADraftAsItsText() throws {
        let html = "<p>Voir <a href=\"/projets/brouillon/#jalons\" title=\"t\">le <em>brouillon</em></a> et <a href=\"/projets/cloud-etat/\">le cloud</a>.</p>\n"
        let body = MarkdownBody(text: "", firstLine: 1, html: html,
                                links: [MarkdownLink(destination: "/projets/brouillon/#jalons", position: SourcePosition(line: 1, column: 6))])
        let hidden: Set<String> = ["/projets/brouillon/"]
        #expect(body.removingLinks { LinkResolution.leads(to: $0, among: hidden) }.html
                == "<p>Voir le <em>brouillon</em> et <a href=\"/projets/cloud-etat/\">le cloud</a>.</p>\n")
        #expect(LinkResolution.leads(to: "/projets/brouillon", among: hidden))
        #expect(!LinkResolution.leads(to: "https://exemple.fr/projets/brouillon/", among: hidden))
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

    /// Issue 22, point 1: a section (`#jalons`) is looked for in what the page's templates write.
    @Test func aSectionThePageDoesNotWriteIsAnErrorWithTheSectionMeant() throws {
        let anchors = try TemplateSet.read(from: FTAPProcess.templates).anchors
        let good = "[a](/projets/cloud-etat/#jalons) [b](/temoignages/#temoignage-camille) [c](#contenu) [d](/chiffres-cles/#titre-execution)"
        #expect(try diagnostics(body: good, anchors: anchors).isEmpty)
        let d = try diagnostics(body: "[a](/projets/cloud-etat/#jalon)\n\n[b](#sommaire)\n\n[c](/temoignages/#camille)", anchors: anchors)
        #expect(d.codesAndLines == ["lien-interne-casse@4", "lien-interne-casse@6", "lien-interne-casse@8"], "\(d)")
        #expect(d.first?.message == "le lien « /projets/cloud-etat/#jalon » mène à la section « #jalon », que la page « /projets/cloud-etat/ » n'a pas : le lecteur arriverait en haut de la page ; vouliez-vous dire « #jalons » ?")
        #expect(d.dropFirst().first?.message.contains("que la page « /a-propos/ » n'a pas") == true, "\(d)")
        // Without the templates (the fuzz target), sections are not checked.
        #expect(try diagnostics(body: "[a](/projets/cloud-etat/#jalon)").isEmpty)
    }
}
