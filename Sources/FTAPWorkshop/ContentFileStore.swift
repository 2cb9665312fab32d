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

        /// The refusal in a French sentence.
        package var explanation: String {
            switch self {
            case let .badName(reason), let .outside(reason), let .io(reason): reason
            case let .missing(path): "« \(path) » n'existe pas (ou plus)"
            case let .exists(path): "« \(path) » existe déjà"
            case .conflict: "le fichier a changé sur le disque entre-temps"
            }
        }
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

    /// Writes a file sent from the author's computer into `media/<folder>/` of its upload, named
    /// after its own name as file names are (« Règlement 2025.PDF » → `reglement-2025.pdf`),
    /// beside the others (`-2` when the name is taken by other bytes, the same file when the bytes
    /// are the same).
    /// - Returns: its address in the content, `/media/<folder>/<name>`.
    package func saveMedia(_ bytes: [UInt8], upload: MediaUpload, fileName: String) throws(Refusal) -> String {
        if let refusal = upload.refusal(of: fileName) { throw .badName(refusal) }
        let folder = upload.folder
        let parts = fileName.split(separator: ".")
        let ext = parts.last.map { $0.lowercased() } ?? ""
        let stem = Slug.suggestion(for: parts.dropLast().joined(separator: "."))
        let root = PublishableFile.boundary(of: contentPath)
        let media = join(contentPath, "media"), target = join(media, folder)
        for path in [media, target] where FileKind(atPath: path) == .missing {
            if let failure = RegularFileIO.makeFolders(path) { throw .io("« \(failure.path) » : \(SystemErrorText.french(failure.code))") }
        }
        guard FileKind(atPath: target) == .directory, PublishableFile.boundary(of: target) == join(root, "media/\(folder)") else {
            throw .outside("le dossier « \(target) » n'est pas un dossier du contenu")
        }
        for index in 1...99 {
            let name = (stem.isEmpty ? "fichier" : stem) + (index == 1 ? "" : "-\(index)") + "." + ext
            let path = join(target, name)
            if case let .success(existing) = RegularFileIO.read(path) {
                if existing == bytes { return "/media/\(folder)/\(name)" }
                continue
            }
            let temporary = join(target, ".\(name).atelier-\(UInt64.random(in: 0...UInt64.max))")
            if let failure = RegularFileIO.write(bytes, to: temporary) { throw .io("« \(path) » : \(SystemErrorText.french(failure.code))") }
            let placed = link(temporary, path), code = errno
            unlink(temporary)
            if placed == 0 { return "/media/\(folder)/\(name)" }
            if code != EEXIST { throw .io("« \(path) » : \(SystemErrorText.french(code))") }
        }
        throw .exists(join(target, stem))
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

    /// Deletes a file, only the version the confirmation page was loaded from; nothing is moved
    /// or written anywhere else.
    package func delete(_ kind: ContentKind, _ name: String, expectedVersion: String) throws(Refusal) {
        let path = try path(kind, name)
        let current = try read(kind, name)
        guard current.version == expectedVersion else { throw .conflict(current: current.text) }
        guard unlink(path) == 0 else {
            let code = errno
            throw code == ENOENT ? .missing(path) : .io("« \(path) » : \(SystemErrorText.french(code))")
        }
    }
}
