import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FTAPCore

/// An exclusive lock on a file beside the output folder: two builds of the same output take
/// turns instead of swapping folders under each other. The system releases it if the process dies.
final class BuildLock {
    private let descriptor: Int32

    /// Waits until no other build of the same output holds the lock.
    init(path: String) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.io(path: path, message: "verrou de construction impossible à créer : \(SystemErrorText.french(errno))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw BuildError.io(path: path, message: "verrou de construction impossible à prendre : \(SystemErrorText.french(code))")
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
