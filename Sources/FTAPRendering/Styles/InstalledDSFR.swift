import Foundation
import FTAPCore
import FTAPFileSystem

/// The DSFR installed with ftap, in `share/ftap/dsfr/` beside the `bin/` that holds the program
/// (the archive of `make dist`, `make install`, the container image): used when the templates'
/// `static/dsfr/` has no stylesheet, so a program installed without the repository's `make dsfr`
/// still makes the site with the State's look. A layout that calls for the DSFR when neither has
/// it is an error, never a site published without its stylesheet.
package enum InstalledDSFR {
    /// Where the DSFR is installed for a program at `executablePath` (`…/bin/ftap`):
    /// `…/share/ftap/dsfr`.
    package static func folder(forExecutable executablePath: String) -> String {
        let bin = (executablePath as NSString).deletingLastPathComponent
        return join((bin as NSString).deletingLastPathComponent, "share/ftap/dsfr")
    }

    /// `listing` (the templates' static files, by output path) with the installed DSFR's files
    /// under `dsfr/` when the listing has no DSFR stylesheet and `folder` has one; else `listing`.
    static func completing(_ listing: [(relative: String, source: String)], from folder: String?)
        -> [(relative: String, source: String)] {
        guard let folder, !listing.contains(where: { $0.relative == DSFRKit.stylesheet }),
              FileKind(atPath: join(folder, "dsfr.min.css")) == .regular else { return listing }
        let installed = PublishableFile.walk(folder, boundary: PublishableFile.boundary(of: folder)).files
        let dsfr = installed.map { (relative: "dsfr/" + $0.relative, source: $0.source) }
        return listing.filter { !$0.relative.hasPrefix("dsfr/") } + dsfr
    }

    /// The error at the line of `templates/layout.mustache` that links the DSFR's stylesheet,
    /// when `listing` (completed) does not have it.
    static func missing(in listing: [(relative: String, source: String)], templates: String,
                        installedFolder: String?) -> Diagnostic? {
        guard !listing.contains(where: { $0.relative == DSFRKit.stylesheet }) else { return nil }
        let layout = join(templates, "layout.mustache")
        guard let text = try? String(contentsOfFile: layout, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.contains(DSFRKit.stylesheet) }) else { return nil }
        let column = lines[index].distance(from: lines[index].startIndex,
                                           to: lines[index].range(of: DSFRKit.stylesheet)?.lowerBound ?? lines[index].startIndex) + 1
        let installed = installedFolder.map { " ni à côté du programme ftap (« \($0) »)" } ?? ""
        return Diagnostic(file: layout, position: SourcePosition(line: index + 1, column: column), code: .missingDSFR,
                          message: "les fichiers du DSFR (feuille de style, polices, icônes) ne sont ni dans « \(join(templates, "static/dsfr")) »\(installed) : "
                              + "le site serait publié sans l'apparence de l'État ; dans le dépôt, lancez « make dsfr » ; "
                              + "avec le programme publié, décompressez l'archive entière (son dossier « share » va avec « bin »)")
    }
}
