import FTAPContent
import FTAPCore
import FTAPPlan
import FTAPValidation
import FTAPWorkshop
import Foundation

/// Deleting a file in the atelier: a page that asks first (`GET /supprimer/<kind>/<name>`), then
/// the file deleted on its confirmation (`POST`, from the atelier's own page with the session's
/// token, only over the version that page showed).
extension AtelierResponder {
    /// The page that asks, with the files that refer to this one.
    func askDeletion(_ kind: ContentKind, _ name: String) -> PreviewResponse {
        let file: (text: String, version: String)
        do { file = try store.read(kind, name) } catch { return refusal(error) }
        let title = (try? Self.values(of: file.text)).flatMap(Self.title) ?? name
        return .html(.ok, DeletePage(kind: kind, name: name, title: title, text: file.text, referrers: referrers(of: kind, name),
                                     token: session.token, version: file.version, address: SitePlan.address(of: kind, name)).html)
    }

    /// Deletes the file confirmed, then goes back to the list, which says so.
    func delete(_ kind: ContentKind, _ name: String, head: HTTPRequestHead, body: [UInt8]) -> PreviewResponse {
        let fields = FormURLEncoded.decode(body)
        func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: field("jeton")) {
            return .html(.forbidden, WorkshopLayout.message(title: "Suppression refusée", lines: [refusal]))
        }
        do {
            try store.delete(kind, name, expectedVersion: field("version") ?? "")
        } catch let ContentFileStore.Refusal.conflict(current) {
            return .html(.conflict, WorkshopLayout.message(title: "Le fichier a changé depuis la page de suppression", lines: [
                "Un autre éditeur ou une mise à jour (git pull) l'a modifié : il n'a pas été supprimé, pour ne rien perdre.",
                "Rouvrez la page de suppression pour voir cette version avant de décider.",
            ], files: [(heading: "Le fichier tel qu'il est maintenant sur le disque", text: current)]))
        } catch {
            return refusal(error)
        }
        // The file is gone; its address, when a reason is given, is declared withdrawn.
        var withdrawn = false
        if let address = SitePlan.address(of: kind, name), let reason = field("motif")?.trimmingWhitespace(), !reason.isEmpty {
            do {
                withdrawn = try store.addWithdrawal(address: address, date: options.buildDate, reason: reason)
            } catch {
                return .html(.internalServerError, WorkshopLayout.message(title: "Fichier supprimé, retrait non noté", lines: [
                    "Le fichier \(kind.folder)/\(name).md est supprimé, mais son retrait n'a pas pu être écrit dans retraits.yml : \(error.explanation).",
                    "Ajoutez-le à la main dans content/retraits.yml : « - adresse: \(address) », puis « date: \(options.buildDate.iso) » et « motif: … » (partie 4.9 du guide).",
                ]))
            }
        }
        var response = PreviewResponse(status: .seeOther, contentType: "text/plain; charset=utf-8", body: Data("Supprimé.".utf8))
        response.extraHeaders = [("Location", "/?supprime=\(kind.folder)/\(name)" + (withdrawn ? "&retrait=1" : ""))]
        return response
    }

    /// The files whose reference keys name this file, as `<folder>/<name>.md`.
    func referrers(of kind: ContentKind, _ name: String) -> [String] {
        referringFiles(of: kind, name).map { "\($0.kind.folder)/\($0.name).md" }
    }

    /// The files whose reference keys (`projet`, `projets`: any key the schema says refers to
    /// this kind) name this file, with those keys.
    func referringFiles(of kind: ContentKind, _ name: String) -> [(kind: ContentKind, name: String, keys: [String])] {
        ContentKind.allCases.flatMap { other -> [(kind: ContentKind, name: String, keys: [String])] in
            let keys = Self.schema(of: other).fields.filter { field in
                switch field.form {
                case let .reference(target), let .references(target): target == kind
                default: false
                }
            }.map(\.key)
            guard !keys.isEmpty else { return [] }
            return Self.names(in: FileManager.default, folder: options.contentPath + "/" + other.folder).filter { file in
                let values = (try? store.read(other, file).text).flatMap { try? Self.values(of: $0) } ?? []
                return values.contains { entry in
                    guard keys.contains(entry.key) else { return false }
                    switch entry.value {
                    case let .text(text): return text == name
                    case let .list(items): return items.contains(.text(name))
                    case .group: return false
                    }
                }
            }.map { (other, $0, keys) }
        }
    }
}
