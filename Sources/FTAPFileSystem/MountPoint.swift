import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a folder is a mount point: a container's volume (`docker run -v …:/site/public`), a
/// separate disk, a bind mount. Such a folder cannot be renamed or exchanged (EBUSY), so a build
/// replaces what it holds instead of the folder itself.
package enum MountPoint {
    /// `path` is absolute with every link resolved (`OutputFolder.resolvedPath`).
    package static func isMountPoint(_ path: String) -> Bool {
        let parent = (path as NSString).deletingLastPathComponent
        var own = stat(), above = stat()
        guard stat(path, &own) == 0, stat(parent.isEmpty ? "/" : parent, &above) == 0 else { return false }
        // Another file system, or the root of one.
        if own.st_dev != above.st_dev || own.st_ino == above.st_ino { return true }
        // A bind mount of a folder of the same file system shows only in the mount table.
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            return fields.count > 4 && unescaped(fields[4]) == path
        }
    }

    /// A mount table path: spaces, tabs, line feeds and backslashes are written as `\040` etc.
    static func unescaped(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var rest = Substring(field).utf8.dropFirst(0)
        while let byte = rest.popFirst() {
            let digits = rest.prefix(3)
            if byte == UInt8(ascii: "\\"), digits.count == 3, let value = UInt8(String(decoding: digits, as: UTF8.self), radix: 8) {
                bytes.append(value)
                rest = rest.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
