import Foundation
import FTAPCore
import FTAPFileSystem

/// The folder a build replaces entirely. It is checked before anything is written: ftap only
/// ever replaces a folder it built itself (recognised by its marker file) or a new or empty one,
/// never the content, the templates, the current folder, a home folder or a stranger's files.
package struct OutputFolder: Sendable {
    /// The path as the command was given it, for messages.
    let path: String
    /// Where the site really goes: absolute, every symbolic link resolved (a linked output stays a
    /// link; its target is what gets replaced).
    let resolvedPath: String

    /// The file every build writes at the top of the site; its presence says a folder is ours.
    static let markerName = ".ftap-site"
    static let markerText = """
        Ce dossier est un site construit par ftap. Il est remplacé en entier à chaque construction :
        n'y enregistrez rien d'autre.

        """

    /// Checks that `path` may be replaced by a build.
    /// - Throws: `BuildError.unsafeOutput` with the reason, in French, and what to do instead.
    package init(checking path: String, contentPath: String, templatesPath: String,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                homeDirectories: [String] = OutputFolder.homeDirectories) throws {
        self.path = path
        func refuse(_ reason: String) -> BuildError { BuildError.unsafeOutput(path: path, reason: reason) }
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw refuse("aucun dossier n'est donné ; écrivez par exemple --output public")
        }
        let cwd = PathResolution.real(PathResolution.absolute(currentDirectory, from: "/"))
        func real(_ p: String) -> String { PathResolution.real(PathResolution.absolute(p, from: cwd)) }
        let output = real(path)
        resolvedPath = output
        let advice = "ftap remplace tout le dossier de sortie à chaque construction ; choisissez un dossier réservé au site, par exemple « public »"
        if output == "/" { throw refuse("c'est la racine du disque ; \(advice)") }
        if PathResolution.isSameOrInside(cwd, output) {
            throw refuse("c'est le dossier courant ou l'un de ses parents ; \(advice)")
        }
        if homeDirectories.contains(where: { PathResolution.isSameOrInside(real($0), output) }) {
            throw refuse("c'est votre dossier personnel ou l'un de ses parents ; \(advice)")
        }
        for (folder, role) in [(contentPath, "contenu"), (templatesPath, "gabarits")] {
            let other = real(folder)
            if output == other {
                throw refuse("c'est le dossier de \(role), qui serait effacé ; \(advice)")
            }
            if PathResolution.isSameOrInside(output, other) {
                throw refuse("il est dans le dossier de \(role) « \(folder) », qui serait effacé ; \(advice)")
            }
            if PathResolution.isSameOrInside(other, output) {
                throw refuse("il contient le dossier de \(role) « \(folder) », qui serait effacé ; \(advice)")
            }
        }
        switch FileKind(atPath: output) {
        case .missing:
            break
        case .directory:
            guard Self.isReplaceable(output) else {
                throw refuse("ce dossier existe, n'est pas vide et n'a pas été construit par ftap (il n'a pas de fichier « \(Self.markerName) ») ; ftap ne remplace pas un dossier qu'il n'a pas créé : videz-le vous-même ou choisissez un autre dossier")
            }
        default:
            throw refuse("c'est un fichier, pas un dossier ; \(advice)")
        }
    }

    /// The home folder as the environment gives it and as the user database gives it.
    static var homeDirectories: [String] {
        [ProcessInfo.processInfo.environment["HOME"], NSHomeDirectory()].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// An empty folder, a previous build (marker file), or a build of a version of ftap that
    /// predates the marker (its home page and aggregates file).
    static func isReplaceable(_ folder: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), !entries.isEmpty else { return true }
        if FileKind(atPath: folder + "/" + markerName) == .regular { return true }
        return FileKind(atPath: folder + "/index.html") == .regular
            && FileKind(atPath: folder + "/donnees/agregats.json") == .regular
    }
}
