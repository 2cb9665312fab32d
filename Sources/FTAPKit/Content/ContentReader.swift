import Foundation

/// Reads a content folder from disk into a `ContentSource`; the only disk reader of content.
public struct ContentReader: Sendable {
    /// The content folder as the command was given it, e.g. `content`.
    public var root: String

    public init(root: String) {
        self.root = root
    }

    /// Reads `site.yml`, every `*.md` of the known folders and every media file.
    /// Throws only when the folder itself cannot be read.
    public func read() throws -> ContentSource {
        let fm = FileManager.default
        guard isDirectory(root) else {
            throw BuildError.missingFolder(path: root, role: "contenu")
        }
        var diagnostics: [Diagnostic] = []
        var files: [ContentFile] = []
        for kind in ContentKind.allCases {
            let folder = join(root, kind.folder)
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = join(folder, name)
                guard name.hasSuffix(".md") else {
                    diagnostics.append(isDirectory(path)
                        ? Diagnostic(file: path, position: nil, code: DiagnosticCode.unexpectedFile,
                                     message: "sous-dossier non lu : placez les fichiers directement dans « \(kind.folder)/ »")
                        : Diagnostic(file: path, position: nil, severity: .warning, code: DiagnosticCode.unexpectedFile,
                                     message: "fichier ignoré : seuls les fichiers « .md » sont lus dans « \(kind.folder)/ »"))
                    continue
                }
                guard let data = fm.contents(atPath: path) else {
                    diagnostics.append(Diagnostic(
                        file: path, position: nil, code: DiagnosticCode.unreadableFile,
                        message: "le fichier ne peut pas être lu (droits d'accès ?)"))
                    continue
                }
                files.append(ContentFile(path: path, kind: kind, slug: String(name.dropLast(3)), bytes: [UInt8](data)))
            }
        }
        diagnostics += unexpectedEntries()
        let siteBytes = fm.contents(atPath: join(root, "site.yml")).map { [UInt8]($0) }
        return ContentSource(root: root, siteSettingsBytes: siteBytes, files: files,
                             media: readMedia(), diagnostics: diagnostics)
    }

    /// Entries of the content folder that the builder would not read: a misspelt folder holding
    /// sheets is an error, so a typo never silently drops content.
    private func unexpectedEntries() -> [Diagnostic] {
        let known = ContentKind.allCases.map(\.folder) + ["media"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && $0 != "site.yml" && !known.contains($0) }.map { name in
            let path = join(root, name)
            var message = isDirectory(path) ? "dossier inconnu « \(name) », non lu" : "fichier inconnu « \(name) », non lu"
            if let suggestion = KeySuggestion.closest(to: name, among: known + ["site.yml"]) {
                message += " ; vouliez-vous dire « \(suggestion) » ?"
            } else {
                message += " ; dossiers lus : \(known.joined(separator: ", "))"
            }
            return Diagnostic(file: path, position: nil, severity: isDirectory(path) ? .error : .warning,
                              code: DiagnosticCode.unexpectedFile, message: message)
        }
    }

    private func readMedia() -> [MediaFile] {
        let mediaRoot = join(root, "media")
        guard let enumerator = FileManager.default.enumerator(atPath: mediaRoot) else { return [] }
        var media: [MediaFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = join(mediaRoot, relative)
            guard !isDirectory(path), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            media.append(MediaFile(relativePath: relative, sourcePath: path))
        }
        return media.sorted { $0.relativePath < $1.relativePath }
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Joins path components with `/`, keeping the root as the user wrote it.
func join(_ base: String, _ name: String) -> String {
    base.hasSuffix("/") ? base + name : base + "/" + name
}
