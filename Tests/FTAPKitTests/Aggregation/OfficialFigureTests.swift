import Foundation
@testable import FTAPFileSystem
import Testing

/// The worst defect this site can have is a sum of sheets presented as the fund's total. These
/// tests build sites whose sheets cover an official figure entirely, then partly, and read every
/// page and file.
@Suite(.serialized) struct OfficialFigureTests {
    static let nbsp = "\u{00A0}"

    /// 63 sheets of the calls 2018 and 2019 adding up to 351 M€ (62 × 5 M€ + 41 M€), and the
    /// State's statement of 63 projects and 351 M€ for those calls; `keeping` sheets only.
    static func coverageSite(keeping count: Int) throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteWithEnvelopes)
        for i in 0..<count {
            let amount = i == 0 ? "41000000" : "5000000"
            try folder.write("content/projets/p\(i).md", TestContent.project(title: "Projet \(i)", amount: amount,
                                                                             carrier: "Direction \(i)", year: i % 2 == 0 ? "2018" : "2019"))
        }
        try folder.write("content/chiffres-officiels/bilan-2019.md",
                         TestContent.officialFigure("periode: {debut: 2018, fin: 2019}", projects: 63, amount: 351_000_000,
                                                    title: "Bilan des appels 2018 et 2019"))
        for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(slug).md", "---\ntitre: \"\(slug)\"\n---\nTexte.\n")
        }
        return folder
    }

    static func build(_ folder: TemporaryContent) throws -> [String: String] {
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        return folder.files(under: "public").filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".json") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func coverage(_ files: [String: String]) throws -> [String: Int] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data((files["donnees/agregats.json"] ?? "").utf8)) as? [String: Any])
        let figures = try #require(json["chiffres_officiels"] as? [[String: Any]])
        return try #require(countsOnly(figures.first?["couverture"]))
    }

    /// Every amount the site says the fund granted (« le fonds a retenu … projets pour … », « le
    /// fonds a attribué … », « accordé … »), with its amount.
    static func grantedAmounts(in files: [String: String]) -> Set<String> {
        var amounts = Set<String>()
        for text in files.values {
            for match in text.matches(of: /(?:accordé (?:à [^.<]*? )?|le fonds a retenu [^.<]*? pour |le fonds a attribué )((?:près de |plus de |moins de |environ )?[0-9][0-9,\u{202F}\u{00A0}]*\u{00A0}(?:M€|Md€|€))/) {
                amounts.insert(String(match.1))
            }
        }
        return amounts
    }

    @Test func sheetsCoveringTheOfficialFigureEntirelyMayStateTheFundGranted() throws {
        let files = try Self.build(try Self.coverageSite(keeping: 63))
        for page in ["index.html", "chiffres-cles/index.html"] {
            let html = try #require(files[page])
            #expect(html.contains("Selon l’État (DITP, 19 novembre 2019), le fonds a retenu 63 projets pour 351\(Self.nbsp)M€"), "\(page)")
            #expect(html.contains("Tous ces projets sont détaillés sur ce site."), "\(page)")
        }
        #expect(try Self.coverage(files) == ["projets": 63, "montant": 351_000_000])
    }

    @Test func sheetsCoveringPartOfTheFigureNeverStandForTheFundsTotal() throws {
        let files = try Self.build(try Self.coverageSite(keeping: 40))
        // 40 sheets: 41 M€ + 39 × 5 M€ = 236 M€, 67,24 % of 351 M€.
        for page in ["index.html", "chiffres-cles/index.html"] {
            let html = try #require(files[page])
            #expect(html.contains("351\(Self.nbsp)M€"), "\(page) : le chiffre officiel")
            #expect(html.contains("Détaillés sur ce site\(Self.nbsp): 40 projets sur 63, pour 236\(Self.nbsp)M€, soit 67,24\(Self.nbsp)% des 351\(Self.nbsp)M€ annoncés."), "\(page)")
            #expect(!html.contains("Tous ces projets sont détaillés"))
        }
        #expect(try Self.coverage(files) == ["projets": 40, "montant": 236_000_000])
        let granted = Self.grantedAmounts(in: files)
        #expect(granted.contains("351\(Self.nbsp)M€"))
        #expect(granted.isSubset(of: ["351\(Self.nbsp)M€"]), "un montant accordé qui n'est pas un chiffre officiel : \(granted)")
    }

    @Test func withoutAnyOfficialFigureNoPageSaysTheFundGranted() throws {
        let folder = try Self.coverageSite(keeping: 5)
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/chiffres-officiels"))
        let files = try Self.build(folder)
        #expect(Self.grantedAmounts(in: files).isEmpty, "\(Self.grantedAmounts(in: files))")
        #expect(files["index.html"]?.contains("Aucun chiffre des lauréats publié par l’État, la Cour des comptes ou le Parlement n’est encore enregistré") == true)
    }
}

