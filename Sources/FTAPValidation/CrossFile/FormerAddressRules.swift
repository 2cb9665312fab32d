import FTAPCore
import FTAPModel
import FTAPPlan

/// `anciennes_adresses` against the whole site: a former address must not be one the site still
/// publishes (the redirect would hide a live page), nor be claimed by two items (it can lead to
/// only one).
package enum FormerAddressRules {
    package static func check(site: PublishedSite, parsed: ParsedContent, plan: SitePlan) -> [Diagnostic] {
        let live = Set(plan.publicAddresses)
        let places = Dictionary(parsed.files.map { ($0.path, $0.places) }, uniquingKeysWith: { first, _ in first })
        var claimedBy: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let items = site.projects.map { ($0.file, SitePlan.project($0.slug), $0.formerAddresses) }
            + site.news.map { ($0.file, SitePlan.newsItem($0.slug), $0.formerAddresses) }
            + site.pages.map { ($0.file, SitePlan.freePage($0.slug), $0.formerAddresses) }
        for (file, own, addresses) in items {
            for (index, address) in addresses.enumerated() {
                let place = places[file]?["anciennes_adresses[\(index + 1)]"]
                if address == own {
                    diagnostics.append(Diagnostic(file: file, position: place, code: DiagnosticCode.invalidURL,
                                                  message: "« \(address) » est l'adresse actuelle de ce contenu, pas une ancienne : retirez-la de « anciennes_adresses »"))
                } else if live.contains(address) {
                    diagnostics.append(Diagnostic(file: file, position: place, code: DiagnosticCode.invalidURL,
                                                  message: "« \(address) » est l'adresse d'une page que le site publie : la rediriger la cacherait ; retirez-la de « anciennes_adresses »"))
                } else if let other = claimedBy[address] {
                    diagnostics.append(Diagnostic(file: file, position: place, code: DiagnosticCode.duplicateItem,
                                                  message: "« \(address) » est déjà une ancienne adresse de « \(other) » : une adresse ne renvoie que vers un contenu ; retirez-la de l'un des deux fichiers"))
                } else {
                    claimedBy[address] = file
                }
            }
        }
        return diagnostics
    }
}
