import Foundation

/// Runs the built `ftap` binary on real folders, as CI and authors do.
enum FTAPProcess {
    /// `Tests/FTAPKitTests/Support/` is three folders below the package.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/ftap")
    static let templates = packageRoot.appendingPathComponent("templates").path
    /// The example content is checked as it is published: on the day of the build. Its dates
    /// (« mise_a_jour », payments) are those its authors wrote, never after today; a fixed
    /// older date would fail CI on the next honest edit.
    static let exampleContentEnvironment = ["SOURCE_DATE_EPOCH": String(Int(Date().timeIntervalSince1970))]

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `ftap serve` in `directory` on a port of its own, its error output into `errors`
    /// (nowhere by default); the caller terminates it.
    static func serve(in directory: URL, templates: String = templates, errors: Pipe? = nil) throws -> (process: Process, port: Int) {
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--templates", templates, "--port", String(port)]
        process.currentDirectoryURL = directory
        process.standardError = errors ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, port)
    }

    static func run(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1764028800"  // 2025-11-25
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder holding a content tree, removed when the test ends.
final class TemporaryContent {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try write("content/site.yml", "titre: \"Site de test\"\nurl: \"https://exemple.gouv.fr\"\ndescription: \"Test\"\n")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func files(under folder: String) -> [String: Data] {
        filesByPath(in: root.appendingPathComponent(folder))
    }
}

/// Every file under a folder, by relative path, for whole-site comparisons.
func filesByPath(in folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder.appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = FileManager.default.contents(atPath: path)
        }
    }
    return result
}

extension FTAPProcess {
    /// Starts the binary without waiting; its output is discarded.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1764028800"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
