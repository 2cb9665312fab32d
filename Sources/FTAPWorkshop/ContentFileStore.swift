#if canImport(Glibc)
import Glibc
#endif
import FTAPContent
import FTAPCore
import FTAPFileSystem

/// The content files as the atelier reads and writes them: only `<content>/<kind>/<name>.md`, a
/// name of lowercase letters, digits and dashes, in a kind's folder that is a real folder inside
/// the content folder (no symbolic link on the way, checked on the real paths); written whole
/// through a temporary file beside it and a rename, and only over the version the form was loaded
/// from, so an edit made meanwhile by another editor or a `git pull` is never lost.
package struct ContentFileStore: Sendable {
    /// The content folder, as the command line gave it.
    package let contentPath: String

    package init(contentPath: String) {
        self.contentPath = contentPath
    }

    /// Why a read or a write was refused, in French.
    package enum Refusal: Error, Equatable, Sendable {
        /// The name is not a file name the content uses.
        case badName(String)
        /// The path leads outside the content folder, or through a link.
        case outside(String)
        /// The file changed on disk since the form was loaded: its text now.
        case conflict(current: String)
        /// The file exists already (creating) or no longer exists (saving).
        case exists(String), missing(String)
        /// The disk refused.
        case io(String)
    }

    /// The version of a file's bytes, carried by the form and compared before writing.
    package static func version(of bytes: [UInt8]) -> String {
        StableHash.hex(bytes: bytes)
    }

    /// The path of a file of a kind, after checking its name and its folder.
    package func path(_ kind: ContentKind, _ name: String) throws(Refusal) -> String {
        guard !name.isEmpty, name.count <= 120, name.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }),
              name.first != "-" else {
            throw .badName("« \(name) » : un nom de fichier s'écrit en minuscules sans accents, chiffres et tirets")
        }
        let root = PublishableFile.boundary(of: contentPath)
        let folder = join(contentPath, kind.folder)
        // The kind's folder must be a real folder, not a link, right inside the content folder.
        guard FileKind(atPath: folder) == .directory, PublishableFile.boundary(of: folder) == join(root, kind.folder) else {
            throw .outside("le dossier « \(folder) » n'est pas un dossier du contenu")
        }
        return join(folder, name + ".md")
    }

    /// The text of a file and its version.
    package func read(_ kind: ContentKind, _ name: String) throws(Refusal) -> (text: String, version: String) {
        let path = try path(kind, name)
        switch RegularFileIO.read(path) {
        case let .success(bytes):
            return (String(decoding: bytes, as: UTF8.self), Self.version(of: bytes))
        case let .failure(failure):
            if failure.notRegular { throw .outside("« \(path) » n'est pas un fichier ordinaire (lien, dossier…) : l'atelier ne le lit pas") }
            throw failure.code == ENOENT ? .missing(path) : .io("« \(path) » : \(SystemErrorText.french(failure.code))")
        }
    }

    /// Writes `text` as the file; `expectedVersion` is the version the form was loaded from, nil
    /// for a new file (which must not exist).
    package func save(_ text: String, _ kind: ContentKind, _ name: String, expectedVersion: String?) throws(Refusal) {
        let path = try path(kind, name)
        if let expectedVersion {
            let current = try read(kind, name)
            guard current.version == expectedVersion else { throw .conflict(current: current.text) }
        } else if FileKind(atPath: path) != .missing {
            throw .exists(path)
        }
        let temporary = join(join(contentPath, kind.folder), ".\(name).md.atelier-\(UInt64.random(in: 0...UInt64.max))")
        if let failure = RegularFileIO.write(Array(text.utf8), to: temporary) {
            throw .io("« \(path) » : \(SystemErrorText.french(failure.code))")
        }
        // A new file takes its name only if nothing has it (link fails then), an existing one is
        // replaced in one step (rename).
        let placed = expectedVersion == nil ? link(temporary, path) : rename(temporary, path)
        let code = errno
        if expectedVersion == nil || placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            throw code == EEXIST ? .exists(path) : .io("« \(path) » : \(SystemErrorText.french(code))")
        }
    }
}
