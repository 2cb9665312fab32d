import Foundation
import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPImages
import FTAPModel

/// What an author may have left behind or named so that no link reaches it: a photo of `media/`
/// that no text shows (published for nothing, and perhaps a photo of a person that was meant to
/// go), and a file whose name has spaces, capitals or accents (a link to it has to be written
/// exactly, which authors rarely manage). Both are warnings: the site is still right.
enum MediaUsageRules {
    /// The warnings for `media`, given every text of the content and every file its front
    /// matters and `site.yml` name (drafts included: a photo a draft shows is not left behind).
    static func check(_ media: [MediaFile], bodies: [MarkdownBody], named: [String], siteAddress: String,
                      root: String) -> [Diagnostic] {
        var used = Set(named)
        for link in bodies.flatMap(\.links) {
            if let path = mediaPath(of: link.destination, siteAddress: siteAddress) { used.insert(path) }
        }
        return media.sorted { $0.relativePath < $1.relativePath }.flatMap { file -> [Diagnostic] in
            let shownPath = join(join(root, "media"), file.relativePath)
            var found: [Diagnostic] = []
            let name = String(file.relativePath.split(separator: "/").last ?? "")
            let suggested = PublishableFile.suggestedFileName(for: name)
            if name != suggested, !name.hasPrefix(".") {
                found.append(Diagnostic(file: shownPath, position: nil, severity: .warning, code: .mediaNameToChange,
                                        message: "le nom « \(name) » contient des espaces, des majuscules ou des accents : un lien vers ce fichier doit l'écrire exactement, ce qui échoue souvent ; renommez-le « \(suggested) » et écrivez ses liens « /media/\(file.relativePath.dropLast(name.count))\(suggested) »"))
            }
            if file.image != nil, !used.contains(file.relativePath) {
                found.append(Diagnostic(file: shownPath, position: nil, severity: .warning, code: .unusedImage,
                                        message: "l'image « \(file.relativePath) » n'est montrée par aucun texte : elle serait publiée sans que personne la voie ; montrez-la (« ![ce qu'elle montre](/media/\(file.relativePath)) ») ou retirez-la de « media/ »"))
            }
            return found
        }
    }

    /// The path under `media/` a link leads to (`/media/x.jpg`, or the site's own address before
    /// it), without its query or section; nil for any other link.
    static func mediaPath(of destination: String, siteAddress: String) -> String? {
        var path = Substring(destination)
        let base = siteAddress.hasSuffix("/") ? String(siteAddress.dropLast()) : siteAddress
        if !base.isEmpty, path.hasPrefix(base + "/") { path = path.dropFirst(base.count) }
        guard path.hasPrefix("/media/") else { return nil }
        path = path.dropFirst("/media/".count)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        return path.removingPercentEncoding ?? String(path)
    }
}
