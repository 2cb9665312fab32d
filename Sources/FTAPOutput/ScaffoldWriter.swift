#if canImport(Glibc)
import Glibc
#endif
import FTAPContent
import FTAPCore
import FTAPFileSystem
import FTAPPlan

/// Writes the file of `ftap new`: into an existing content folder only, never over a file.
public enum ScaffoldWriter {
    /// Creates `<content>/<kind folder>/<slug>.md` with the scaffold of its kind.
    /// - Returns: the path written, as the content folder was given.
    /// - Throws: `BuildError` when the content folder does not exist, the file exists or the disk refuses.
    public static func create(_ kind: ContentKind, slug: String, contentPath: String, today: ContentDate) throws -> String {
        guard FileKind(atPath: PublishableFile.boundary(of: contentPath)) == .directory else {
            throw BuildError.missingFolder(path: contentPath, role: "contenu")
        }
        let folder = join(contentPath, kind.folder)
        let path = join(folder, slug + ".md")
        // `check` would refuse the file: it is not written.
        if let reservation = SitePlan.reservation(of: slug, for: kind) {
            throw BuildError.io(path: path, message: "\(reservation) : choisissez un autre nom ; rien n'a été écrit")
        }
        if let failure = RegularFileIO.makeFolders(folder) {
            throw BuildError.io(path: failure.path, message: "création du dossier impossible : \(SystemErrorText.french(failure.code))")
        }
        if let failure = RegularFileIO.write(Array(ContentScaffold.text(for: kind, today: today, slug: slug).utf8), to: path) {
            let reason = failure.code == EEXIST ? "ce fichier existe déjà ; rien n'a été écrit" : "écriture impossible : \(SystemErrorText.french(failure.code))"
            throw BuildError.io(path: path, message: reason)
        }
        return path
    }
}
