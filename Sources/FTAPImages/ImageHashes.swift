import FTAPFileSystem
import Synchronization

/// The SHA-256 of each original, remembered for the life of the process by the file's
/// fingerprint (device, inode, size, modification time): the preview rebuilds the site at every
/// change, and an unchanged photo is then not read again to be recognised in the cache.
package enum ImageHashes {
    private static let known = Mutex<[String: (fingerprint: String, hash: String)]>([:])

    /// The SHA-256 of the file at `path`, nil when it cannot be read.
    package static func hash(ofFileAt path: String) -> String? {
        guard let fingerprint = FileKind.fingerprint(atPath: path) else { return nil }
        if let kept = known.withLock({ $0[path] }), kept.fingerprint == fingerprint { return kept.hash }
        guard case let .success(bytes) = RegularFileIO.read(path) else { return nil }
        let hash = ImageLibrary.sha256(bytes)
        // Kept only when the file did not change while it was read.
        if FileKind.fingerprint(atPath: path) == fingerprint { known.withLock { $0[path] = (fingerprint, hash) } }
        return hash
    }
}
