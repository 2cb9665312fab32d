#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes regular files with the system calls themselves: a symbolic link is never
/// followed, a FIFO or device never blocks the build, and every failure keeps its error number
/// so the message can say in French what went wrong and where.
package enum RegularFileIO {
    /// A failed system call on a path.
    package struct Failure: Error, Equatable {
        package var path: String
        package var code: Int32
        /// True when the path is not a regular file (link, FIFO, socket, device, folder).
        package var notRegular = false

        package init(path: String, code: Int32, notRegular: Bool = false) {
            self.path = path
            self.code = code
            self.notRegular = notRegular
        }
    }

    /// The bytes of the regular file at `path`; fails on a link, a FIFO or any other kind of file.
    package static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(path: path, code: errno, notRegular: errno == ELOOP)) }
        defer { close(descriptor) }
        return readAll(descriptor, path: path)
    }

    /// The bytes of an open file, when it is a regular file (checked on the open file itself, so
    /// nothing swapped in after a check is read). The caller closes it.
    static func readAll(_ descriptor: Int32, path: String) -> Result<[UInt8], Failure> {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(path: path, code: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(Failure(path: path, code: EINVAL, notRegular: true)) }
        // The size is a hint, never trusted for a huge allocation: the bytes it announces are read
        // straight into the array, then whatever follows (a file that grew, a size of 0).
        let hint = min(Int(info.st_size), 1 << 26)
        var code: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: hint) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < hint {
                let read = Glibc.read(descriptor, base + count, hint - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { code = errno }
                if read <= 0 { return }
                count += read
            }
        }
        if let code { return .failure(Failure(path: path, code: code)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { buffer in
            while true {
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    return .failure(Failure(path: path, code: errno))
                }
                if count == 0 { return .success(bytes) }
                bytes.append(contentsOf: buffer[0..<count])
            }
        }
    }

    /// Creates `path` (which must not exist) with `bytes`; on failure, nothing is left at `path`.
    package static func write(_ bytes: [UInt8], to path: String) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return Failure(path: path, code: errno) }
        let failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor, path: path) }
        return finish(descriptor, path: path, after: failure)
    }

    /// Copies the regular file at `source` to `destination`; the failure names the side that failed.
    /// Streamed through a buffer of 1 MB, so copying a 50 MB video costs 1 MB of memory.
    package static func copy(_ source: String, to destination: String) -> Failure? {
        let input = open(source, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0 else { return Failure(path: source, code: errno, notRegular: errno == ELOOP) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { return Failure(path: source, code: errno) }
        guard info.st_mode & S_IFMT == S_IFREG else { return Failure(path: source, code: EINVAL, notRegular: true) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { return Failure(path: destination, code: errno) }
        let failure = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 20) { buffer -> Failure? in
            guard let base = buffer.baseAddress else { return Failure(path: source, code: ENOMEM) }
            while true {
                let count = Glibc.read(input, base, buffer.count)
                if count < 0, errno == EINTR { continue }
                if count < 0 { return Failure(path: source, code: errno) }
                if count == 0 { return nil }
                if let failure = writeAll(UnsafeRawBufferPointer(start: base, count: count), to: output, path: destination) { return failure }
            }
        }
        return finish(output, path: destination, after: failure)
    }

    /// Closes a file this code created; when writing it failed (a full disk, a quota), removes
    /// it, so no empty or cut file is left to be taken for a good one.
    private static func finish(_ descriptor: Int32, path: String, after failure: Failure?) -> Failure? {
        let closed = close(descriptor) == 0 ? nil : Failure(path: path, code: errno)
        guard let failed = failure ?? closed else { return nil }
        unlink(path)
        return failed
    }

    /// Writes every byte of `bytes` to an open file, again after an interruption or a short write.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) -> Failure? {
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let count = Glibc.write(descriptor, base + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return Failure(path: path, code: errno)
            }
            written += count
        }
        return nil
    }

    /// A hard link (no copy) to a regular file, or a copy where links cannot be made.
    package static func link(_ source: String, to destination: String) -> Failure? {
        guard FileKind(atPath: source) == .regular else { return Failure(path: source, code: EINVAL, notRegular: true) }
        if Glibc.link(source, destination) == 0 { return nil }
        return copy(source, to: destination)
    }

    /// Creates a folder and its missing parents.
    package static func makeFolders(_ path: String) -> Failure? {
        // Optimistic: one call for a folder whose parent exists (every page folder of a build);
        // safe when several threads make folders of one tree at once.
        if mkdir(path, 0o755) == 0 { return nil }
        if errno == ENOENT {
            let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            if !parent.isEmpty, let failure = makeFolders(parent) { return failure }
            if mkdir(path, 0o755) == 0 { return nil }
        }
        if errno == EEXIST && FileKind(atPath: path) == .directory { return nil }
        return Failure(path: path, code: errno)
    }
}
