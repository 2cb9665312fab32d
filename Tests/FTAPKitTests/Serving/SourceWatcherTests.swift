import Foundation
@testable import FTAPServing
import Testing

/// The preview hears of every save from the system's file events, in folders made after it
/// started too.
@Suite struct SourceWatcherTests {
    /// The next change, or false after `seconds`.
    static func nextChange(_ watcher: SourceWatcher, within seconds: Double) async -> Bool {
        let stream = watcher.changes
        return await Deadline.run(seconds: seconds) {
            for await _ in stream { return true }
            return false
        }.flatMap { try? $0.get() } ?? false
    }

    @Test func savesCreationsAndNewFoldersAreHeard() async throws {
        let folder = try TemporaryContent()
        let content = folder.root.appendingPathComponent("content").path
        let watcher = SourceWatcher(folders: [content])
        defer { watcher.stop() }
        #expect(watcher.usesFileEvents)
        try folder.write("content/projets/x.md", TestContent.project())
        #expect(await Self.nextChange(watcher, within: 5))
        // A folder created now, then a file saved in it.
        try FileManager.default.createDirectory(atPath: content + "/media/images", withIntermediateDirectories: true)
        #expect(await Self.nextChange(watcher, within: 5))
        try await Task.sleep(nanoseconds: 100_000_000)
        try folder.write("content/media/images/photo.png", "png")
        #expect(await Self.nextChange(watcher, within: 5))
        // Once the events of that save are taken (one write is several events), nothing saved:
        // nothing heard.
        try await Task.sleep(nanoseconds: 200_000_000)
        _ = await Self.nextChange(watcher, within: 0.1)
        #expect(await Self.nextChange(watcher, within: 0.5) == false)
    }
}
