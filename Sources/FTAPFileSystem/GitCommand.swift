import Foundation

/// git, run in a folder: the atelier's page of changes and the history of the figures read the
/// content's repository through it. A repository owned by another user (a container's) is read
/// as the author's; messages are git's own, in English (`LC_ALL=C`), for the code to read.
package struct GitCommand: Sendable {
    /// The folder git runs in (`git -C`).
    package let folder: String

    package init(folder: String) {
        self.folder = folder
    }

    /// What one run gave: its exit status, its standard output and its error text.
    package struct Result: Sendable {
        package var status: Int32
        package var output: Data
        package var error: String
    }

    /// Runs `git -C folder arguments`, writing `input` to its standard input (read and written
    /// at once, so neither side waits on a full pipe); status 127 when git cannot be started.
    package func run(_ arguments: [String], input: Data? = nil) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*", "LC_ALL": "C",
             "GIT_TERMINAL_PROMPT": "0"]) { _, new in new }
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
        do { try process.run() } catch { return Result(status: 127, output: Data(), error: "git introuvable") }
        if let input {
            let writer = standardInput.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let errorReader = ErrorText(error.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: out, error: errorReader.text)
    }

    /// git's error text, read beside its output so a talkative git never blocks.
    private final class ErrorText: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        var text: String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
