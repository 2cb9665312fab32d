import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
            _ = parallelMap(subtrees) { (try? FileManager.default.removeItem(atPath: $0)) != nil }
        }
        if (try? FileManager.default.removeItem(atPath: path)) != nil { return true }
        makeFoldersWritable(path)
        try? FileManager.default.removeItem(atPath: path)
        return FileKind(atPath: path) == .missing
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
