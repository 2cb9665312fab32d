import Foundation
import FTAPCore
import FTAPDiff
import FTAPFileSystem

/// `ftap diff`: two sites compared, each given as the folder of a built site or as a content
/// folder (one that holds `site.yml`), which is first built, with the same templates and build
/// date, into a temporary folder removed afterwards.
package enum SiteComparison {
    /// Why two sites cannot be compared, in French.
    package enum Failure: FailureReport, CustomStringConvertible {
        /// Neither a built site nor a content folder.
        case notASite(String)
        /// A content folder whose build found errors (`ftap check` shows them).
        case contentHasErrors(String, count: Int)

        /// The failure as one diagnostic (exit 2), in every output format.
        package var diagnostic: Diagnostic {
            switch self {
            case let .notASite(path), let .contentHasErrors(path, _):
                Diagnostic(file: path, position: nil, code: .uncomparable, message: description)
            }
        }

        package var description: String {
            switch self {
            case let .notASite(path):
                "« \(path) » n'est ni un site construit par ftap (un dossier avec index.html et donnees/) ni un dossier de contenu (un dossier avec site.yml)"
            case let .contentHasErrors(path, count):
                "le contenu de « \(path) » a \(count) erreur\(count > 1 ? "s" : "") : le site n'a pas pu être construit pour être comparé ; « ftap check --content \(path) » les montre"
            }
        }
    }

    /// The report of what changes from `old` to `new`, in `format`. `options` gives the templates,
    /// the build date and the image cache used to build a content folder.
    package static func report(old: String, new: String, options: BuildOptions, format: DiffReport.Format) async throws -> String {
        let before = try await snapshot(old, options: options)
        let after = try await snapshot(new, options: options)
        return DiffReport.text(SiteDifference(from: before, to: after), format: format)
    }

    private static func snapshot(_ path: String, options: BuildOptions) async throws -> SiteSnapshot {
        guard FileKind(atPath: join(path, "site.yml")) == .regular else {
            switch SiteSnapshot.read(path) {
            case let .success(snapshot): return snapshot
            case .failure: throw Failure.notASite(path)
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-diff-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var build = options
        build.contentPath = path
        build.outputPath = folder
        build.precompress = false
        let outcome = try await SiteBuilder(options: build).build()
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else { throw Failure.contentHasErrors(path, count: errors) }
        switch SiteSnapshot.read(folder) {
        case let .success(snapshot): return snapshot
        case .failure: throw Failure.notASite(path)
        }
    }
}
