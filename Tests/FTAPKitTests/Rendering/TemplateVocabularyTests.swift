import Foundation
import FTAPCore
@testable import FTAPAggregation
@testable import FTAPContent
@testable import FTAPImages
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPRendering
@testable import Mustache
import Testing

/// Mustache renders a misspelt name as nothing, silently. This test renders the view models of a
/// content set that uses every optional key, and checks that every name the templates use is
/// produced by some view model: a typo in a template or a renamed key fails here.
@Suite struct TemplateVocabularyTests {
    static func richContent(withOfficialFigures: Bool = true) throws -> SiteContent {
        var files = [
            TestContent.file(.project, "complet", TestContent.completeSheet("brouillon: true")),
            TestContent.file(.project, "autre", TestContent.project("programme: fitn\nrectificatifs:\n  - date: 2020-02-01\n    texte: \"Le porteur était mal nommé.\"",
                                                                carrier: "Autre porteur", type: "operateur")),
            TestContent.file(.testimonial, "t", "---\nauteur: \"A\"\nfonction: \"F\"\norganisation: \"O\"\nprojet: complet\ndate: 2020-01-01\nsource:\n  titre: \"Page\"\n  url: \"https://exemple.fr/page\"\n---\nCitation."),
            TestContent.file(.project, "sans-ministere", TestContent.project(title: "Sans ministère", amount: "5", carrier: "Autre", year: "2018")),
            TestContent.file(.project, "sans-montant", TestContent.project(title: "Sans montant", carrier: "Tiers", year: "2021")
                .replacingOccurrences(of: "montant: 1000000\n", with: "")),
            TestContent.file(.project, "plancher", TestContent.project("montant_approximation: au-moins", title: "Plancher", carrier: "Quart", year: "2018")),
            TestContent.file(.page, SitePlan.legalNoticeSlug, "---\ntitre: \"Mentions légales\"\n---\nTexte."),
            TestContent.file(.budgetExecution, "2019", "---\nannee: 2019\nae_lfi: 245000000\ncp_consommes: 37596883\nperimetre: \"Programme entier\"\nprovisoire: 2019-10-01\narrondi: true\nsources:\n  - titre: \"RAP\"\n    url: \"https://exemple.fr/rap\"\n---\nTexte."),
        ]
        if withOfficialFigures {
            files.append(TestContent.file(.officialFigure, "cumul", TestContent.officialFigure("periode: {debut: 2018, fin: 2019}", projects: 63, amount: 351_000_000)))
            files.append(TestContent.file(.officialFigure, "s1", TestContent.officialFigure("appel: 2019\nsession: 1", projects: 10, amount: 90_000_000)))
            files.append(TestContent.file(.officialFigure, "s2", TestContent.officialFigure("appel: 2019\nsession: 2", projects: 12)))
            files.append(TestContent.file(.officialFigure, "conso", TestContent.officialFigure(
                "periode: {debut: 2018, fin: 2025}\napproximation: environ\nmontant_publie: \"environ 800 M€\"", amount: 800_000_000,
                publisher: "emetteur: cour-des-comptes\nnature: consommation\nprevision: true")))
        }
        for i in 1...12 {
            files.append(TestContent.file(.news, "n\(i)", "---\ntitre: \"N\(i)\"\ndate: 2020-01-\(10 + i)\nresume: \"R\"\nrubriques: [\"Sujet\"]\nprojets: [complet]\n---\nTexte."))
        }
        let result = TestContent.validate(files, site: TestContent.siteWithEnvelopes + TestContent.legalContactsYAML
                                          + "\nsignaler_erreur: \"mailto:erreurs@exemple.gouv.fr\"\n"
                                          + "lettre_information: \"https://exemple.gouv.fr/lettre\"\n"
                                          + "reseaux_sociaux:\n  - nom: LinkedIn\n    url: \"https://www.linkedin.com/company/exemple\"\n"
                                          + "  - nom: Réseau inconnu\n    url: \"https://reseau.exemple.fr/fonds\"\n")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        // The image a shared page shows (`image_par_defaut`), a photo of media/ as the build reads it.
        var content = try #require(result.content)
        content.settings.defaultImage = ImageReference(relativePath: "partage.png", alt: "Logo du fonds", place: nil)
        content.withdrawals = [Withdrawal(address: "/projets/retire/", date: try #require(ContentDate(year: 2025, month: 3, day: 4)), reason: "Retrait de test.")]
        content.media.append(MediaFile(relativePath: "partage.png", sourcePath: "/nulle-part/partage.png",
                                       image: ImageInfo(width: 1600, height: 900, format: .png, hasAlpha: false), hash: "0"))
        // Every media key: an illustration with its caption and credit, a platform's video with
        // its still image, a video file with its captions, documents (one in English).
        content.media += [MediaFile(relativePath: "film.mp4", sourcePath: "/nulle-part/film.mp4", byteCount: 3_000_000),
                          MediaFile(relativePath: "film.vtt", sourcePath: "/nulle-part/film.vtt", byteCount: 2_000),
                          MediaFile(relativePath: "reglement.pdf", sourcePath: "/nulle-part/reglement.pdf", byteCount: 1_240_000)]
        func path(_ name: String) -> MediaPath { MediaPath(relativePath: name, place: nil) }
        let transcript = MarkdownBody.parse("Ce qui est dit.", firstLine: 1, file: "t").body
        let platform = VideoPlatformAddress(platform: .youTube, watchURL: "https://www.youtube.com/watch?v=abcdefghijk",
                                            playerURL: "https://www.youtube-nocookie.com/embed/abcdefghijk", host: "www.youtube-nocookie.com")
        let documents = [DownloadableDocument(title: "Règlement", file: path("reglement.pdf")),
                         DownloadableDocument(title: "Rules", file: path("reglement.pdf"), language: "en")]
        content.news[0].media = ContentMedia(
            image: ImageReference(relativePath: "partage.png", alt: "Le logo", place: nil, caption: "Légende", credit: "DITP"),
            videos: [Video(title: "Entretien", source: .platform(platform), transcript: transcript, still: path("partage.png")),
                     Video(title: "Film", source: .file(path("film.mp4")), transcript: transcript, captions: path("film.vtt"))],
            documents: documents)
        content.testimonials[0].media = ContentMedia(image: ImageReference(relativePath: "partage.png", alt: "", place: nil),
                                                     documents: documents)
        return content
    }

    static func keys(in value: TemplateValue, into set: inout Set<String>) {
        switch value {
        case let .object(values):
            for (key, item) in values {
                set.insert(key)
                keys(in: item, into: &set)
            }
        case let .shared(shared):
            keys(in: .object(shared.values), into: &set)
        case let .list(items):
            for item in items { keys(in: item, into: &set) }
        case .text, .flag:
            break
        }
    }

    /// Names used by `{{name}}`, `{{#name}}`, `{{^name}}`, `{{{name}}}` and `{{&name}}`, first path component.
    static func templateNames() throws -> [String: Set<String>] {
        let folder = URL(fileURLWithPath: FTAPProcess.templates)
        let pattern = try NSRegularExpression(pattern: "\\{\\{\\{?\\s*[#^&]?\\s*([A-Za-z][A-Za-z0-9_]*)")
        var names: [String: Set<String>] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names[relative, default: []].insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        return names
    }

    @Test func everyNameInTheTemplatesIsProducedByAViewModel() throws {
        var produced = Set<String>()
        for withFigures in [true, false] {
            var site = PublishedSite(content: try Self.richContent(withOfficialFigures: withFigures), buildDate: TestContent.buildDate, includeDrafts: true)
            let day = try #require(ContentDate(year: 2025, month: 3, day: 4))
            for file in site.projects.map(\.file) + site.officialFigures.map(\.file) {
                site.figureHistories[file] = FigureHistory(changes: [FigureHistory.Change(date: day, figure: "Montant", isEuros: true,
                                                                                          before: nil, after: FigureHistory.Value(number: 1))])
            }
            let aggregates = Aggregates(site: site)
            let dataFiles = DataFiles(site: site, aggregates: aggregates, plan: SitePlan(site: site, staticFiles: [])).files(SitePlan.DataFile.allCases)
            let views = ViewModels(site: site, aggregates: aggregates, dataFileSizes: DataFiles.sizes(of: dataFiles))
            for page in views.pages(of: SitePlan(site: site, staticFiles: [])) { Self.keys(in: page.context.templateValue, into: &produced) }
            // A long list's pagination (the rich content is one page long).
            Self.keys(in: (["pagination": views.pagination(.projects, current: 2, items: 500)] as TemplateObject).templateValue, into: &produced)
        }
        // The list the build checks templates against is exactly what the view models give.
        #expect(produced.subtracting(TemplateVocabulary.names).isEmpty,
                "noms donnés par les vues, absents de TemplateVocabulary.names : \(produced.subtracting(TemplateVocabulary.names).sorted())")
        #expect(TemplateVocabulary.names.subtracting(produced).isEmpty,
                "noms de TemplateVocabulary.names qu'aucune vue ne donne plus : \(TemplateVocabulary.names.subtracting(produced).sorted())")
        let names = try Self.templateNames()
        #expect(!names.isEmpty)
        for (template, used) in names.sorted(by: { $0.key < $1.key }) {
            let unknown = used.subtracting(produced).sorted()
            #expect(unknown.isEmpty, "\(template) utilise des noms qu'aucune vue ne fournit : \(unknown)")
        }
    }

    @Test func aNameNoPageGivesIsFoundAtItsPlaceWithTheNameMeant() throws {
        let templates = ["layout": try TemplateParser.parse("<title>{{siteTitle}}</title>\n{{#projects}}\n  <p>{{amount}} {{figures.amont}}</p>{{/projects}}")]
        let unknown = try #require(TemplateVocabulary.firstUnknownName(in: templates))
        #expect(unknown.template == "layout" && unknown.place == TemplatePlace(line: 3, column: 19), "\(unknown)")
        #expect(unknown.message == "le nom « amont » (dans « figures.amont ») n'est donné aux gabarits par aucune page : il s'afficherait vide ; vouliez-vous dire « amount » ?")
        let section = try #require(TemplateVocabulary.firstUnknownName(in: ["p": try TemplateParser.parse("{{#hasproject}}x{{/hasproject}}")]))
        #expect(section.message.hasSuffix("vouliez-vous dire « hasProjects » ?"), "\(section.message)")
        #expect(TemplateVocabulary.firstUnknownName(in: ["p": try TemplateParser.parse("{{#projects}}{{.}}{{title}}{{/projects}}")]) == nil)
    }
}
