import Foundation
import FTAPContent
import FTAPCore
import FTAPEditing
import FTAPFileSystem
import FTAPPlan
import FTAPValidation
import FTAPWorkshop

/// Renaming a file in the atelier (`/renommer/<kind>/<name>`) without breaking anything: the
/// new file keeps the old address in `anciennes_adresses` (for the kinds with a page), the files
/// that refer to it are changed to the new name, then the old file goes; only over the version
/// the page showed, with the session's token.
extension AtelierResponder {
    /// The page that asks for the new name.
    func askRename(_ kind: ContentKind, _ name: String, newName: String? = nil, error: String? = nil) -> PreviewResponse {
        let file: (text: String, version: String)
        do { file = try store.read(kind, name) } catch { return refusal(error) }
        let title = (try? Self.values(of: file.text)).flatMap(Self.title) ?? name
        let typed = newName ?? name
        let page = RenamePage(kind: kind, name: name, title: title, newName: typed, error: error,
                              referrers: referrers(of: kind, name), address: SitePlan.address(of: kind, name),
                              newAddress: Slug.isValid(typed) ? SitePlan.address(of: kind, typed) : nil, token: session.token, version: file.version)
        return .html(.ok, page.html)
    }

    /// Renames the file, then opens the list, which says so; or the page again with what to fix.
    func rename(_ kind: ContentKind, _ name: String, head: HTTPRequestHead, body: [UInt8]) -> PreviewResponse {
        let fields = FormURLEncoded.decode(body)
        func field(_ name: String) -> String { (fields.first { $0.name == name }?.value ?? "").trimmingWhitespace() }
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: fields.first { $0.name == "jeton" }?.value) {
            return .html(.forbidden, WorkshopLayout.message(title: "Changement de nom refusé", lines: [refusal]))
        }
        let newName = field("nom")
        if newName == name { return askRename(kind, name, newName: newName, error: "c'est déjà le nom de ce fichier : écrivez le nouveau nom") }
        if let reservation = SitePlan.reservation(of: newName, for: kind) {
            return askRename(kind, name, newName: newName, error: "\(reservation) : choisissez un autre nom")
        }
        let old: (text: String, version: String)
        do { old = try store.read(kind, name) } catch { return refusal(error) }
        guard old.version == field("version") else { return conflict(current: old.text, yours: nil) }
        do {
            try store.save(try Self.keepingAddress(old.text, kind: kind, from: name), kind, newName, expectedVersion: nil)
        } catch let ContentFileStore.Refusal.badName(reason) {
            return askRename(kind, name, newName: newName, error: reason)
        } catch ContentFileStore.Refusal.exists {
            return askRename(kind, name, newName: newName, error: "un fichier « \(newName).md » existe déjà : choisissez un autre nom")
        } catch {
            return refusal(error)
        }
        // The files that refer to it follow, then the old file goes (over the version shown).
        var unchanged: [String] = []
        for referrer in referringFiles(of: kind, name) {
            do {
                let file = try store.read(referrer.kind, referrer.name)
                let values = try FrontMatterEdit.entries(of: file.text).map { entry in
                    referrer.keys.contains(entry.key) ? FrontMatterEntry(entry.key, Self.renamed(entry.value, from: name, to: newName)) : entry
                }
                let text = try FrontMatterEdit(file.text, values: values, schema: Self.schema(of: referrer.kind)).text
                try store.save(text, referrer.kind, referrer.name, expectedVersion: file.version)
            } catch {
                unchanged.append("\(referrer.kind.folder)/\(referrer.name).md")
            }
        }
        do { try store.delete(kind, name, expectedVersion: old.version) } catch { return refusal(error) }
        guard unchanged.isEmpty else {
            return .html(.ok, WorkshopLayout.message(title: "Fichier renommé, références à reprendre", lines: [
                "Le fichier s'appelle maintenant \(kind.folder)/\(newName).md, mais ces fichiers n'ont pas pu être modifiés : \(unchanged.joined(separator: ", ")).",
                "Ouvrez-les et remplacez « \(name) » par « \(newName) » : tant qu'ils nomment l'ancien fichier, le site ne sera pas publié.",
            ]))
        }
        var response = PreviewResponse(status: .seeOther, contentType: "text/plain; charset=utf-8", body: Data("Renommé.".utf8))
        response.extraHeaders = [("Location", "/?renomme=\(kind.folder)/\(name)/\(newName)")]
        return response
    }

    /// The file's text with its current address kept among its former ones, for the kinds with a
    /// page of their own; the text as it is for the others.
    static func keepingAddress(_ text: String, kind: ContentKind, from name: String) throws -> String {
        guard let address = SitePlan.address(of: kind, name) else { return text }
        let entries = try FrontMatterEdit.entries(of: text)
        let key = FormerAddressSchema.key.key
        var former: [FrontMatterValue] = []
        if case let .list(items)? = entries.first(where: { $0.key == key })?.value { former = items }
        guard !former.contains(.text(address)) else { return text }
        let values = entries.filter { $0.key != key } + [FrontMatterEntry(key, .list(former + [.text(address)]))]
        return try FrontMatterEdit(text, values: values, schema: schema(of: kind)).text
    }

    /// A reference value with `old` replaced by `new`.
    static func renamed(_ value: FrontMatterValue, from old: String, to new: String) -> FrontMatterValue {
        switch value {
        case .text(old): .text(new)
        case let .list(items): .list(items.map { $0 == .text(old) ? .text(new) : $0 })
        default: value
        }
    }
}
