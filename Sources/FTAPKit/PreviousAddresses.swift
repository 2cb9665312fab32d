import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import FTAPContent
import FTAPCore

/// The addresses a previous version of the site published (`/adresses.json`, given to
/// `--precedent` as a file or as the live site's address), and the check that none silently
/// disappears: each must still be published, redirected (`anciennes_adresses`) or withdrawn on
/// purpose (`content/retraits.yml`).
package struct PreviousAddresses: Sendable {
    let addresses: [String]
    /// Which version published them, as the messages say it.
    var origin = "la version précédente du site"
    /// In a preview (`ftap serve`, against the last build of its output folder), an address
    /// dropped is a warning: the public build, given the live list, is what refuses.
    var asWarnings = false

    /// What `--precedent` gave: the list, or the diagnostic saying why nothing is checked.
    enum Loaded: Sendable {
        case list(PreviousAddresses)
        /// A file that cannot be read is an error; a live list that cannot be fetched (the first
        /// publication, a network failure) is a warning: the build goes on, unchecked, and says so.
        case unavailable(Diagnostic)
    }

    /// How long the live site has to answer.
    static let timeout: TimeInterval = 20

    /// Reads the list from a file, or fetches it when `source` is an `http(s)://` address (a
    /// problem with an address is reported at the content folder, `contentPath`).
    static func load(_ source: String, contentPath: String) async -> Loaded {
        guard source.hasPrefix("https://") || source.hasPrefix("http://") else {
            guard let data = FileManager.default.contents(atPath: source) else {
                return .unavailable(Diagnostic(file: source, position: nil, code: DiagnosticCode.vanishedAddress,
                                               message: "« \(source) » ne peut pas être lu : donnez le fichier adresses.json de la version précédente du site, ou son adresse en ligne"))
            }
            guard let list = Self(json: data) else {
                return .unavailable(Diagnostic(file: source, position: nil, code: DiagnosticCode.vanishedAddress,
                                               message: "« \(source) » n'est pas une liste d'adresses comme celle que le site publie (adresses.json, avec sa clé « adresses »)"))
            }
            return .list(list)
        }
        func unchecked(_ why: String) -> Loaded {
            .unavailable(Diagnostic(file: contentPath, position: nil, severity: .warning, code: DiagnosticCode.vanishedAddress,
                                    message: "\(why) : les adresses publiées ne sont pas vérifiées cette fois (rien ne dit qu'aucune ne disparaît)"))
        }
        guard let url = URL(string: source) else { return unchecked("« \(source) » n'est pas une adresse valide") }
        switch await fetch(url) {
        case let .failure(reason):
            return unchecked("la liste des adresses du site en ligne n'a pas pu être récupérée à « \(source) » (\(reason))")
        case .success((404, _)):
            return unchecked("le site en ligne ne publie pas encore de liste d'adresses à « \(source) » (réponse 404 : c'est sans doute sa première publication par ftap)")
        case let .success((status, _)) where status != 200:
            return unchecked("le site en ligne a répondu \(status) pour « \(source) »")
        case let .success((_, data)):
            guard let list = Self(json: data) else {
                return unchecked("« \(source) » ne donne pas une liste d'adresses comme celle que ftap publie (le site en ligne n'a sans doute pas encore été construit par ftap)")
            }
            return .list(list)
        }
    }

    /// Reads `adresses.json` as the build writes it: an object whose `adresses` is a list of
    /// site paths, with the former addresses it redirected and the addresses it withdrew, which
    /// must not vanish either.
    init?(json data: Data) {
        guard let addresses = Self.addresses(json: data) else { return nil }
        self.addresses = addresses
    }

    /// The addresses the site last built in `outputFolder` promised (its `adresses.json`), for a
    /// preview to warn when one would vanish; nil when that folder holds no such list.
    package init?(lastBuildIn outputFolder: String) {
        guard let data = FileManager.default.contents(atPath: join(outputFolder, "adresses.json")),
              let addresses = Self.addresses(json: data) else { return nil }
        self.addresses = addresses
        origin = "la dernière construction du site dans « \(outputFolder) »"
        asWarnings = true
    }

    private static func addresses(json data: Data) -> [String]? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = object["adresses"] as? [String] else { return nil }
        let moved = (object["redirections"] as? [[String: Any]] ?? []).compactMap { $0["de"] as? String }
        let withdrawn = (object["retraits"] as? [[String: Any]] ?? []).compactMap { $0["adresse"] as? String }
        return Array(Set(list + moved + withdrawn))
    }

    /// The status and body of a GET of `url`, or why there is none, in French.
    private static func fetch(_ url: URL) async -> Result<(Int, Data), FetchFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return await withCheckedContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(returning: .failure(FetchFailure(error)))
                } else if let response = response as? HTTPURLResponse {
                    continuation.resume(returning: .success((response.statusCode, data ?? Data())))
                } else {
                    continuation.resume(returning: .failure(FetchFailure(description: "pas de réponse")))
                }
            }.resume()
        }
    }

    /// Why the live list could not be fetched, in French.
    struct FetchFailure: Error, CustomStringConvertible {
        var description: String

        init(description: String) {
            self.description = description
        }

        init(_ error: any Error) {
            let code = (error as? URLError)?.code
            description = switch code {
            case .timedOut?: "pas de réponse en \(Int(PreviousAddresses.timeout)) secondes"
            case .cannotConnectToHost?: "le serveur ne répond pas"
            case .cannotFindHost?, .dnsLookupFailed?: "nom de serveur inconnu, ou pas de réseau"
            case .notConnectedToInternet?, .networkConnectionLost?: "pas de connexion au réseau"
            case .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?,
                 .serverCertificateNotYetValid?, .serverCertificateHasUnknownRoot?: "connexion sécurisée impossible : certificat refusé"
            case .httpTooManyRedirects?, .redirectToNonExistentLocation?: "trop de redirections"
            default: "erreur réseau : \(error.localizedDescription)"
            }
        }
    }

    /// One `adresse-disparue` error for each previous address that nothing keeps, at the file
    /// that most likely published it.
    func vanished(keeping kept: Set<String>, contentPath: String) -> [Diagnostic] {
        addresses.filter { !kept.contains($0) }.sorted().map { address in
            Diagnostic(file: Self.probableFile(of: address, contentPath: contentPath), position: nil, severity: asWarnings ? .warning : .error,
                       code: DiagnosticCode.vanishedAddress,
                       message: "l'adresse « \(address) », publiée par \(origin), n'existerait plus : un lien ou une citation qui y mène ne trouverait rien. "
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
