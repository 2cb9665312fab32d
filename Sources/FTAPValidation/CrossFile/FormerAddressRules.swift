import FTAPContent
import FTAPCore
import FTAPModel
import FTAPPlan

/// `anciennes_adresses` and `retraits.yml` against the whole site: a former or withdrawn address
/// must not be one the site still publishes (the redirect or the withdrawal would hide a live
/// page), nor be claimed twice (it can lead to only one place).
package enum FormerAddressRules {
    /// The site's live addresses are those the public site promises (`publicAddresses`): in a
    /// preview, a draft's page may be withdrawn, since the public build will not publish it.
    package static func check(site: PublishedSite, parsed: ParsedContent, plan: SitePlan) -> [Diagnostic] {
        let live = Set(plan.publicAddresses)
        let places = parsed.placesByFile
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
        diagnostics += withdrawals(site.withdrawals, live: live, claimedBy: claimedBy, file: join(parsed.root, ContentSource.withdrawalsFile))
        return diagnostics
    }

    /// A withdrawn address must not be one the site still publishes (the page would hide the
    /// withdrawal, or the withdrawal the page), nor a renamed item's former address.
    static func withdrawals(_ withdrawals: [Withdrawal], live: Set<String>, claimedBy: [String: String], file: String) -> [Diagnostic] {
        withdrawals.compactMap { withdrawal in
            let address = withdrawal.address
            if live.contains(address) {
                return Diagnostic(file: file, position: withdrawal.place, code: DiagnosticCode.invalidURL,
                                  message: "« \(address) » est l'adresse d'une page que le site publie encore : pour la retirer, supprimez (ou mettez en brouillon) le fichier qui la publie ; sinon, retirez ce retrait")
            }
            if let other = claimedBy[address] {
                return Diagnostic(file: file, position: withdrawal.place, code: DiagnosticCode.duplicateItem,
                                  message: "« \(address) » est une ancienne adresse de « \(other) », qui y renvoie : une adresse est renvoyée ou retirée, pas les deux ; retirez-la de ce fichier ou de « anciennes_adresses »")
            }
            return nil
        }
    }
}
