import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Absolute, link-free paths, so two names of one folder compare equal.
package enum PathResolution {
    /// The absolute form of `path` against `base`, with `.` and `..` folded.
    package static func absolute(_ path: String, from base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The real path: every symbolic link resolved, also in a tail that does not exist yet
    /// (a dangling link is followed to where it points). Gives up following after 40 links.
    package static func real(_ absolutePath: String, links: Int = 0) -> String {
        if let resolved = realpath(absolutePath, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        guard absolutePath != "/" else { return "/" }
        let parent = (absolutePath as NSString).deletingLastPathComponent
        let name = (absolutePath as NSString).lastPathComponent
        let realParent = real(parent.isEmpty ? "/" : parent, links: links)
        let candidate = realParent == "/" ? "/" + name : realParent + "/" + name
        guard links < 40, FileKind(atPath: candidate) == .symbolicLink,
              let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) else {
            return candidate
        }
        return real(absolute(destination, from: realParent), links: links + 1)
    }

    /// True when `inner` is `outer` or lies under it (both real, absolute paths).
    package static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
