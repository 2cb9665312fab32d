import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FTAPCore
import FTAPFileSystem

/// Removes a folder tree that a build made, even when its folders were made read-only since.
enum FolderRemoval {
    /// Removes `path` and everything under it, without following links; true when it is gone.
    static func remove(_ path: String) -> Bool {
        let kind = FileKind(atPath: path)
        guard kind != .missing else { return true }
        if kind == .directory {
            // A site is mostly page folders two levels down (`projets/<nom>/`): those go on
            // every core first; what is left (and anything that failed) goes below.
            let subtrees = entries(of: path).flatMap { entry in
                FileKind(atPath: entry) == .directory ? entries(of: entry) : [entry]
            }
            _ = parallelMap(subtrees) { removeTree($0) }
        }
        if removeTree(path) { return true }
        makeFoldersWritable(path)
        try? FileManager.default.removeItem(atPath: path)
        return FileKind(atPath: path) == .missing
    }

    /// Removes one entry and, for a folder, everything under it, through folder descriptors:
    /// names are read with their kinds (no `stat` per file) and never followed as links.
    private static func removeTree(_ path: String) -> Bool {
        if unlink(path) == 0 || errno == ENOENT { return true }
        guard errno == EISDIR || errno == EPERM else { return false }
        // A page folder holds its `index.html` alone: two calls remove it. (`path` is a real
        // folder here, since unlink removes a link itself; unlink never follows its last name.)
        if unlink(path + "/index.html") == 0 || errno == ENOENT, rmdir(path) == 0 { return true }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        emptyFolder(folder)
        return rmdir(path) == 0
    }

    /// Removes what `folder` holds, depth first; takes the descriptor (closed here).
    private static func emptyFolder(_ folder: Int32) {
        guard let listing = fdopendir(folder) else {
            close(folder)
            return
        }
        defer { closedir(listing) }
        var folders: [String] = []
        while let entry = readdir(listing) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            if entry.pointee.d_type == UInt8(DT_DIR) {
                folders.append(name)
            } else if unlinkat(folder, name, 0) != 0, errno == EISDIR {
                folders.append(name)
            }
        }
        for name in folders {
            let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if child >= 0 { emptyFolder(child) }
            _ = unlinkat(folder, name, AT_REMOVEDIR)
        }
    }

    private static func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { folder + "/" + $0 }
    }

    private static func makeFoldersWritable(_ path: String) {
        guard FileKind(atPath: path) == .directory else { return }
        chmod(path, 0o755)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            makeFoldersWritable(path + "/" + entry)
        }
    }
}
