#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, read with lstat so a symbolic link is seen as a link, never followed.
package enum FileKind: Equatable, Sendable {
    case missing
    case regular
    case directory
    case symbolicLink
    /// A FIFO, socket or device: opening one may block forever or read a device.
    case special

    package init(atPath path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        default: self = .special
        }
    }

    /// The size in bytes of the regular file at `path`, nil for anything else.
    package static func byteCount(atPath path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// What changes whenever the regular file at `path` is written or replaced (its device,
    /// inode, size and modification time to the nanosecond); nil for anything else.
    package static func fingerprint(atPath path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return "\(info.st_dev)-\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// French words for a diagnostic, e.g. « un tube nommé (FIFO) ».
    static func specialDescription(atPath path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "un fichier spécial" }
        switch info.st_mode & S_IFMT {
        case S_IFIFO: return "un tube nommé (FIFO)"
        case S_IFSOCK: return "une prise réseau (socket)"
        case S_IFCHR, S_IFBLK: return "un périphérique"
        default: return "un fichier spécial"
        }
    }
}
