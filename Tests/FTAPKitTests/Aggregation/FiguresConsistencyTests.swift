import Foundation
@testable import FTAPCore
@testable import FTAPKit
import Testing

/// Every figure of `agregats.json` against a count written independently in this test, and the
/// same figures on the key-figures page, the home page and in the CSV.
@Suite(.serialized) struct FiguresConsistencyTests {
    struct Sheet {
        var slug: String, year: Int, carrier: String, type: String, amount: Int
        var programme = "ftap", extra = ""
        var published: Bool { extra.isEmpty }
    }

    static let sheets = [
        Sheet(slug: "douanes-a", year: 2018, carrier: "Direction générale des douanes", type: "administration-centrale", amount: 10_000_000),
        Sheet(slug: "douanes-b", year: 2019, carrier: "DIRECTION GENERALE DES DOUANES", type: "administration-centrale", amount: 5_000_000),
        Sheet(slug: "douanes-c", year: 2019, carrier: "direction  générale des  douanes", type: "administration-centrale", amount: 1_500_000),
        Sheet(slug: "univ", year: 2019, carrier: "Université de Test", type: "universite", amount: 2_000_000),
        Sheet(slug: "agence", year: 2018, carrier: "Agence X", type: "operateur", amount: 3_000_000),
        Sheet(slug: "prefecture", year: 2020, carrier: "Préfecture Y", type: "service-deconcentre", amount: 4_250_000),
        Sheet(slug: "brouillon", year: 2019, carrier: "Agence Z", type: "operateur", amount: 7_000_000, extra: "brouillon: true"),
        Sheet(slug: "futur", year: 2020, carrier: "Agence W", type: "operateur", amount: 8_000_000, extra: "date_publication: 2026-12-01"),
        Sheet(slug: "defi", year: 2019, carrier: "Agence X", type: "operateur", amount: 900_000, programme: "defis-carte-blanche"),
    ]

    /// Name identity written here by hand: lowercase, no accents, no spaces.
    static func identity(_ name: String) -> String {
        let accents: [Character: Character] = ["é": "e", "è": "e", "ê": "e", "É": "e", "à": "a", "ç": "c"]
        return String(name.lowercased().compactMap { $0 == " " ? nil : (accents[$0] ?? $0) })
    }

    static func count(_ group: [Sheet]) -> [String: Int] {
        ["projets": group.count, "montant": group.reduce(0) { $0 + $1.amount }, "entites": Set(group.map { identity($0.carrier) }).count]
    }

    static func buildSite() async throws -> [String: Data] {
        let folder = try TemporaryContent()
        for s in sheets {
            let extra = (s.programme == "ftap" ? "" : "programme: \(s.programme)\n") + s.extra
            try folder.write("content/projets/\(s.slug).md", TestContent.project(extra, title: s.slug, amount: String(s.amount),
                                                                                 carrier: s.carrier, type: s.type, year: String(s.year)))
        }
        var options = BuildOptions(buildDate: TestContent.buildDate)
        options.contentPath = folder.root.appendingPathComponent("content").path
        options.templatesPath = FTAPProcess.templates
        options.outputPath = folder.root.appendingPathComponent("public").path
        let outcome = try await SiteBuilder(options: options).build()
        #expect(!outcome.hasErrors)
        return folder.files(under: "public")
    }

    @Test func aggregatesMatchAnIndependentCount() async throws {
        let files = try await Self.buildSite()
        let data = try #require(files["donnees/agregats.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let fund = Self.sheets.filter { $0.published && $0.programme == "ftap" }
        func figures(_ row: Any?) -> [String: Int] {
            let row = row as? [String: Any] ?? [:]
            return ["projets": row["projets"] as? Int ?? -1, "montant": row["montant"] as? Int ?? -1, "entites": row["entites"] as? Int ?? -1]
        }
        #expect(figures(json["total"]) == Self.count(fund))
        let years = (json["par_annee"] as? [[String: Any]]) ?? []
        #expect(years.map { $0["annee"] as? Int } == [2018, 2019, 2020])
        for row in years {
            #expect(figures(row) == Self.count(fund.filter { $0.year == row["annee"] as? Int }))
        }
        let types = (json["par_type"] as? [[String: Any]]) ?? []
        #expect(types.map { $0["type"] as? String } == ["administration-centrale", "service-deconcentre", "operateur", "universite"])
        for row in types {
            #expect(figures(row) == Self.count(fund.filter { $0.type == row["type"] as? String }))
        }
        let crossed = (json["par_annee_et_type"] as? [[String: Any]]) ?? []
        #expect(crossed.count == 5)
        for row in crossed {
            #expect(figures(row) == Self.count(fund.filter { $0.year == row["annee"] as? Int && $0.type == row["type"] as? String }))
        }
        let others = (json["autres_programmes"] as? [[String: Any]]) ?? []
        #expect(others.count == 1)
        #expect(figures(others.first) == Self.count(Self.sheets.filter { $0.programme == "defis-carte-blanche" }))
    }

    @Test func pagesAndCSVShowTheSameFigures() async throws {
        let files = try await Self.buildSite()
        let fund = Self.sheets.filter { $0.published && $0.programme == "ftap" }
        let total = FrenchFormat.compactEuros(Self.count(fund)["montant"]!)
        let home = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        let keyFigures = String(decoding: try #require(files["chiffres-cles/index.html"]), as: UTF8.self)
        #expect(home.contains(total))
        #expect(keyFigures.contains(total))
        for page in [home, keyFigures] {
            #expect(page.contains("<span class=\"ftap-figure__value\">\(fund.count)</span>"))
            #expect(page.contains("<span class=\"ftap-figure__value\">4</span>"))
            #expect(page.contains("2 opérateurs de l’État, dont 1 université"))
        }
        for year in [2018, 2019, 2020] {
            let amount = FrenchFormat.compactEuros(Self.count(fund.filter { $0.year == year })["montant"]!)
            #expect(keyFigures.contains("<td class=\"ftap-number\" data-label=\"Montant accordé\">\(amount)</td>"))
        }
        // Each table of sheets ends with their sum, named as such; an empty cross cell reads « — ».
        #expect(keyFigures.components(separatedBy: "<th scope=\"row\">Ensemble des fiches détaillées</th><td class=\"ftap-number\" data-label=\"Projets\">\(fund.count)</td><td class=\"ftap-number\" data-label=\"Montant accordé\">\(total)</td>").count == 4)
        #expect(!keyFigures.contains("0 — 0") && !keyFigures.contains(">0 projet"))
        let csv = String(decoding: try #require(files["donnees/projets.csv"]), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let header = csv.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
        let amountColumn = try #require(header.firstIndex(of: "montant_eur"))
        let programmeColumn = try #require(header.firstIndex(of: "programme"))
        let fundRows = rows.filter { $0[programmeColumn] == "ftap" }
        #expect(fundRows.count == fund.count)
        #expect(fundRows.reduce(0) { $0 + Int($1[amountColumn])! } == Self.count(fund)["montant"]!)
        #expect(rows.count == Self.sheets.filter(\.published).count)
    }
}
