import CSystemCalls
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FTAPCore
import FTAPFileSystem
import FTAPRendering
import FTAPImages

/// The only code that writes the site. It fills a staging folder beside the output, then swaps
/// it with the output in one atomic step, so the output folder always exists and a failed or
/// interrupted build leaves the previous site untouched. Builds of one output take turns. An
/// output that is a mount point (a container's volume) cannot be swapped: the staging folder is
/// made inside it, and its entries take the place of the old ones, which a failure puts back.
package struct SiteWriter: Sendable {
    let folder: OutputFolder
    /// Whether every text file gets its `.gz` and `.br` siblings (`Precompression`).
    let precompressing: Bool
    /// Where the widths of photos already made are read from and kept.
    let imageCache: ImageCache

    package init(folder: OutputFolder, precompressing: Bool = false, imageCache: ImageCache = ImageCache(folder: nil)) {
        self.folder = folder
        self.precompressing = precompressing
        self.imageCache = imageCache
    }

    /// Streams the site into the staging folder: `produce` hands over files in batches, as they are
    /// rendered, so memory never holds the whole site; then the new site is swapped in. When
    /// `produce` throws, the staging folder is removed and the previous site stays.
    /// - Returns: warnings naming folders that could not be removed (the build still succeeded).
    package func write(_ produce: (_ emit: ([OutputFile]) throws -> Void) throws -> Void) throws -> [Diagnostic] {
        let target = folder.resolvedPath
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        if let failure = RegularFileIO.makeFolders(parent) { throw Self.error(failure, doing: "création du dossier impossible") }
        let lock = try BuildLock(path: "\(parent)/.\(name)-verrou")
        defer { withExtendedLifetime(lock) {} }
        let inPlace = FileKind(atPath: target) == .directory && MountPoint.isMountPoint(target)
        let home = inPlace ? target : parent, prefix = inPlace ? Self.inPlacePrefix : ".\(name)-"
        var warnings = removeLeftovers(prefix: prefix, in: home)
        let staging = "\(home)/\(prefix)construction-\(getpid())"
        _ = FolderRemoval.remove(staging)
        do {
            try start(staging)
            try produce { files in try fill(staging, with: files) }
        } catch {
            _ = FolderRemoval.remove(staging)
            throw error
        }
        warnings += try inPlace ? swapEntries(staging, into: target) : swap(staging, into: target, parent: parent, name: name)
        return warnings
    }

    /// The names of the folders a build makes inside an output that is a mount point.
    static let inPlacePrefix = ".ftap-"

    /// The staging folder and its marker: a folder ftap built, that the next build may replace.
    private func start(_ staging: String) throws {
        if let failure = RegularFileIO.makeFolders(staging) { throw Self.error(failure, doing: "création du dossier impossible") }
        if let failure = RegularFileIO.write(Array(OutputFolder.markerText.utf8), to: "\(staging)/\(OutputFolder.markerName)") {
            throw Self.error(failure, doing: "écriture impossible")
        }
    }

    private func fill(_ staging: String, with files: [OutputFile]) throws {
        let folders = Set(files.map { ("\(staging)/\($0.path)" as NSString).deletingLastPathComponent })
        if let failure = parallelMap(folders.sorted(), RegularFileIO.makeFolders).compactMap({ $0 }).first {
            throw Self.error(failure, doing: "création du dossier impossible")
        }
        let precompressing = self.precompressing, imageCache = self.imageCache
        let failures = parallelMap(files) { file -> RegularFileIO.Failure? in
            let destination = "\(staging)/\(file.path)"
            let failure: RegularFileIO.Failure?
            switch file.contents {
            case let .bytes(bytes): failure = RegularFileIO.write(bytes, to: destination)
            case let .copy(source): failure = RegularFileIO.copy(source, to: destination)
            case let .link(source): failure = RegularFileIO.link(source, to: destination)
            case let .image(source, hash, variant):
                switch imageCache.bytes(of: variant, source: source, hash: hash) {
                case let .success(bytes): failure = RegularFileIO.write(bytes, to: destination)
                // The image decoded when it was checked: it changed or vanished since.
                case .failure: failure = RegularFileIO.Failure(path: source, code: EIO)
                }
            }
            guard failure == nil, precompressing, Precompression.compresses(file.path) else { return failure }
            return Self.writeSiblings(of: file, at: destination)
        }
        if var failure = failures.compactMap({ $0 }).first {
            let isWrite = failure.path.hasPrefix(staging + "/")
            if isWrite { failure.path = join(folder.path, String(failure.path.dropFirst(staging.count + 1))) }
            throw Self.error(failure, doing: isWrite ? "écriture impossible" : "lecture impossible")
        }
    }

    /// Writes the `.gz` and `.br` siblings of a text file just written (read back when it was a
    /// copy or a link); none for a file too small to gain from them.
    private static func writeSiblings(of file: OutputFile, at destination: String) -> RegularFileIO.Failure? {
        let bytes: [UInt8]
        switch file.contents {
        case let .bytes(generated): bytes = generated
        case .copy, .link, .image:
            switch RegularFileIO.read(destination) {
            case let .success(read): bytes = read
            case let .failure(failure): return failure
            }
        }
        guard bytes.count >= Precompression.minimumBytes else { return nil }
        let brotli = Precompression.brotli(bytes, quality: Precompression.brotliQuality(for: file.path))
        for (suffix, compressed) in [(".gz", Precompression.gzip(bytes)), (".br", brotli)] {
            guard let compressed else { continue }
            if let failure = RegularFileIO.write(compressed, to: destination + suffix) { return failure }
        }
        return nil
    }

    /// Puts the staging folder in the output's place: one exchange when the file system can,
    /// else two renames (under the lock, so no other build sees the gap).
    private func swap(_ staging: String, into target: String, parent: String, name: String) throws -> [Diagnostic] {
        if FileKind(atPath: target) == .missing {
            if ftap_rename_no_replace(staging, target) == 0 || rename(staging, target) == 0 { return [] }
            throw Self.error(RegularFileIO.Failure(path: target, code: errno), doing: "mise en place du site impossible")
        }
        if ftap_exchange_paths(staging, target) == 0 {
            return FolderRemoval.remove(staging) ? [] : [Self.leftover(staging)]
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else {
            let code = errno
            _ = FolderRemoval.remove(staging)
            throw Self.error(RegularFileIO.Failure(path: target, code: code), doing: "remplacement du site impossible")
        }
        let previous = "\(parent)/.\(name)-precedent-\(getpid())"
        guard rename(target, previous) == 0 else {
            let code = errno
            _ = FolderRemoval.remove(staging)
            throw Self.error(RegularFileIO.Failure(path: target, code: code), doing: "remplacement du site impossible")
        }
        guard rename(staging, target) == 0 else {
            let code = errno
            _ = rename(previous, target)
            _ = FolderRemoval.remove(staging)
            throw Self.error(RegularFileIO.Failure(path: target, code: code), doing: "remplacement du site impossible")
        }
        return FolderRemoval.remove(previous) ? [] : [Self.leftover(previous)]
    }

    /// Puts the entries of the staging folder, made inside `target`, in the place of the old
    /// ones: the old ones go into a folder of their own first, and come back if any move fails.
    private func swapEntries(_ staging: String, into target: String) throws -> [Diagnostic] {
        let previous = "\(target)/\(Self.inPlacePrefix)precedent-\(getpid())"
        func names(in folder: String) -> [String] {
            FolderListing.names(in: folder)?.names.filter { !$0.hasPrefix(Self.inPlacePrefix + "construction-") && !$0.hasPrefix(Self.inPlacePrefix + "precedent-") } ?? []
        }
        var moved: [(from: String, to: String)] = []
        func move(_ from: String, _ to: String) -> Bool {
            guard rename(from, to) == 0 else { return false }
            moved.append((from, to))
            return true
        }
        let succeeded = mkdir(previous, 0o755) == 0
            && names(in: target).allSatisfy { move("\(target)/\($0)", "\(previous)/\($0)") }
            && names(in: staging).allSatisfy { move("\(staging)/\($0)", "\(target)/\($0)") }
        guard succeeded else {
            let code = errno
            for step in moved.reversed() { _ = rename(step.to, step.from) }
            _ = FolderRemoval.remove(staging)
            _ = FolderRemoval.remove(previous)
            throw Self.error(RegularFileIO.Failure(path: target, code: code), doing: "remplacement du site impossible")
        }
        return [previous, staging].filter { !FolderRemoval.remove($0) }.map(Self.leftover)
    }

    /// Removes the staging folders of builds whose process is gone; names those it cannot remove.
    private func removeLeftovers(prefix: String, in parent: String) -> [Diagnostic] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        var warnings: [Diagnostic] = []
        for entry in entries.sorted() {
            for marker in [prefix + "construction-", prefix + "precedent-"] where entry.hasPrefix(marker) {
                guard let pid = Int32(entry.dropFirst(marker.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = "\(parent)/\(entry)"
                if !FolderRemoval.remove(path) { warnings.append(Self.leftover(path)) }
            }
        }
        return warnings
    }

    static func leftover(_ path: String) -> Diagnostic {
        Diagnostic(file: path, position: nil, severity: .warning, code: DiagnosticCode.leftoverFolder,
                   message: "ancienne version du site impossible à supprimer (droits d'accès ?) : supprimez ce dossier vous-même")
    }

    static func error(_ failure: RegularFileIO.Failure, doing action: String) -> BuildError {
        let reason = failure.notRegular ? "ce n'est pas un fichier ordinaire" : SystemErrorText.french(failure.code)
        return BuildError.io(path: failure.path, message: "\(action) : \(reason)")
    }
}
