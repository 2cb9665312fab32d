import Foundation
import FTAPCore
import FTAPFileSystem

/// What a built site tells a reviewer, read back from its files: each page's title and a
/// fingerprint of its content, every figure of its open data (each project's, the totals, the
/// official figures, the envelopes) and the home page's headline, and each data file's bytes.
package struct SiteSnapshot: Sendable {
    /// A page: its title (its `<h1>`) and a hash of its `<main>`.
    package struct Page: Sendable, Hashable {
        package var title: String
        package var fingerprint: String
    }

    /// The pages by address (`/projets/cloud-etat/`).
    package var pages: [String: Page]
    /// The figures by subject (a project, a call year, an official figure…).
    package var subjects: [String: FigureSubject]
    /// A hash of each file of `/donnees/` (its date of generation apart), by address.
    package var dataFiles: [String: String]

    package init(pages: [String: Page] = [:], subjects: [String: FigureSubject] = [:], dataFiles: [String: String] = [:]) {
        self.pages = pages
        self.subjects = subjects
        self.dataFiles = dataFiles
    }

    /// The snapshot of the site built in `folder`, or why it cannot be read (not a site ftap built).
    package static func read(_ folder: String) -> Result<SiteSnapshot, SnapshotError> {
        guard FileKind(atPath: join(folder, "index.html")) == .regular,
              case let .success(projectBytes) = RegularFileIO.read(join(folder, "donnees/projets.json")),
              case let .success(aggregateBytes) = RegularFileIO.read(join(folder, "donnees/agregats.json")) else {
            return .failure(.notASite(folder))
        }
        guard let projects = try? JSONSerialization.jsonObject(with: Data(projectBytes)) as? [String: Any],
              let aggregates = try? JSONSerialization.jsonObject(with: Data(aggregateBytes)) as? [String: Any] else {
            return .failure(.unreadableData(folder))
        }
        var snapshot = SiteSnapshot()
        for (path, page) in readPages(folder) { snapshot.pages[path] = page }
        for subject in OpenDataFigures.subjects(projects: projects, aggregates: aggregates) {
            snapshot.subjects[subject.key] = subject
        }
        if case let .success(home) = RegularFileIO.read(join(folder, "index.html")),
           let headline = PageText.headline(of: String(decoding: home, as: UTF8.self)) {
            snapshot.subjects["0-accueil"] = FigureSubject(key: "0-accueil", title: "Page d'accueil", fields: [("Chiffre principal", headline)])
        }
        // The data files (the open-data page itself is among the pages).
        for name in (FolderListing.names(in: join(folder, "donnees"))?.names ?? []).sorted() where !name.hasSuffix(".html") {
            guard case let .success(bytes) = RegularFileIO.read(join(join(folder, "donnees"), name)) else { continue }
            // The date of generation changes every day: a file that differs by it alone has not changed.
            snapshot.dataFiles["/donnees/\(name)"] = StableHash.hex(bytes: PageText.withoutGenerationDate(bytes))
        }
        return .success(snapshot)
    }

    /// Every HTML page of the site (search index, styles, scripts and media apart), by address.
    private static func readPages(_ folder: String) -> [(String, Page)] {
        var found: [(String, Page)] = []
        func visit(_ path: String, _ address: String) {
            for name in FolderListing.names(in: path)?.names ?? [] {
                let child = join(path, name)
                switch FileKind(atPath: child) {
                case .directory where !(address == "/" && ["dsfr", "assets", "media", "pagefind"].contains(name)):
                    visit(child, address + name + "/")
                case .regular where name.hasSuffix(".html"):
                    guard case let .success(bytes) = RegularFileIO.read(child) else { continue }
                    let html = String(decoding: bytes, as: UTF8.self)
                    let shown = name == "index.html" ? address : address + name
                    found.append((shown, Page(title: PageText.title(of: html), fingerprint: StableHash.hex(PageText.main(of: html)))))
                default:
                    continue
                }
            }
        }
        visit(folder, "/")
        return found
    }
}

/// Why a folder cannot be compared.
package enum SnapshotError: Error, Sendable, Equatable {
    /// No `index.html` or no open data: not a site ftap built.
    case notASite(String)
    /// Its open data is not JSON.
    case unreadableData(String)
}