/// A sheet without amount, payments, several ministries, sessions and a cumulative figure:
/// every figure of `agregats.json` against a count written here, and the same figures on the
/// pages and in the CSV.
@Suite(.serialized) struct PaidAmountsAndMinistriesTests {
    static func folder() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteWithEnvelopes)
        func sheet(_ slug: String, _ year: String, _ carrier: String, ministry: String?, amount: String?, extra: String = "") throws {
            var text = TestContent.project(extra, title: "Projet \(slug)", amount: amount ?? "", carrier: carrier, year: year)
            if amount == nil { text = text.replacingOccurrences(of: "montant: \n", with: "") }
            if let ministry { text = text.replacingOccurrences(of: "  type: administration-centrale\n", with: "  type: administration-centrale\n  ministere: \"\(ministry)\"\n") }
            try folder.write("content/projets/\(slug).md", text)
        }
        try sheet("a", "2018", "Direction A", ministry: "Ministère M1", amount: "10000000",
                  extra: "versements:\n  - date: 2019-01-10\n    montant: 2000000\n  - date: 2020-02-20\n    montant: 1000000")
        try sheet("b", "2018", "Direction B", ministry: "ministère  m1", amount: nil)
        try sheet("c", "2019", "Direction C", ministry: nil, amount: "5000000", extra: "versements:\n  - date: 2020-01-01\n    montant: 5000000")
        try sheet("d", "2019", "Direction D", ministry: "Ministère M2", amount: "3000000")
        try sheet("e", "2023", "Direction E", ministry: "Ministère M2", amount: "7000000")
        try sheet("autre", "2019", "Direction F", ministry: "Ministère M1", amount: "900000", extra: "programme: fitn")
        try folder.write("content/chiffres-officiels/s1.md", TestContent.officialFigure("appel: 2018\nsession: 1", projects: 5, amount: 50_000_000, title: "Session 1", date: "2018-06-20"))
        try folder.write("content/chiffres-officiels/s2.md", TestContent.officialFigure("appel: 2018\nsession: 2", projects: 3, amount: 20_000_000, title: "Session 2", date: "2018-11-12"))
        try folder.write("content/chiffres-officiels/cumul.md", TestContent.officialFigure("periode: {debut: 2018, fin: 2019}", projects: 20, amount: 100_000_000, title: "Cumul", date: "2019-11-19"))
        return folder
    }

    @Test func everyFigureMatchesAnIndependentCountOnEveryPageAndInTheCSV() throws {
        let folder = try Self.folder()
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let files = folder.files(under: "public")
        let data = try #require(files["donnees/agregats.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // Fund sheets: a, b (no amount), c, d (2018–2019) and e (2023); « autre » is another programme.
        #expect(countsOnly(json["total"]) == ["projets": 5, "montant": 25_000_000, "entites": 5, "verse": 8_000_000, "projets_sans_montant": 1,
                                                    "projets_avec_versements": 2])
        let ministries = try #require(json["par_ministere"] as? [[String: Any]])
        #expect(ministries.map { $0["ministere"] as? String } == ["Ministère M1", "Ministère M2", nil])
        #expect(ministries.map { $0["projets"] as? Int } == [2, 2, 1])
        #expect(ministries.map { $0["montant"] as? Int } == [10_000_000, 10_000_000, 5_000_000])
        // M2's sheets list no payment: not reported (null), not 0.
        #expect(ministries.map { $0["verse"] as? Int } == [3_000_000, nil, 5_000_000])
        #expect(ministries.map { $0["verse"] is NSNull } == [false, true, false])
        #expect(ministries.map { $0["projets_avec_versements"] as? Int } == [1, 0, 1])
        #expect(ministries.map { $0["projets_sans_montant"] as? Int } == [1, 0, 0])
        let years = try #require(json["par_annee"] as? [[String: Any]])
        #expect(years.map { $0["verse"] as? Int } == [3_000_000, 5_000_000, nil])
        #expect(years.map { $0["projets_avec_versements"] as? Int } == [1, 1, 0])
        #expect(years.map { $0["projets_sans_montant"] as? Int } == [1, 0, 0])
        let official = try #require(json["chiffres_officiels"] as? [[String: Any]])
        #expect(official.map { $0["titre"] as? String } == ["Cumul", "Session 2", "Session 1"])
        #expect(official.map { countsOnly($0["couverture"]) } == [["projets": 4, "montant": 18_000_000],
                                                                          ["projets": 2, "montant": 10_000_000],
                                                                          ["projets": 2, "montant": 10_000_000]])
        let envelopes = try #require(json["enveloppes"] as? [[String: Any]])
        #expect(envelopes.map { $0["detaille"] as? Int } == [18_000_000, 7_000_000], "2023 n'est jamais compté dans FTAP 1")
        #expect(envelopes.allSatisfy { $0["accorde"] == nil }, "« accorde » disait accordé ce qui n'est que détaillé")

        let csvData = try #require(files["donnees/projets.csv"])
        let csv = String(decoding: csvData, as: UTF8.self).components(separatedBy: "\r\n")
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func cell(_ slug: String, _ column: String) -> String? {
            guard let row = csv.first(where: { $0.hasPrefix(slug + ",") }), let index = header.firstIndex(of: column) else { return nil }
            return row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)[index]
        }
        #expect(cell("a", "verse_eur") == "3000000")
        #expect(cell("a", "dernier_versement") == "2020-02-20")
        #expect(cell("b", "montant_eur") == "")
        #expect(cell("b", "verse_eur") == "", "a sheet without payments leaves the cell empty: not reported, not 0")
        #expect(cell("b", "dernier_versement") == "")
        let projectsData = try #require(files["donnees/projets.json"])
        let projects = try #require((try JSONSerialization.jsonObject(with: projectsData) as? [String: Any])?["projets"] as? [[String: Any]])
        let a = try #require(projects.first { $0["identifiant"] as? String == "a" })
        let b = try #require(projects.first { $0["identifiant"] as? String == "b" })
        #expect(a["verse_eur"] as? Int == 3_000_000)
        #expect((a["versements"] as? [[String: Any]])?.map { $0["montant"] as? Int } == [2_000_000, 1_000_000])
        #expect(b["verse_eur"] is NSNull && (b["versements"] as? [Any])?.isEmpty == true)

        func page(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
        let n = "\u{202F}", s = "\u{00A0}"
        #expect(page("projets/a/index.html").contains("3\(n)000\(n)000\(s)€, dernier versement le"))
        #expect(page("projets/b/index.html").contains("<dt>Montant accordé</dt> <dd>non publié</dd>"))
        #expect(page("ministeres/ministere-m1/index.html").contains("10\(s)M€"))
        #expect(page("ministeres/non-precise/index.html").contains("Ministère non précisé"))
        let keyFigures = page("chiffres-cles/index.html")
        #expect(keyFigures.contains("<td class=\"ftap-number\" data-label=\"Versé\">3\(s)M€<span class=\"ftap-note\">d’après 1 fiche sur 2</span></td>"),
                "le versé de 2018 : a le déclare, b non")
        #expect(keyFigures.contains("<td class=\"ftap-number\" data-label=\"Versé\">non renseigné</td>"), "2023 : aucune fiche ne déclare de versement")
        #expect(!keyFigures.contains(">0\(s)€<"))
        let list = page("projets/index.html")
        #expect(list.contains("data-verse=\"\"") && list.contains("<td class=\"ftap-number\" data-label=\"Versé\">non renseigné</td>"))
        #expect(page("projets/b/index.html").contains("<dt>Versé à ce jour</dt> <dd>non renseigné</dd>"))
        #expect(keyFigures.contains("le fonds a retenu 20 projets pour 100\(s)M€"))
        let call2018 = page("appels/2018/index.html")
        #expect(call2018.contains("Session 1") && call2018.contains("Session 2"))
        let coverage2018 = "Détaillés sur ce site\(s): 2 projets sur 8, pour 10\(s)M€, soit 14,29\(s)% des 70\(s)M€ annoncés (dont 1 projet sans montant publié)."
        #expect(call2018.components(separatedBy: coverage2018).count == 2, "the two sessions' shared coverage is said once")
    }

    @Test func sheetsAboveAnOfficialFigureAndProbableDuplicatesAreWarningsThatPublish() throws {
        let folder = try TemporaryContent()
        try folder.write("content/chiffres-officiels/petit.md", TestContent.officialFigure("appel: 2019", projects: 1, amount: 1_000_000, title: "Petit appel"))
        try folder.write("content/projets/un.md", TestContent.project(title: "Même projet", carrier: "Direction X"))
        try folder.write("content/projets/deux.md", TestContent.project(title: "Même projet", carrier: "Direction Y"))
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("content/chiffres-officiels/petit.md: avertissement: les fiches des appels 2019 dépassent le chiffre « Petit appel » : 2 fiches publiées pour 1 projet annoncé ; 2\u{202F}000\u{202F}000\u{00A0}€ dans les fiches pour 1\u{202F}000\u{202F}000\u{00A0}€ annoncés"), "\(result.stderr)")
        #expect(result.stderr.contains("content/projets/un.md: avertissement: cette fiche a le même titre que content/projets/deux.md"), "\(result.stderr)")
        #expect(FileKind(atPath: folder.root.appendingPathComponent("public/index.html").path) == .regular)
    }
}
