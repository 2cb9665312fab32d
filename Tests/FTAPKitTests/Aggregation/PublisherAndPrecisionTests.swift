import Foundation
@testable import FTAPKit
import Testing

/// Who published a figure, when, and how exact it is, read on every page, feed and data file of a
/// built site, as a journalist would: « Selon l'État » only for what the State published, a press
/// figure never as the headline, spending and savings never added to what was granted, and an
/// approximate amount never shown as exact, nor any sum that includes it.
@Suite(.serialized) struct PublisherAndPrecisionTests {
    static let nbsp = "\u{00A0}"

    static func figure(_ slug: String, _ keys: String, title: String) -> (String, String) {
        ("content/chiffres-officiels/\(slug).md",
         "---\ntitre: \"\(title)\"\n\(keys)\nsources:\n  - titre: \"Source de \(slug)\"\n    url: \"https://exemple.fr/\(slug)\"\n---\nTexte.\n")
    }

    /// One figure of each publisher and each nature; the press figure is the latest of all.
    static let figures = [
        figure("etat", "date: 2019-09-25\nemetteur: etat\nemetteur_nom: \"DITP\"\nappel: 2019\nprojets: 63\nmontant: 351_000_000",
               title: "Lauréats selon l'État"),
        figure("cour", "date: 2025-11-13\nemetteur: cour-des-comptes\nperiode: {debut: 2018, fin: 2025}\nprojets: 149",
               title: "Bilan de la Cour"),
        figure("cour-conso", "date: 2025-11-13\nemetteur: cour-des-comptes\nnature: consommation\nprevision: true\nperiode: {debut: 2018, fin: 2025}\nmontant: 800_000_000\napproximation: environ\nmontant_publie: \"environ 800 M€\"",
               title: "Consommation selon la Cour"),
        figure("cour-eco", "date: 2025-11-13\nemetteur: cour-des-comptes\nnature: economies\nperiode: {debut: 2018, fin: 2025}\nmontant: 339_000_000",
               title: "Économies selon la Cour"),
        figure("senat", "date: 2020-11-19\nemetteur: parlement\nemetteur_nom: \"Sénat\"\nappel: 2020\nprojets: 81",
               title: "Lauréats selon le Sénat"),
        figure("senat-conso", "date: 2024-11-20\nemetteur: parlement\nemetteur_nom: \"Sénat\"\nnature: consommation\nperiode: {debut: 2018, fin: 2024}\nmontant: 103_000_000",
               title: "Consommation selon le Sénat"),
        figure("presse", "date: 2025-11-20\nemetteur: presse\nemetteur_nom: \"Les Échos\"\nappel: 2018\nsession: 1\nprojets: 17\nmontant: 126_000_000",
               title: "Lauréats selon la presse"),
        figure("presse-eco", "date: 2025-11-21\nemetteur: presse\nemetteur_nom: \"Acteurs publics\"\nnature: economies\nprevision: true\nperiode: {debut: 2018, fin: 2022}\nmontant: 850_000_000",
               title: "Économies attendues selon la presse"),
    ]

