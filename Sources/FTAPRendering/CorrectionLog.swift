import FTAPCore
import FTAPModel
import FTAPPlan

/// Every public correction of the published site, newest first, each with the item it corrects
/// and where that item is read: what `/rectificatifs/` and its feed list.
struct CorrectionLog: Sendable {
    /// One correction of one item.
    struct Entry: Sendable {
        var correction: PublicCorrection
        /// What the item is, in words (« Fiche projet », « Chiffre publié »…).
        var kind: String
        var title: String
        /// Where the item is read, from the site's root.
        var url: String
        /// The item's file in the content (`projets/cloud-etat`), for the feed's ids.
        var file: String
        /// 1 for the item's first correction of that day, 2 for a second: with the file and the
        /// day, an id that does not change when other corrections are added.
        var rankOfDay = 1
    }

    let entries: [Entry]

    init(site: PublishedSite) {
        var entries: [Entry] = []
        func add(_ corrections: [PublicCorrection], _ kind: String, _ title: String, _ url: String, _ file: String) {
            var ranks: [ContentDate: Int] = [:]
            for correction in corrections {
                ranks[correction.date, default: 0] += 1
                entries.append(Entry(correction: correction, kind: kind, title: title, url: url, file: file, rankOfDay: ranks[correction.date] ?? 1))
            }
        }
        for project in site.projects { add(project.corrections, "Fiche projet", project.title, SitePlan.project(project.slug), "projets/\(project.slug)") }
        for item in site.news { add(item.corrections, "Actualité", item.title, SitePlan.newsItem(item.slug), "actualites/\(item.slug)") }
        for page in site.pages { add(page.corrections, "Page", page.title, SitePlan.freePage(page.slug), "pages/\(page.slug)") }
        for quote in site.testimonials {
            add(quote.corrections, "Témoignage", "Témoignage de \(quote.author)", SitePlan.testimonials + "#temoignage-\(quote.slug)", "temoignages/\(quote.slug)")
        }
        for figure in site.officialFigures {
            let url = figure.isCumulative ? SitePlan.keyFigures : SitePlan.callYear(figure.years.first)
            add(figure.corrections, "Chiffre publié", figure.title, url, "chiffres-officiels/\(figure.slug)")
        }
        for year in site.budgetExecution {
            add(year.corrections, "Exécution budgétaire", "Exécution budgétaire \(year.year)", SitePlan.keyFigures + "#table-execution",
                "execution-budgetaire/\(year.year)")
        }
        // Newest first; on the same day, in the order above.
        self.entries = entries.newestFirst(by: \.correction.date)
    }
}
