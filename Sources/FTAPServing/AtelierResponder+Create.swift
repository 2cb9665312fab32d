import Foundation
import FTAPContent
import FTAPCore
import FTAPEditing
import FTAPFileSystem
import FTAPKit
import FTAPOutput
import FTAPPlan
import FTAPValidation
import FTAPWorkshop

/// Creating a file in the atelier (`POST /nouveau/<kind>`).
extension AtelierResponder {
    /// Creates a file of a kind from `ftap new`'s text with its title, then opens its form; or
    /// shows the creation page again with what to fix beside its input.
    func create(_ kind: ContentKind, head: HTTPRequestHead, body: [UInt8]) -> PreviewResponse {
        let fields = FormURLEncoded.decode(body)
        func field(_ name: String) -> String { (fields.first { $0.name == name }?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        if let refusal = session.refusal(origins: head.values(of: "Origin"), token: fields.first { $0.name == "jeton" }?.value) {
            return .html(.forbidden, WorkshopLayout.message(title: "Création refusée", lines: [refusal]))
        }
        let title = field("titre")
        let name = field("nom").isEmpty ? Slug.suggestion(for: title) : field("nom")
        var page = NewFilePage(kind: kind, title: title, name: field("nom"), token: session.token)
        if title.isEmpty {
            page.errors["titre"] = "écrivez \(NewFilePage.titleLabel(of: kind).lowercased()) : le nom du fichier en est tiré"
        } else if kind == .budgetExecution, Int(title) == nil || title.count != 4 {
            page.errors["titre"] = "l'année s'écrit en quatre chiffres, par exemple 2024"
        } else if let reservation = SitePlan.reservation(of: name, for: kind) {
            page.errors["nom"] = "\(reservation) : choisissez un autre nom"
        }
        let fileName = kind == .budgetExecution ? title : name
        if page.errors.isEmpty {
            do {
                let scaffold = ContentScaffold.text(for: kind, today: options.buildDate, slug: fileName)
                let key = NewFilePage.titleKey(of: kind)
                let values = try FrontMatterEdit.entries(of: scaffold).map { $0.key == key ? FrontMatterEntry(key, .text(title)) : $0 }
                // Without `ftap new`'s comments: the form says what they say.
                let text = FrontMatterLines.file(values, schema: Self.schema(of: kind), body: FrontMatterEdit.body(of: scaffold) ?? "")
                try store.save(text, kind, fileName, expectedVersion: nil)
                var response = PreviewResponse(status: .seeOther, contentType: "text/plain; charset=utf-8", body: Data("Créé.".utf8))
                response.extraHeaders = [("Location", "/modifier/\(kind.folder)/\(fileName)")]
                return response
            } catch let ContentFileStore.Refusal.badName(reason) {
                page.errors["nom"] = reason
            } catch ContentFileStore.Refusal.exists {
                page.errors["nom"] = "un fichier « \(fileName).md » existe déjà : choisissez un autre nom, ou ouvrez-le depuis la liste"
            } catch {
                return refusal(error)
            }
        }
        return .html(.ok, page.html)
    }
}
