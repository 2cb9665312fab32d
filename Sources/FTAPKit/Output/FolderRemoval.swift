import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes a folder tree that a build made, even when its folders were made read-only since.
enum FolderRemoval {
    /// Removes `path` and everything under it, without following links; true when it is gone.
    static func remove(_ path: String) -> Bool {
        guard FileKind(atPath: path) != .missing else { return true }
        if (try? FileManager.default.removeItem(atPath: path)) != nil { return true }
        makeFoldersWritable(path)
        try? FileManager.default.removeItem(atPath: path)
        return FileKind(atPath: path) == .missing
    }

    private static func makeFoldersWritable(_ path: String) {
        guard FileKind(atPath: path) == .directory else { return }
        chmod(path, 0o755)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            makeFoldersWritable(path + "/" + entry)
        }
    }
}
