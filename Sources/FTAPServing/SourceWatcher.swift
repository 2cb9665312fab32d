import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import FTAPCore
import FTAPFileSystem

/// Tells the preview that a file under the content or templates folders was saved, created,
/// moved or removed, as soon as the system says so: Linux's file events (inotify) on every folder
/// of the trees, folders created later included. Where inotify is not available (or its watches
/// run out), or when asked (`polling`: a folder shared into a container, whose changes made
/// outside raise no event inside), the trees are compared every half second instead
/// (`SourceFingerprint`).
package final class SourceWatcher: Sendable {
    /// One element each time something changed since the last one was taken; changes that
    /// happen while the preview rebuilds are kept as one.
    let changes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let stopped = StopFlag()
    /// True when file events are used, false when the trees are polled.
    let usesFileEvents: Bool

    init(folders: [String], polling: Bool = false) {
        (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let events = polling ? nil : InotifyTrees(folders: folders)
        usesFileEvents = events != nil
        let continuation = continuation, stopped = stopped
        let thread = Thread {
            if let events {
                events.run(until: { stopped.isSet }, onChange: { continuation.yield() })
            } else {
                var fingerprint = SourceFingerprint(folders: folders)
                while !stopped.isSet {
                    Thread.sleep(forTimeInterval: 0.5)
                    let now = SourceFingerprint(folders: folders)
                    if now != fingerprint {
                        fingerprint = now
                        continuation.yield()
                    }
                }
            }
            continuation.finish()
        }
        thread.name = "ftap-surveillance"
        thread.start()
    }

    /// Stops watching; the stream ends within a fifth of a second.
    func stop() {
        stopped.set()
    }

    deinit { stop() }
}

/// A yes/no the watching thread reads and the server sets.
private final class StopFlag: Sendable {
    private let state = Mutex(false)
    var isSet: Bool { state.withLock { $0 } }
    func set() { state.withLock { $0 = true } }
}

/// inotify watches on every folder of some trees, read on one thread.
private final class InotifyTrees: @unchecked Sendable {
    // @unchecked: `descriptor` and `folders` are touched by the watching thread only, once `init`
    // has returned.
    private let descriptor: Int32
    /// The folder of each watch, to watch the folders created inside it.
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM
                                     | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil when inotify cannot watch every folder (not Linux, too few watches allowed).
    init?(folders roots: [String]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for root in roots where !watchTree(root) {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// Watches `folder` and every folder under it; false when a watch could not be added.
    private func watchTree(_ folder: String) -> Bool {
        guard FileKind(atPath: folder) == .directory else { return true }
        let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return false }
        folders[watch] = folder
        for name in FolderListing.names(in: folder)?.names ?? [] where FileKind(atPath: join(folder, name)) == .directory {
            guard watchTree(join(folder, name)) else { return false }
        }
        return true
    }

    /// Reads events until `stop` says so (checked five times a second), calling `onChange` once
    /// per batch of events read together.
    func run(until stop: () -> Bool, onChange: () -> Void) {
        let size = 65_536
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !stop() {
            guard poll(&poller, 1, 200) > 0 else { continue }
            let count = read(descriptor, buffer, size)
            guard count > 0 else { continue }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameLength = Int(event.len)
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, nameLength > 0,
                   let folder = folders[event.wd] {
                    let name = String(cString: (buffer + offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                    _ = watchTree(join(folder, name))
                }
                if event.mask & UInt32(IN_IGNORED) != 0 { folders[event.wd] = nil }
                offset += MemoryLayout<inotify_event>.size + nameLength
            }
            onChange()
        }
    }
}
