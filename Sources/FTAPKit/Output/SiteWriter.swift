import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only code that writes the site. It fills a temporary folder beside the output and swaps it
/// in at the end, so a failed or interrupted build leaves the previous site untouched.
public struct SiteWriter: Sendable {
    public var outputPath: String

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    /// Removes the staging folders of builds that were interrupted (their process is gone), so an
    /// interrupted build never leaves garbage behind for long.
    private func removeLeftovers(of name: String, in parent: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries {
            for marker in [".\(name)-construction-", ".\(name)-precedent-"] where entry.hasPrefix(marker) {
                guard let pid = Int32(entry.dropFirst(marker.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
            }
        }
    }

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent)-construction-\(pid)")
        let previous = parent.appendingPathComponent(".\(output.lastPathComponent)-precedent-\(pid)")
        removeLeftovers(of: output.lastPathComponent, in: parent)
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let folders = Set(files.map { staging.appendingPathComponent($0.path).deletingLastPathComponent().path })
            for folder in folders.sorted() {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let failures = parallelMap(files) { file -> String? in
                let target = staging.appendingPathComponent(file.path).path
                switch file.contents {
                case let .bytes(bytes):
                    return FileManager.default.createFile(atPath: target, contents: Data(bytes)) ? nil : target
                case let .copy(source):
                    return (try? FileManager.default.copyItem(atPath: source, toPath: target)) == nil ? source : nil
                case let .link(source):
                    // A hard link costs no copy; across file systems, copy the bytes.
                    if (try? FileManager.default.linkItem(atPath: source, toPath: target)) != nil { return nil }
                    return (try? FileManager.default.copyItem(atPath: source, toPath: target)) == nil ? source : nil
                }
            }
            if let failed = failures.compactMap({ $0 }).first {
                throw BuildError.io(path: failed, message: "écriture impossible")
            }
            if fm.fileExists(atPath: output.path) {
                try? fm.removeItem(at: previous)
                try fm.moveItem(at: output, to: previous)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: previous)
        } catch let error as BuildError {
            try? fm.removeItem(at: staging)
            throw error
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: previous.path) {
                try? fm.moveItem(at: previous, to: output)
            }
            throw BuildError.io(path: output.path, message: error.localizedDescription)
        }
    }
}
