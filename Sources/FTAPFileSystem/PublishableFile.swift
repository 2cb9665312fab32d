import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FTAPCore

/// Whether a file found in the content or the templates may be read and published: only regular
/// files are. A symbolic link is followed only when it leads to a regular file inside the same
/// folder tree (the content folder for content and media, the templates folder for static files),
/// so nothing outside the project is ever read or published.
package enum PublishableFile: Equatable, Sendable {
    /// A regular file, at its real path (links resolved).
    case regular(source: String)
    case directory
    case refused(Refusal)

    package enum Refusal: Equatable, Sendable {
        case linkOutside(destination: String)
        case danglingLink(destination: String)
        case linkLoop
        case linkToFolder
        case special(description: String)
        /// A name that is not UTF-8 (`FolderListing`); `suggestion` is a name to give it.
        case undecodableName(suggestion: String)
    }

    /// - Parameters:
    ///   - path: the path found while listing a folder.
    ///   - boundary: the real path of the folder tree links must stay in.
    package init(path: String, boundary: String) {
        switch FileKind(atPath: path) {
        case .regular: self = .regular(source: path)
        case .directory: self = .directory
        case .missing: self = .refused(.danglingLink(destination: path))
        case .special: self = .refused(.special(description: FileKind.specialDescription(atPath: path)))
        case .symbolicLink:
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            guard let real = Self.realPath(path) else {
                self = .refused(errno == ELOOP ? .linkLoop : .danglingLink(destination: destination))
                return
            }
            guard PathResolution.isSameOrInside(real, boundary) else {
                self = .refused(.linkOutside(destination: destination))
                return
            }
            switch FileKind(atPath: real) {
            case .regular: self = .regular(source: real)
            case .directory: self = .refused(.linkToFolder)
            case .special: self = .refused(.special(description: FileKind.specialDescription(atPath: real)))
            case .missing, .symbolicLink: self = .refused(.danglingLink(destination: destination))
            }
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The French reason a refused file is not published, for its diagnostic.
    package static func explanation(_ refusal: Refusal) -> String {
        let advice = "remplacez-le par le fichier lui-même"
        return switch refusal {
        case let .linkOutside(destination):
            "lien symbolique vers « \(destination) », hors du dossier : il n'est ni lu ni publié ; \(advice)"
        case let .danglingLink(destination):
            "lien symbolique cassé (vers « \(destination) », qui n'existe pas) : supprimez-le ou \(advice)"
        case .linkLoop:
            "lien symbolique qui tourne en boucle : supprimez-le ou \(advice)"
        case .linkToFolder:
            "lien symbolique vers un dossier : il n'est pas suivi ; placez les fichiers eux-mêmes dans ce dossier"
        case let .special(description):
            "\(description), pas un fichier ordinaire : il n'est ni lu ni publié ; supprimez-le"
        case let .undecodableName(suggestion):
            "nom de fichier illisible : il n'est pas écrit en UTF-8, comme il arrive aux fichiers venus d'un ancien Windows ou d'une archive ZIP ; il n'est ni lu ni publié. Renommez-le, par exemple « \(suggestion) »"
        }
    }

    /// A file name of lowercase letters, digits and hyphens close to `name`, its extension kept in
    /// lowercase: « café.md » (a name that was not UTF-8, read as Latin-1) gives « cafe.md »,
    /// « Guichet Accueil.JPG » gives « guichet-accueil.jpg ».
    package static func suggestedFileName(for name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension.lowercased()
        let keepsSuffix = !suffix.isEmpty && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return Slug.suggestion(for: stem) + (keepsSuffix ? "." + suffix : "")
    }

    /// The real path of a folder, used as the boundary of the links found under it.
    package static func boundary(of folder: String) -> String {
        realPath(folder) ?? PathResolution.absolute(folder, from: FileManager.default.currentDirectoryPath)
    }

    /// Every publishable regular file under `root` (names starting with « . » skipped), by
    /// relative path, and every refused entry with its reason.
    package static func walk(_ root: String, boundary: String) -> (files: [(relative: String, source: String)], refused: [(path: String, refusal: Refusal)]) {
        var files: [(relative: String, source: String)] = []
        var refused: [(path: String, refusal: Refusal)] = []
        func visit(_ folder: String, _ prefix: String) {
            let listing = FolderListing.names(in: folder)
            for name in listing?.undecodable ?? [] where !name.shown.hasPrefix(".") {
                refused.append((join(folder, name.shown), .undecodableName(suggestion: suggestedFileName(for: name.asLatin1))))
            }
            for name in listing?.names ?? [] where !name.hasPrefix(".") {
                let path = join(folder, name)
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                switch PublishableFile(path: path, boundary: boundary) {
                case let .regular(source): files.append((relative, source))
                case .directory: visit(path, relative)
                case let .refused(refusal): refused.append((path, refusal))
                }
            }
        }
        if FileKind(atPath: root) == .directory { visit(root, "") }
        return (files, refused)
    }
}
