import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPPlan
@testable import FTAPValidation

/// Builds in-memory content and runs validation, so rule tests need no disk.
enum TestContent {
    static let buildDate = ContentDate(year: 2026, month: 11, day: 25)!
    /// The date to build the example content on: today, as it is published (see
    /// `FTAPProcess.exampleContentEnvironment`).
    static var exampleContentBuildDate: ContentDate { ContentDate(secondsSince1970: Int(Date().timeIntervalSince1970)) }
    static let siteYAML = """
    titre: "Site de test"
    url: "https://exemple.gouv.fr"
    description: "Description de test"
    """

    /// A valid project sheet; `replacing` swaps whole lines (`key: value`) by key prefix.
    static func project(_ extra: String = "", title: String = "Projet test", amount: String = "1000000",
                        carrier: String = "Direction test", type: String = "administration-centrale", year: String = "2019") -> String {
        """
        ---
        titre: "\(title)"
        resume: "Un résumé."
        appel: \(year)
        porteur:
          nom: "\(carrier)"
          type: \(type)
        montant: \(amount)
        \(extra)
        ---
        Corps du texte.
        """
    }

    /// A sheet that uses every key of the schema, for tests that must see each one.
    static let completeSheetKeys = """
    programme: ftap
    cout_total: 2000000
    economies: 10000
    leviers: [donnees-ia, dematerialisation]
    statut: en-cours
    jalons:
      - date: 2020-01-01
        libelle: "Lancement : phase 1"
        etat: atteint
    versements:
      - date: 2020-02-01
        montant: 500_000
    objectifs: ["Un objectif"]
    sources:
      - titre: 'Source « citée »'
        url: "https://exemple.fr/a?b=c"
    mise_a_jour: 2021-01-01
    """

    /// `completeSheetKeys` in a valid sheet, with a ministry for its carrier.
    static func completeSheet(_ extra: String = "") -> String {
        project(completeSheetKeys + (extra.isEmpty ? "" : "\n" + extra))
            .replacingOccurrences(of: "  type: administration-centrale", with: "  type: administration-centrale\n  ministere: \"Ministère\"")
    }

    /// A published figure: `perimeter` is `appel: 2019` (with `session: 1` if wanted) or
    /// `periode: {debut: 2018, fin: 2019}`; `publisher` the `emetteur` line and what follows (`emetteur_nom`,
    /// `nature`…), the State's by default.
    static func officialFigure(_ perimeter: String, projects: Int? = nil, amount: Int? = nil,
                               title: String = "Chiffre officiel", date: String = "2019-11-19",
                               publisher: String = "emetteur: etat\nemetteur_nom: \"DITP\"") -> String {
        var text = "---\ntitre: \"\(title)\"\ndate: \(date)\n\(publisher)\n\(perimeter)\n"
        if let projects { text += "projets: \(projects)\n" }
        if let amount { text += "montant: \(amount)\n" }
        return text + "sources:\n  - titre: \"DITP\"\n    url: \"https://www.modernisation.gouv.fr/chiffre\"\n---\nTexte du chiffre.\n"
    }

    /// The publisher and the host that a production build requires, as `site.yml` gives them.
    static let legalContactsYAML = """

    editeur:
      nom: "Éditeur de test"
      adresse: |
        1 rue de l'Essai
        75000 Paris
      contact: "01 23 45 67 89"
    hebergeur:
      nom: "Hébergeur de test"
      adresse: "2 avenue de l'Essai, 69000 Lyon"
      contact: "hebergeur@exemple.fr"
    """

    /// `site.yml` with the fund's two envelopes.
    static let siteWithEnvelopes = siteYAML + """

    enveloppes:
      - nom: ftap-1
        titre: "FTAP 1"
        montant: 700_000_000
        appels: {debut: 2018, fin: 2022}
        sources:
          - titre: "DITP"
            url: "https://www.modernisation.gouv.fr/ftap-1"
      - nom: ftap-2
        titre: "FTAP 2"
        montant: 330_000_000
        appels: {debut: 2023, fin: 2025}
    """

    /// A file of the content; a sheet keeping the default title gets its slug in it, so that
    /// tests with several sheets are not two sheets of one project (`doublon-probable`).
    static func file(_ kind: ContentKind, _ slug: String, _ text: String) -> ContentFile {
        let text = kind == .project ? text.replacingOccurrences(of: "titre: \"Projet test\"\n", with: "titre: \"Projet test \(slug)\"\n") : text
        return ContentFile(path: "content/\(kind.folder)/\(slug).md", kind: kind, slug: slug, bytes: Array(text.utf8))
    }

    /// Validates the files, plus the pages every site must have (unless the test gives them).
    static func validate(_ files: [ContentFile], site: String = siteYAML, media: [MediaFile] = []) -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        let required = SitePlan.mandatoryPages.map(\.0).filter { slug in !files.contains { $0.kind == .page && $0.slug == slug } }
        let pages = required.map { file(.page, $0, "---\ntitre: \"\($0)\"\n---\n") }
        let source = ContentSource(root: "content", siteSettingsBytes: Array(site.utf8), files: files + pages, media: media, diagnostics: [])
        return ContentValidator.validate(source, context: ValidationContext(buildDate: buildDate))
    }

    static func diagnostics(_ files: [ContentFile]) -> [Diagnostic] {
        validate(files).diagnostics
    }

    static func diagnostics(project text: String, slug: String = "projet-test") -> [Diagnostic] {
        diagnostics([file(.project, slug, text)])
    }
}

extension Array where Element == Diagnostic {
    /// The codes with their file lines, for compact assertions.
    var codesAndLines: [String] { map { "\($0.code)@\($0.position.map { String($0.line) } ?? "-")" } }
}

/// The counts of a group of `agregats.json` (a dictionary of numbers), without its precision flags
/// (`montant_au_moins`, `montant_environ`…), which JSON reading gives as numbers too.
func countsOnly(_ value: Any?) -> [String: Int]? {
    guard let object = value as? [String: Any] else { return nil }
    return object.filter { !$0.key.hasSuffix("_au_moins") && !$0.key.hasSuffix("_environ") }.compactMapValues { $0 as? Int }
}
