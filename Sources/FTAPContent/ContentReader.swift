import Foundation
import FTAPCore
import FTAPFileSystem
import Suggestions

/// Reads a content folder from disk into a `ContentSource`; the only disk reader of content.
package struct ContentReader: Sendable {
    /// The content folder as the command was given it, e.g. `content`.
    var root: String

    package init(root: String) {
        self.root = root
    }

    /// Reads `site.yml`, `retraits.yml` when there is one, every `*.md` of the known folders and every media file.
    /// Throws only when the folder itself cannot be read.
    package func read() throws -> ContentSource {
        guard FileKind(atPath: PublishableFile.boundary(of: root)) == .directory else {
            throw BuildError.missingFolder(path: root, role: "contenu")
        }
        let boundary = PublishableFile.boundary(of: root)
        var diagnostics: [Diagnostic] = []
        var sheets: [(kind: ContentKind, name: String, path: String)] = []
        for kind in ContentKind.allCases {
            let folder = join(root, kind.folder)
            guard let listing = FolderListing.names(in: folder) else { continue }
            for name in listing.undecodable where !name.shown.hasPrefix(".") {
                let refusal = PublishableFile.Refusal.undecodableName(suggestion: PublishableFile.suggestedFileName(for: name.asLatin1))
                diagnostics.append(Self.refusedDiagnostic((join(folder, name.shown), refusal)))
            }
            for name in listing.names where !name.hasPrefix(".") {
                let path = join(folder, name)
                guard name.hasSuffix(".md") else {
                    if PublishableFile(path: path, boundary: boundary) == .directory {
                        diagnostics.append(Diagnostic(file: path, position: nil, code: DiagnosticCode.unexpectedFile,
                                                      message: "sous-dossier non lu : placez les fichiers directement dans « \(kind.folder)/ »"))
                    } else if let rename = Self.intendedSheetName(name) {
                        diagnostics.append(Diagnostic(file: path, position: nil, code: DiagnosticCode.unexpectedFile, message: rename))
                    } else {
                        diagnostics.append(Diagnostic(file: path, position: nil, severity: .warning, code: DiagnosticCode.unexpectedFile,
                                                      message: "fichier ignoré : seuls les fichiers « .md » sont lus dans « \(kind.folder)/ »"))
                    }
                    continue
                }
                sheets.append((kind, name, path))
            }
        }
        // The files themselves are read on every core, in the order of the listing.
        var files: [ContentFile] = []
        for result in parallelMap(sheets, { sheet in
            read(sheet.path, PublishableFile(path: sheet.path, boundary: boundary))
                .map { ContentFile(path: sheet.path, kind: sheet.kind, slug: String(sheet.name.dropLast(3)), bytes: $0) }
        }) {
            switch result {
            case let .success(file): files.append(file)
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        diagnostics += unexpectedEntries()
        let siteBytes = readOptional(join(root, "site.yml"), boundary: boundary, diagnostics: &diagnostics)
        let withdrawalBytes = readOptional(join(root, ContentSource.withdrawalsFile), boundary: boundary, diagnostics: &diagnostics)
        let media = PublishableFile.walk(join(root, "media"), boundary: boundary)
        diagnostics += media.refused.map(Self.refusedDiagnostic)
        return ContentSource(root: root, siteSettingsBytes: siteBytes, withdrawalBytes: withdrawalBytes, files: files,
                             media: media.files.map { file in
                                 MediaFile(relativePath: file.relative, sourcePath: file.source,
                                           byteCount: FileKind.byteCount(atPath: file.source) ?? 0)
                             },
                             diagnostics: diagnostics)
    }

    /// The bytes of a file of the content folder's root that may be absent (`site.yml`,
    /// `retraits.yml`): nil when it is absent, or unreadable (then said in `diagnostics`).
    private func readOptional(_ path: String, boundary: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard FileKind(atPath: path) != .missing else { return nil }
        switch read(path, PublishableFile(path: path, boundary: boundary)) {
        case let .success(bytes): return bytes
        case let .failure(diagnostic): diagnostics.append(diagnostic); return nil
        }
    }

    /// The bytes of a content file, or the diagnostic saying why it cannot be read.
    private func read(_ path: String, _ entry: PublishableFile) -> Result<[UInt8], Diagnostic> {
        switch entry {
        case let .refused(refusal):
            return .failure(Self.refusedDiagnostic((path, refusal)))
        case .directory:
            let name = (path as NSString).lastPathComponent
            let advice = path.hasSuffix(".md") ? "renommez-le sans « .md »"
                : name == ContentSource.withdrawalsFile
                ? "« \(name) » doit être la liste des adresses retirées : renommez ce dossier, puis créez le fichier (voir la partie 4.9 du guide de rédaction)"
                : "« site.yml » doit être un fichier de réglages : renommez ce dossier, puis créez le fichier (voir la partie 4.7 du guide de rédaction)"
            return .failure(Diagnostic(file: path, position: nil, code: DiagnosticCode.unreadableFile,
                                       message: "c'est un dossier, pas un fichier : \(advice)"))
        case let .regular(source):
            return RegularFileIO.read(source).mapError { failure in
                Diagnostic(file: path, position: nil, code: DiagnosticCode.unreadableFile,
                           message: "le fichier ne peut pas être lu : \(SystemErrorText.french(failure.code))")
            }
        }
    }

    /// What to do with a file meant to be a sheet but not named `<nom>.md` (it would not be
    /// published): `x.MD`, `x.md.txt` (an editor added « .txt »), `x.markdown`, `x.txt`, a Word or
    /// OpenDocument file. Nil for any other file (a backup, a system file), only ignored.
    static func intendedSheetName(_ name: String) -> String? {
        let lowered = name.lowercased()
        let stem = (name as NSString).deletingPathExtension
        let fixed = PublishableFile.suggestedFileName(for: (stem.lowercased().hasSuffix(".md") ? (stem as NSString).deletingPathExtension : stem) + ".md")
        let rename = "renommez-le « \(fixed) », sans quoi il n'est pas publié"
        if lowered.hasSuffix(".md") { return "l'extension s'écrit « .md », en minuscules : \(rename)" }
        if lowered.hasSuffix(".md.txt") { return "le nom du fichier finit par « .md.txt » (l'éditeur a ajouté « .txt ») : \(rename)" }
        if [".markdown", ".mdown", ".mkd", ".txt"].contains(where: lowered.hasSuffix) {
            return "seuls les fichiers « .md » sont lus : \(rename)"
        }
        if [".docx", ".doc", ".odt", ".rtf", ".pages"].contains(where: lowered.hasSuffix) {
            return "un document de traitement de texte n'est pas lu : copiez son texte dans un fichier « \(fixed) » (voir « ftap new »), en texte brut"
        }
        return nil
    }

    package static func refusedDiagnostic(_ entry: (path: String, refusal: PublishableFile.Refusal)) -> Diagnostic {
        let code = if case .undecodableName = entry.refusal { DiagnosticCode.unreadableFile } else { DiagnosticCode.notARegularFile }
        return Diagnostic(file: entry.path, position: nil, code: code, message: PublishableFile.explanation(entry.refusal))
    }

    /// Entries of the content folder that the builder would not read: a misspelt folder holding
    /// sheets is an error, so a typo never silently drops content.
    private func unexpectedEntries() -> [Diagnostic] {
        let known = ContentKind.allCases.map(\.folder) + ["media"]
        let listing = FolderListing.names(in: root)
        let undecodable = (listing?.undecodable ?? []).filter { !$0.shown.hasPrefix(".") }.map { name in
            Self.refusedDiagnostic((join(root, name.shown), .undecodableName(suggestion: PublishableFile.suggestedFileName(for: name.asLatin1))))
        }
        let rootFiles = ["site.yml", ContentSource.withdrawalsFile]
        return undecodable + (listing?.names ?? []).filter { !$0.hasPrefix(".") && !rootFiles.contains($0) && !known.contains($0) }.map { name in
            let path = join(root, name)
            let isDirectory = FileKind(atPath: path) == .directory
            var message = isDirectory ? "dossier inconnu « \(name) », non lu" : "fichier inconnu « \(name) », non lu"
            if let suggestion = KeySuggestion.closest(to: name, among: known + rootFiles) {
                message += " ; vouliez-vous dire « \(suggestion) » ?"
            } else {
                message += " ; dossiers lus : \(known.joined(separator: ", "))"
            }
            return Diagnostic(file: path, position: nil, severity: isDirectory ? .error : .warning,
                              code: DiagnosticCode.unexpectedFile, message: message)
        }
    }
}
