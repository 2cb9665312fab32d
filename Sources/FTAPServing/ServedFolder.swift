import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built site as the preview serves it: only regular files inside the output folder, reached
/// without following any symbolic link. Each path component is examined with `lstat` relative to
/// the folder above it (`fstatat` with `AT_SYMLINK_NOFOLLOW`) and opened with `O_NOFOLLOW`, so a
/// link swapped in between cannot lead outside; FIFOs, sockets and devices are never opened.
package struct ServedFolder: Sendable {
    let path: String

    /// The file for a URL path, open (a folder gives its `index.html`), or nil when the path
    /// leaves the folder, crosses a link, or names anything but a regular file.
    func file(atURLPath urlPath: String) -> ServedFile? {
        guard let decoded = urlPath.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        let components = decoded.split(separator: "/").map(String.init).filter { $0 != "." }
        guard !components.contains("..") else { return nil }
        var folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        defer { close(folder) }
        for (index, name) in (components + ["index.html"]).enumerated() {
            let isLast = index >= components.count
            switch kind(of: name, in: folder) {
            case S_IFDIR where !isLast:
                let next = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard next >= 0 else { return nil }
                close(folder)
                folder = next
            case S_IFREG:
                // `index.html` is only looked for once the URL path names a folder.
                guard index >= components.count - 1 else { return nil }
                return openRegularFile(name, in: folder)
            default:
                return nil
            }
        }
        return nil
    }

    /// The file type bits of an entry, without following it if it is a link.
    private func kind(of name: String, in folder: Int32) -> mode_t? {
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    private func openRegularFile(_ name: String, in folder: Int32) -> ServedFile? {
        // O_NONBLOCK: should a FIFO replace the file after the check, opening it does not wait;
        // `ServedFile` checks again, on the open file, that it is a regular one.
        let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        return ServedFile(descriptor: file, name: name)
    }
}
