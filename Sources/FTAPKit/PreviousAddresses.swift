import Foundation
import FTAPContent
import FTAPCore

/// The addresses a previous version of the site published (`/adresses.json`, given to
/// `--precedent`), and the check that none silently disappears: each must still be published,
/// redirected (`anciennes_adresses`) or withdrawn on purpose (`content/retraits.yml`).
struct PreviousAddresses {
    let addresses: [String]

    /// Why a previous list cannot be read, in French.
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads `adresses.json` as the build writes it: an object whose `adresses` is a list of
    /// site paths.
    init(path: String) throws(Unreadable) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "« \(path) » ne peut pas être lu : donnez le fichier adresses.json de la version précédente du site")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = object["adresses"] as? [String] else {
            throw Unreadable(description: "« \(path) » n'est pas une liste d'adresses comme celle que le site publie (adresses.json, avec sa clé « adresses »)")
        }
        // A former address redirected then, or withdrawn, is kept as well: its page must not vanish either.
        let moved = (object["redirections"] as? [[String: Any]] ?? []).compactMap { $0["de"] as? String }
        let withdrawn = (object["retraits"] as? [[String: Any]] ?? []).compactMap { $0["adresse"] as? String }
        addresses = Array(Set(list + moved + withdrawn))
    }

    /// One `adresse-disparue` error for each previous address that nothing keeps, at the file
    /// that most likely published it.
    func vanished(keeping kept: Set<String>, contentPath: String) -> [Diagnostic] {
        addresses.filter { !kept.contains($0) }.sorted().map { address in
            Diagnostic(file: Self.probableFile(of: address, contentPath: contentPath), position: nil, code: DiagnosticCode.vanishedAddress,
                       message: "l'adresse « \(address) », publiée par la version précédente du site, n'existerait plus : un lien ou une citation qui y mène ne trouverait rien. "
                           + "Si ce contenu a été renommé, ajoutez à son nouveau fichier « anciennes_adresses: [\"\(address)\"] » ; "
                           + "s'il est retiré exprès, dites-le dans « \(join(contentPath, ContentSource.withdrawalsFile)) » (adresse, date, motif : partie 4.9 du guide), et la page dira pourquoi ; "
                           + "sinon, remettez le fichier")
        }
    }

    /// `content/projets/x.md` for `/projets/x/`, and so on; the content folder otherwise (a page
    /// the site makes from several files: a call year, a ministry).
    static func probableFile(of address: String, contentPath: String) -> String {
        let parts = address.split(separator: "/").map(String.init)
        switch parts.count {
        case 2 where ["projets", "actualites"].contains(parts[0]):
            return join(join(contentPath, parts[0]), parts[1] + ".md")
        case 1 where address.hasSuffix("/"):
            return join(join(contentPath, "pages"), parts[0] + ".md")
        default:
            return contentPath
        }
    }
}
