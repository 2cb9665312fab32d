import FTAPAggregation
import FTAPCore
import FTAPModel
import FTAPPlan

/// Every generated file that is not an HTML page: open data, feeds, sitemap and robots.txt.
package struct DataFiles: Sendable {
    let site: PublishedSite
    let aggregates: Aggregates
    /// The site's addresses: the sitemap's, those `/adresses.json` promises to keep, the
    /// redirects and the withdrawn addresses.
    let plan: SitePlan
    private var redirects: [SitePlan.Redirect] { plan.redirects }

    /// The planned data files, each rendered, several at once.
    func files(_ planned: [SitePlan.DataFile]) -> [OutputFile] {
        let feeds = Feeds(site: site)
        return parallelMap(planned) { OutputFile(path: $0.path, text: text(of: $0, feeds: feeds)) }
    }

    private func text(of file: SitePlan.DataFile, feeds: Feeds) -> String {
        let base = site.settings.baseURL
        return switch file {
        case .projectsCSV: ProjectTable.csv(site.projects, baseURL: base, dialect: .rfc4180)
        case .tableSchema: ProjectTable.tableSchema(baseURL: base, buildDate: site.buildDate, dialect: .rfc4180)
        case .projectsSpreadsheetCSV: ProjectTable.csv(site.projects, baseURL: base, dialect: .spreadsheet)
        case .spreadsheetTableSchema: ProjectTable.tableSchema(baseURL: base, buildDate: site.buildDate, dialect: .spreadsheet)
        case .projectsJSON: projectsJSON()
        case .aggregates: aggregates.json(buildDate: site.buildDate)
        case .budgetExecutionCSV: BudgetExecutionTable.table.csv(site.budgetExecution, baseURL: base, dialect: BudgetExecutionTable.dialect)
        case .budgetExecutionSchema: BudgetExecutionTable.table.tableSchema(baseURL: base, buildDate: site.buildDate, dialect: BudgetExecutionTable.dialect)
        case .atom: feeds.atom()
        case .rss: feeds.rss()
        case .jsonFeed: feeds.jsonFeed()
        case .correctionsFeed: feeds.correctionsAtom()
        case .addresses: addressList()
        case .redirects: RedirectPage.rules(redirects, baseURL: base)
        case .sitemap: sitemap()
        case .robots: "User-agent: *\nAllow: /\n\nSitemap: \(base)\(SitePlan.DataFile.sitemap.url)\n"
        }
    }

    /// The size in bytes of each generated file, by path, for the open-data page.
    static func sizes(of files: [OutputFile]) -> [String: Int] {
        files.reduce(into: [:]) { sizes, file in
            if case let .bytes(bytes) = file.contents { sizes[file.path] = bytes.count }
        }
    }

    /// How the open-data page presents a data file (nil for those it does not list: feeds,
    /// sitemap, robots.txt): what it holds, its format, and the schema that describes it.
    static func presentation(of file: SitePlan.DataFile) -> (content: String, format: String, schema: String?)? {
        switch file {
        case .projectsCSV: ("Une ligne par projet publié, pour les programmes ; montants en euros entiers, sans séparateur ; montant vide quand aucune source ne le publie, versé vide quand la fiche ne déclare aucun versement (non renseigné, pas zéro)",
                            CSVDialect.rfc4180.description, CSVDialect.rfc4180.schema.url)
        case .projectsSpreadsheetCSV: ("Les mêmes lignes et colonnes que projets.csv, à ouvrir dans un tableur (LibreOffice Calc, Excel…)",
                                       CSVDialect.spreadsheet.description, CSVDialect.spreadsheet.schema.url)
        case .tableSchema: ("Schéma de projets.csv : colonnes, types, valeurs autorisées", "Table Schema (frictionless)", nil)
        case .spreadsheetTableSchema: ("Schéma de projets-tableur.csv : les mêmes colonnes, avec la virgule décimale", "Table Schema (frictionless)", nil)
        case .projectsJSON: ("Les mêmes projets, avec leur résumé, chacun de leurs versements et le titre de leurs sources", "JSON", "/donnees/projets.schema.json")
        case .aggregates: ("Les chiffres publiés sur le fonds, chacun avec son émetteur (État, Cour des comptes, Parlement ou presse), sa date, sa nature et, pour les lauréats, ce qu'additionnent les fiches du même périmètre ; les enveloppes et leurs révisions ; l'exécution budgétaire ; les totaux des fiches par appel, type de porteur et ministère (le versé n'additionne que les fiches qui déclarent des versements, comptées à part) ; autres programmes à part",
                           "JSON", "/donnees/agregats.schema.json")
        case .budgetExecutionCSV: ("Une ligne par année : autorisations d'engagement (AE) et crédits de paiement (CP) votés en loi de finances initiale et consommés, en euros, tels que les publient les documents budgétaires du programme 349 ; le périmètre quand le programme paie plus que le fonds, la date des chiffres partiels, et si la source les arrondit",
                                   BudgetExecutionTable.dialect.description, SitePlan.DataFile.budgetExecutionSchema.url)
        case .budgetExecutionSchema: ("Schéma de execution-budgetaire.csv : colonnes, types, valeurs autorisées", "Table Schema (frictionless)", nil)
        case .addresses: ("Chaque adresse que le site s'engage à garder (ses pages et ses fichiers de données), les anciennes adresses des contenus renommés avec celle où elles mènent, et les adresses retirées, avec la date et le motif du retrait : une version du site qui en perdrait une n'est pas publiée",
                          "JSON", "/donnees/adresses.schema.json")
        case .atom, .rss, .jsonFeed, .correctionsFeed, .sitemap, .robots, .redirects: nil
        }
    }

    private func projectsJSON() -> String {
        let base = site.settings.baseURL
        func optional(_ value: Int?) -> String { value.map(String.init) ?? "null" }
        let items = site.projects.sorted { $0.slug < $1.slug }.map { p -> String in
            let sources = p.sources.map { "{\"titre\": \(JSONText.quote($0.title)), \"url\": \(JSONText.quote($0.url))}" }
            let payments = p.disbursements.sorted { $0.date < $1.date }.map { "{\"date\": \"\($0.date.iso)\", \"montant\": \($0.amount)}" }
            let corrections = PublicCorrection.newestFirst(p.corrections).map { "{\"date\": \"\($0.date.iso)\", \"texte\": \(JSONText.quote($0.text))}" }
            return """
                {"identifiant": \(JSONText.quote(p.identifier)), "titre": \(JSONText.quote(p.title)), "resume": \(JSONText.quote(p.summary)),
                 "programme": "\(p.programme.rawValue)", "annee_appel": \(p.callYear),
                 "porteur": {"nom": \(JSONText.quote(p.carrier.name)), "type": \(p.carrier.type.map { "\"\($0.rawValue)\"" } ?? "null"), "ministere": \(p.carrier.ministry.map(JSONText.quote) ?? "null")},
                 "montant_eur": \(optional(p.amount)), "montant_approximation": \(p.amountApproximation.map { "\"\($0.rawValue)\"" } ?? "null"), "verse_eur": \(optional(p.paid)), "dernier_versement": \(p.lastPayment.map { "\"\($0.iso)\"" } ?? "null"), "versements": [\(payments.joined(separator: ", "))],
                 "cout_total_eur": \(optional(p.totalCost)), "economies_eur": \(optional(p.savings)),
                 "leviers": [\(p.levers.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))], "statut": "\(p.status.rawValue)",
                 "mise_a_jour": \(p.checkedOn.map { "\"\($0.iso)\"" } ?? "null"),
                 "rectificatifs": [\(corrections.joined(separator: ", "))], "dernier_rectificatif": \(p.corrections.map(\.date).max().map { "\"\($0.iso)\"" } ?? "null"),
                 "url": \(JSONText.quote(base + SitePlan.project(p.slug))),
                 "sources": [\(sources.joined(separator: ", "))]}
            """
        }
        let list = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"licence\": \"etalab-2.0\",\n  \"date_generation\": \"\(site.buildDate.iso)\",\n  \"projets\": \(list)\n}\n"
    }

    /// `/adresses.json`: every address the site promises to keep, for the next build's
    /// `--precedent`, which refuses to drop one silently.
    private func addressList() -> String {
        let list = plan.publicAddresses.map { "    " + JSONText.quote($0) }.joined(separator: ",\n")
        let moved = redirects.map { "    {\"de\": \(JSONText.quote($0.from)), \"vers\": \(JSONText.quote($0.to))}" }.joined(separator: ",\n")
        let shown = Set(plan.withdrawnAddresses)
        let withdrawn = site.withdrawals.filter { shown.contains($0.address) }.map { withdrawal in
            "    {\"adresse\": \(JSONText.quote(withdrawal.address)), \"date\": \"\(withdrawal.date.iso)\", \"motif\": \(JSONText.quote(withdrawal.reason))}"
        }.joined(separator: ",\n")
        return """
        {
          "site": \(JSONText.quote(site.settings.baseURL)),
          "date_generation": "\(site.buildDate.iso)",
          "adresses": [
        \(list)
          ],
          "redirections": [\(moved.isEmpty ? "" : "\n" + moved + "\n  ")],
          "retraits": [\(withdrawn.isEmpty ? "" : "\n" + withdrawn + "\n  ")]
        }

        """
    }

    private func sitemap() -> String {
        let base = site.settings.baseURL
        // The last change of a page, when the content says it: a sheet's check date, a news item's date.
        var lastChange: [String: ContentDate] = [:]
        for project in site.projects { lastChange[SitePlan.project(project.slug)] = project.checkedOn }
        for item in site.news { lastChange[SitePlan.newsItem(item.slug)] = item.date }
        let urls = plan.sitemapAddresses.map { url in
            let lastmod = lastChange[url].map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
            return "  <url><loc>\(XMLText.escape(base + url))</loc>\(lastmod)</url>"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls.joined(separator: "\n"))
        </urlset>

        """
    }
}
