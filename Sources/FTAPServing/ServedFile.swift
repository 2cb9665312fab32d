import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file of the served folder, kept open while it is sent: its bytes are read piece by
/// piece at their offset, so sixty clients downloading a 50 MB video cost a few pieces of memory,
/// not sixty copies; a site rebuilt meanwhile does not change what is being sent (the open file
/// is the old one).
final class ServedFile: Sendable {
    /// The file's name, for its content type.
    let name: String
    /// Its size when it was opened: the `Content-Length` announced.
    let size: Int
    /// Which version of the file this is (device, inode, size, modification time): its `ETag`,
    /// the same while the file is not rewritten, so a reload gets `304` for the DSFR's
    /// stylesheets and scripts instead of their megabytes.
    let version: String
    private let descriptor: Int32

    /// Takes ownership of an open regular file; closed when the value goes.
    init?(descriptor: Int32, name: String) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.name = name
        size = Int(info.st_size)
        version = "\"\(info.st_dev)-\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\""
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes from `offset`; empty at the end, nil when the file cannot be read.
    func bytes(at offset: Int, count: Int) -> Data? {
        var data = Data(count: count)
        let read = data.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            while true {
                let read = pread(descriptor, base, count, off_t(offset))
                if read < 0, errno == EINTR { continue }
                return read
            }
        }
        guard read >= 0 else { return nil }
        data.count = read
        return data
    }

    /// The whole file (a page, small, whose text the preview changes); nil when it cannot be read.
    func allBytes() -> Data? {
        var data = Data()
        data.reserveCapacity(size)
        while true {
            guard let piece = bytes(at: data.count, count: 1 << 16) else { return nil }
            if piece.isEmpty { return data }
            data.append(piece)
        }
    }
}
