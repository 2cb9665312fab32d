import Foundation
import FTAPFileSystem

/// The git repository the content folder is in, as the atelier's page of changes uses it: the
/// files of the content changed since the last commit, the content as it was then (for
/// `ftap diff`), and a commit of the content's changes only, with the author's message. Pushing is
/// left to the author's usual tool or the forge.
struct AtelierGit: Sendable {
    /// The content folder.
    let contentPath: String

    /// One run of git in the content folder: its status, standard output and error.
    private func git(_ arguments: [String]) -> (status: Int32, output: Data, error: String) {
        let result = GitCommand(folder: contentPath).run(arguments)
        return (result.status, result.output, result.error)
    }

    /// Whether the content folder is in a git repository with at least one commit.
    var isRepository: Bool {
        git(["rev-parse", "--verify", "HEAD"]).status == 0
    }

    /// The content's files changed since the last commit, with git's short status (`M`, `A`, `??`, `D`).
    var changes: [(status: String, path: String)] {
        let result = git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."])
        guard result.status == 0 else { return [] }
        var changes: [(status: String, path: String)] = [], skipsNext = false
        for entry in result.output.split(separator: 0) {
            // A rename or a copy is followed by the path it came from.
            if skipsNext { skipsNext = false; continue }
            let text = String(decoding: entry, as: UTF8.self)
            guard text.count > 3 else { continue }
            let status = text.prefix(2).trimmingCharacters(in: .whitespaces)
            skipsNext = status.hasPrefix("R") || status.hasPrefix("C")
            changes.append((String(status.prefix(1)), String(text.dropFirst(3))))
        }
        return changes
    }

    /// Writes the content folder as it was at the last commit into `folder` (which must exist):
    /// `git archive` run in the content folder gives its files relative to it.
    func exportLastCommit(into folder: String) -> Bool {
        let archive = git(["archive", "--format=tar", "HEAD", "--", "."])
        guard archive.status == 0 else { return false }
        let tarball = folder + "/.contenu.tar"
        guard FileManager.default.createFile(atPath: tarball, contents: archive.output) else { return false }
        defer { try? FileManager.default.removeItem(atPath: tarball) }
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-x", "-f", tarball, "-C", folder]
        do { try tar.run() } catch { return false }
        tar.waitUntilExit()
        return tar.terminationStatus == 0
    }

    /// Commits the content's changes, and nothing else of the repository, with `message`; the
    /// error git gives otherwise.
    func commit(message: String) -> String? {
        let added = git(["add", "-A", "--", "."])
        guard added.status == 0 else { return added.error }
        let committed = git(["commit", "--only", "-m", message, "--", "."])
        return committed.status == 0 ? nil : committed.error + String(decoding: committed.output, as: UTF8.self)
    }
}
