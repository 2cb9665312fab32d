import Foundation
import FTAPCore
import FTAPFileSystem

/// The committed versions of the content's files, from the git repository the content folder is
/// in: what the history of the figures is made of. Read along the first parent (the branch the
/// site is published from: a merged branch counts as one change, on the day it was merged), a
/// renamed file followed to its new name. Nothing at all outside a repository, without git, or
/// in a shallow clone, whose history is cut: a history that may lack its start says nothing.
package struct ContentHistory: Sendable {
    /// One committed version of a file.
    package struct Version: Sendable {
        /// The day of the commit, in France.
        package var date: ContentDate
        package var bytes: [UInt8]
    }

    /// The versions of each file that still exists, oldest first, by its path as `ContentReader`
    /// names it (`content/projets/x.md`).
    package let versions: [String: [Version]]

    /// Reads the history of the files of `folders` (`projets`, `chiffres-officiels`) of the content
    /// folder `root`; nil when there is no whole history to read.
    package static func read(root: String, folders: [String]) -> ContentHistory? {
        let git = GitCommand(folder: root)
        let shallow = git.run(["rev-parse", "--is-shallow-repository"])
        guard shallow.status == 0, String(decoding: shallow.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "false" else {
            return nil
        }
        let log = git.run(["log", "--first-parent", "--diff-merges=first-parent", "--format=%x01%H %ct", "--raw", "--no-abbrev",
                           "-M", "--relative", "--"] + folders)
        guard log.status == 0 else { return nil }
        let commits = Self.commits(in: String(decoding: log.output, as: UTF8.self)).reversed()
        // Each file's chain of blobs, oldest first, under its current name.
        var chains: [String: [(date: ContentDate, blob: String)]] = [:]
        for commit in commits {
            for change in commit.changes {
                switch change.status {
                case "D":
                    chains[change.path] = nil
                case "R":
                    let earlier = change.from.flatMap { chains.removeValue(forKey: $0) } ?? []
                    chains[change.path] = earlier + [(commit.date, change.blob)]
                default:
                    chains[change.path, default: []].append((commit.date, change.blob))
                }
            }
        }
        chains = chains.filter { $0.key.hasSuffix(".md") }
        let blobs = Set(chains.values.flatMap { $0.map(\.blob) })
        guard let contents = Self.contents(of: blobs.sorted(), git: git) else { return nil }
        var versions: [String: [Version]] = [:]
        for (path, chain) in chains {
            versions[join(root, path)] = chain.compactMap { link in contents[link.blob].map { Version(date: link.date, bytes: $0) } }
        }
        return ContentHistory(versions: versions)
    }

    /// One commit of `git log --raw`: its day and the files it changed.
    struct Commit {
        var date: ContentDate
        var changes: [(status: String, blob: String, path: String, from: String?)]
    }

    /// The commits of `git log --format=%x01%H %ct --raw`, newest first as git gives them.
    static func commits(in log: String) -> [Commit] {
        log.split(separator: "\u{01}").compactMap { record in
            let lines = record.split(separator: "\n")
            guard let head = lines.first, let seconds = head.split(separator: " ").last.flatMap({ Int($0) }) else { return nil }
            let changes = lines.dropFirst().compactMap { line -> (status: String, blob: String, path: String, from: String?)? in
                // :100644 100644 <old> <new> M\tpath  |  … R100\told\tnew
                guard line.hasPrefix(":") else { return nil }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let meta = fields[0].split(separator: " ")
                guard meta.count == 5, fields.count >= 2 else { return nil }
                let status = String(meta[4].prefix(1))
                if status == "R" || status == "C", fields.count == 3 {
                    return (status == "C" ? "A" : "R", String(meta[3]), fields[2], status == "R" ? fields[1] : nil)
                }
                return (status, String(meta[3]), fields[1], nil)
            }
            return Commit(date: frenchDay(ofSecond: seconds), changes: changes)
        }
    }

    /// The bytes of each blob, read in one run of `git cat-file --batch`.
    private static func contents(of blobs: [String], git: GitCommand) -> [String: [UInt8]]? {
        guard !blobs.isEmpty else { return [:] }
        let result = git.run(["cat-file", "--batch"], input: Data((blobs.joined(separator: "\n") + "\n").utf8))
        guard result.status == 0 else { return nil }
        let bytes = [UInt8](result.output)
        var contents: [String: [UInt8]] = [:]
        var index = 0
        while index < bytes.count {
            // <sha> blob <size>\n<content>\n
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[index..<end], as: UTF8.self).split(separator: " ")
            index = end + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), index + size <= bytes.count else { continue }
            contents[String(header[0])] = Array(bytes[index..<index + size])
            index += size + 1
        }
        return contents
    }

    /// The day in France of a moment given in seconds since 1970 (a commit's `%ct`).
    static func frenchDay(ofSecond seconds: Int) -> ContentDate {
        let offset = TimeZone(identifier: "Europe/Paris")?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        return ContentDate(secondsSince1970: seconds + offset)
    }
}