    static func site(_ extra: [(String, String)] = [], sheets: [(String, String)]) throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteWithEnvelopes)
        for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(slug).md", "---\ntitre: \"\(slug)\"\n---\nTexte.\n")
        }
        for (path, text) in extra + sheets { try folder.write(path, text) }
        try folder.write("content/actualites/une.md", "---\ntitre: \"Une actualité\"\ndate: 2025-01-10\nresume: \"Résumé.\"\n---\nTexte.\n")
        return folder
    }

    /// Every page, feed and data file, with the typography undone (’ and no-break spaces as typed,
    /// XML's &apos; as an apostrophe), so one search finds a sentence wherever it is written.
    static func build(_ folder: TemporaryContent) throws -> [String: String] {
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let kept = [".html", ".xml", ".json", ".csv"]
        return folder.files(under: "public").filter { file in kept.contains { file.key.hasSuffix($0) } }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    @Test func everyFigureNamesItsTruePublisherAndDateAndThePressNeverLeads() throws {
        let sheets = [("content/projets/a.md", TestContent.project(title: "A", amount: "10000000", carrier: "Direction A", year: "2018"))]
        let files = try Self.build(try Self.site(Self.figures, sheets: sheets)).mapValues(Self.plain)
        var attributions: [String: Set<String>] = [:]
        for (path, text) in files {
            for match in text.matches(of: /Selon (l'État|la Cour des comptes|le Parlement|la presse) \(([^)]*)\)/) {
                attributions[String(match.1), default: []].insert(String(match.2))
            }
            // A phrase that would say the State published what it did not.
            #expect(!text.contains("publié par l'État le"), "\(path)")
        }
        // The sentences (headline, call pages, spending and savings lines)…
        #expect(attributions["l'État"] == ["DITP, 25 septembre 2019"], "« Selon l'État » only beside the State's figure: \(attributions)")
        #expect(attributions["la Cour des comptes"] == ["13 novembre 2025"])
        #expect(attributions["le Parlement"] == ["Sénat, 19 novembre 2020"])
        #expect(attributions["la presse"] == ["Les Échos, 20 novembre 2025"])
        // … and the tables, where every figure has its publisher and date beside it.
        let tables = try #require(files["chiffres-cles/index.html"])
        let rows: [(String, String)] = [
            ("Lauréats selon l'État", "L'État (DITP), <time datetime=\"2019-09-25\">25 septembre 2019</time>"),
            ("Bilan de la Cour", "La Cour des comptes, <time datetime=\"2025-11-13\">13 novembre 2025</time>"),
            ("Consommation selon la Cour", "La Cour des comptes, <time datetime=\"2025-11-13\">13 novembre 2025</time>"),
            ("Économies selon la Cour", "La Cour des comptes, <time datetime=\"2025-11-13\">13 novembre 2025</time>"),
            ("Lauréats selon le Sénat", "Le Parlement (Sénat), <time datetime=\"2020-11-19\">19 novembre 2020</time>"),
            ("Consommation selon le Sénat", "Le Parlement (Sénat), <time datetime=\"2024-11-20\">20 novembre 2024</time>"),
            ("Lauréats selon la presse", "La presse (Les Échos), <time datetime=\"2025-11-20\">20 novembre 2025</time>"),
            ("Économies attendues selon la presse", "La presse (Acteurs publics), <time datetime=\"2025-11-21\">21 novembre 2025</time>"),
        ]
        for (title, publisher) in rows {
            let row = tables.components(separatedBy: "<tr>").first { $0.contains("<th scope=\"row\">\(title)") } ?? ""
            #expect(row.contains("<td data-label=\"Publié par\">\(publisher)</td>"), "\(title) : \(row.prefix(300))")
        }

        // The headline: the latest figure of laureates of a public authority, though the press's is later.
        for page in ["index.html", "chiffres-cles/index.html"] {
            let html = try #require(files[page])
            let official = try #require(html.range(of: "<div class=\"ftap-official\">"))
            let headline = html[official.upperBound...].prefix(1_500)
            #expect(headline.contains("Selon la Cour des comptes (13 novembre 2025), le fonds a retenu 149 projets (appels 2018 à 2025)."), "\(page)")
            #expect(!headline.contains("Selon la presse"), "\(page)")
        }
        let home = try #require(files["index.html"])
        #expect(!home.contains("Selon la presse"), "no press figure on the home page")
        #expect(home.contains("Selon la Cour des comptes (13 novembre 2025), la consommation des crédits du fonds devrait atteindre environ 800 M€"))
        #expect(home.contains("Selon la Cour des comptes (13 novembre 2025), les économies réalisées grâce aux projets du fonds sont estimées à 339 M€"))
        for feed in ["atom.xml", "rss.xml", "feed.json"] {
            let text = try #require(files[feed])
            #expect(text.contains("Selon la Cour des comptes (13 novembre 2025), le fonds a retenu 149 projets"), "\(feed)")
            #expect(!text.contains("Selon la presse") && !text.contains("Selon l'État"), "\(feed)")
        }

        // Each nature in its own words, and spending or savings never in a sentence of what was
        // granted, never added to it.
        let keyFigures = try #require(files["chiffres-cles/index.html"])
        #expect(keyFigures.contains("Selon la Cour des comptes (13 novembre 2025), la consommation des crédits du fonds devrait atteindre environ 800 M€"))
        #expect(try #require(files["appels/2018/index.html"]).contains("Selon la presse (Les Échos, 20 novembre 2025), le fonds a retenu 17 projets pour 126 M€ (appel 2018, 1<sup>re</sup> session)."))
        #expect(try #require(files["appels/2020/index.html"]).contains("Selon le Parlement (Sénat, 19 novembre 2020), le fonds a retenu 81 projets (appel 2020)."))
        #expect(try #require(files["appels/2019/index.html"]).contains("Selon l'État (DITP, 25 septembre 2019), le fonds a retenu 63 projets pour 351 M€ (appel 2019)."))
        for text in files.values {
            for match in text.matches(of: /(?:a retenu|a attribué|accordé)[^.<]*?([0-9][0-9, ]*) (M€|Md€)/) {
                #expect(["351", "126", "10"].contains(String(match.1)), "« \(match.0) » : un montant accordé qui n'en est pas un")
            }
            for sum in ["690 M€", "1,15 Md€", "1 151 M€", "454 M€", "903 M€", "1,2 Md€", "1,19 Md€"] {
                #expect(!text.contains(sum), "\(sum) : une somme de natures différentes")
            }
        }
        let aggregates = try #require(try JSONSerialization.jsonObject(with: Data((files["donnees/agregats.json"] ?? "").utf8)) as? [String: Any])
        let official = try #require(aggregates["chiffres_officiels"] as? [[String: Any]])
        for row in official {
            let nature = row["nature"] as? String
            #expect((row["couverture"] is NSNull) == (nature != "laureats"), "\(row["titre"] ?? "")")
        }
        #expect(Set(official.compactMap { $0["emetteur"] as? String }) == ["etat", "cour-des-comptes", "parlement", "presse"])
        let cour = try #require(official.first { $0["titre"] as? String == "Consommation selon la Cour" })
        #expect(cour["approximation"] as? String == "environ" && cour["montant_publie"] as? String == "environ 800 M€")
    }

    @Test func approximateAmountsAreShownAsPublishedAndEverySumWithAFloorSaysAuMoins() throws {
        let figure = Self.figure("environ", "date: 2019-11-19\nemetteur: etat\nemetteur_nom: \"DITP\"\nappel: 2019\nprojets: 10\nmontant: 69_000_000\napproximation: environ",
                                 title: "Lauréats 2019")
        let sheets = [
            ("content/projets/plancher.md", TestContent.project("montant_approximation: au-moins", title: "Plancher", amount: "30_000_000",
                                                                 carrier: "Direction P", year: "2019")
                .replacingOccurrences(of: "  type: administration-centrale\n", with: "  type: administration-centrale\n  ministere: \"Ministère M\"\n")),
            ("content/projets/exact.md", TestContent.project(title: "Exact", amount: "5_000_000", carrier: "Direction E", year: "2019")
                .replacingOccurrences(of: "  type: administration-centrale\n", with: "  type: administration-centrale\n  ministere: \"Ministère M\"\n")),
        ]
        let folder = try Self.site([figure], sheets: sheets)
        let raw = try Self.build(folder)
        let files = raw.mapValues(Self.plain)
        // As published: « près de 69 M€ » for the figure, « plus de 30 M€ » for the sheet.
        #expect(try #require(files["appels/2019/index.html"]).contains("le fonds a retenu 10 projets pour près de 69 M€"))
        #expect(try #require(files["chiffres-cles/index.html"]).contains("<td class=\"ftap-number\" data-label=\"Montant annoncé\">près de 69 M€</td>"))
        for page in ["projets/plancher/index.html", "projets/index.html", "appels/2019/index.html"] {
            #expect(try #require(files[page]).contains("plus de 30 M€"), "\(page)")
        }
        #expect(try #require(files["projets/plancher/index.html"]).contains("<dt>Montant accordé</dt> <dd>plus de 30 M€</dd>"))
        // Every sum that includes the floor (30 + 5 = 35 M€) says « au moins », on every page.
        var sums = 0
        for (path, text) in files where path.hasSuffix(".html") {
            for match in text.matches(of: /(.{0,9})35 M€/) {
                sums += 1
                #expect(match.1.hasSuffix("au moins "), "\(path) : « \(match.0) » sans « au moins »")
            }
        }
        #expect(sums >= 8, "the sum is on the home, key-figures (year, type, ministry, total), call, ministry and type pages: \(sums)")
        let keyFigures = try #require(files["chiffres-cles/index.html"])
        #expect(keyFigures.contains("au moins environ 50,72 %"), "a floor over an approximate amount: « au moins environ »")
        // The open data say it too.
        let aggregates = try #require(try JSONSerialization.jsonObject(with: Data((files["donnees/agregats.json"] ?? "").utf8)) as? [String: Any])
        let total = try #require(aggregates["total"] as? [String: Any])
        #expect(total["montant"] as? Int == 35_000_000 && total["montant_au_moins"] as? Bool == true && total["montant_environ"] as? Bool == false)
        let year = try #require((aggregates["par_annee"] as? [[String: Any]])?.first)
        #expect(year["montant_au_moins"] as? Bool == true)
        let official = try #require((aggregates["chiffres_officiels"] as? [[String: Any]])?.first)
        #expect(official["approximation"] as? String == "environ")
        #expect((official["couverture"] as? [String: Any])?["montant_au_moins"] as? Bool == true)
        #expect((aggregates["enveloppes"] as? [[String: Any]])?.first?["detaille_au_moins"] as? Bool == true)
        for (file, delimiter) in [("donnees/projets.csv", ","), ("donnees/projets-tableur.csv", ";")] {
            let lines = try #require(raw[file]).components(separatedBy: "\r\n")
            let header = lines[0].replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: delimiter)
            let column = try #require(header.firstIndex(of: "montant_approximation"), "\(file)")
            func cell(_ slug: String) -> String? { lines.first { $0.hasPrefix(slug + delimiter) }?.components(separatedBy: delimiter)[column] }
            #expect(cell("plancher") == "au-moins" && cell("exact") == "", "\(file)")
        }
        let projects = try #require((try JSONSerialization.jsonObject(with: Data((files["donnees/projets.json"] ?? "").utf8)) as? [String: Any])?["projets"] as? [[String: Any]])
        #expect(projects.first { $0["identifiant"] as? String == "plancher" }?["montant_approximation"] as? String == "au-moins")
        // The table sorts « plus de 30 M€ » by its floor.
        #expect(try #require(files["projets/index.html"]).contains("data-montant=\"30000000\" data-approximation=\"au-moins\""))
    }
}
