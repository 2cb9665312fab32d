import FrenchTypesetting
import FTAPCore

/// The page the preview shows instead of the site while the content has errors, in the site's
/// own look (the DSFR stylesheet and a header with the site's name), in French: the problems
/// grouped by file, paths from the folder `ftap serve` runs in, each with its line and column
/// said in words, then the line of the file with a mark under the column. The mark is only
/// drawn for the eye (hidden from screen readers): the words carry the place. The page's own
/// texts and the site's name are in French typography (`FrenchTypography`), as on the site;
/// the messages keep their characters as the terminal shows them, since they quote what to type
/// (straight quotes and apostrophes included), and get only the no-break spaces.
package struct PreviewErrorPage: Sendable {
    var diagnostics: [Diagnostic]
    /// The lines of the files the diagnostics point at.
    var sources: SourceLines
    /// The folder paths are shown from; nil shows them as the diagnostics hold them.
    var workingDirectory: String?
    /// The site's name, from `site.yml` (of this build or the last one that read it).
    var siteTitle: String?

    func html(generation: Int) -> String {
        let grouped = DiagnosticGroups(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading = errors > 0 ? DiagnosticGroups.counted(errors: errors, warnings: 0) + " à corriger" : "Le site n'a pas pu être construit"
        let siteName = siteTitle ?? "Aperçu du site"
        var sections = grouped.groups.map(section)
        if grouped.hidden > 0 { sections.append("<p>\(FrenchTypography.html(DiagnosticGroups.hiddenNotice(grouped.hidden)))</p>") }
        return """
        <!DOCTYPE html>
        <html lang="fr" data-fr-scheme="system">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(FrenchTypography.html(heading + " — " + siteName, superscripts: false))</title>
        <link rel="stylesheet" href="/dsfr/dsfr.min.css">
        <link rel="stylesheet" href="/assets/ftap.css">
        <style>\(Self.style)</style>
        </head>
        <body>
        <header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
        <div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>française</p></div></div>
        <div class="fr-header__service"><p class="fr-header__service-title">\(FrenchTypography.html(siteName))</p><p class="fr-header__service-tagline">Aperçu sur votre poste</p></div></div>
        </div></div></div></header>
        <main id="contenu" class="fr-container fr-my-5w">
        <h1>\(FrenchTypography.html(heading))</h1>
        <div class="fr-alert fr-alert--error fr-mb-5w"><p>\(FrenchTypography.html(Self.alert))</p></div>
        \(sections.joined(separator: "\n"))
        </main>
        \(PreviewPages.reloadScript(generation: generation))</body></html>
        """
    }

    /// What to do, and where each code is explained: the guide is a file of the repository, which
    /// an author opens on the forge or on their computer, not from this page.
    static let alert = "Le site n'a pas été reconstruit. Corrigez ces lignes et enregistrez : la page se rechargera d'elle-même. "
        + "Le code écrit sous chaque message est expliqué, avec la façon de corriger, dans la partie 7 du guide de rédaction "
        + "(le fichier guide-redaction.md, dans le dossier docs du dépôt)."

    /// The excerpt keeps its columns on narrow screens (it scrolls) and the mark takes the
    /// colour of errors, in the light and dark themes of the DSFR alike. A file's path is cut only
    /// after a « / » (each part is a block of its own, cut at its hyphens only when wider than
    /// the screen).
    private static let style = ".ftap-extrait{background:var(--background-alt-grey,#f6f6f6);padding:.5rem 1rem;overflow-x:auto;font-size:.875rem;line-height:1.5}"
        + ".ftap-marge,.ftap-contexte{color:var(--text-mention-grey,#666)}.ftap-marque{color:var(--text-default-error,#ce0500);font-weight:700}"
        + ".ftap-chemin{font-family:monospace,monospace;font-size:1rem}.ftap-chemin>span{display:inline-block;overflow-wrap:anywhere}"

    private func section(_ group: DiagnosticGroups.Group) -> String {
        let path = DisplayPath.relative(group.file, from: workingDirectory)
        let name = group.file.isEmpty ? FrenchTypography.html("Hors des fichiers de contenu") : "<code class=\"ftap-chemin\">\(Self.pathCutAtSlashes(path))</code>"
        // The count stays whole on its line: « (1 erreur) », never « (1 » and « erreur) ».
        let counts = DiagnosticGroups.counted(errors: group.errors, warnings: group.warnings).replacingOccurrences(of: " ", with: "\u{00A0}")
        let gutter = String(group.shown.compactMap(\.position?.line).max() ?? 0).count
        let items = group.shown.enumerated().map { index, diagnostic in
            item(diagnostic, gutter: gutter, stopsTheFile: index == group.checksStoppedAfter)
        }.joined(separator: "\n")
        return "<section class=\"fr-mb-5w\"><h2 class=\"fr-h6\">\(name) <span class=\"fr-text--md fr-text--regular\">(\(counts))</span></h2>\n<ol>\n\(items)\n</ol></section>"
    }

    /// The path escaped, each part up to its « / » in a `<span>`, with a break allowed (`<wbr>`)
    /// after every « / » only.
    static func pathCutAtSlashes(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            "<span>" + XMLText.escape(String(part)) + (index < parts.count - 1 ? "/" : "") + "</span>"
        }.joined(separator: "<wbr>")
    }

    private func item(_ d: Diagnostic, gutter: Int, stopsTheFile: Bool) -> String {
        let badge = d.severity == .error ? "<span class=\"fr-badge fr-badge--sm fr-badge--error\">Erreur</span>"
            : "<span class=\"fr-badge fr-badge--sm fr-badge--warning\">Avertissement</span>"
        let place = d.position.map { FrenchTypography.html("ligne \($0.line), colonne \($0.column) :") + " " } ?? ""
        var html = "<li class=\"fr-mb-3w\"><p class=\"fr-mb-1w\">\(badge) \(place)\(XMLText.escape(FrenchTypography.noBreakSpaces(d.message)))</p>"
        if let position = d.position, let line = sources.line(position.line, of: d.file) {
            let excerpt = SourceExcerpt(line: line, at: position)
            html += "<pre class=\"ftap-extrait fr-mb-1w\">"
            if d.code.showsLineBefore, position.line > 1, let above = sources.line(position.line - 1, of: d.file), !above.allSatisfy(\.isWhitespace) {
                let context = SourceExcerpt(line: above, at: SourcePosition(line: position.line - 1, column: 1))
                html += "<span class=\"ftap-marge\" aria-hidden=\"true\">" + XMLText.escape(context.margin(gutter: gutter))
                    + "</span><span class=\"ftap-contexte\">" + XMLText.escape(context.text) + "</span>\n"
            }
            html += "<span class=\"ftap-marge\" aria-hidden=\"true\">"
                + XMLText.escape(excerpt.margin(gutter: gutter)) + "</span>" + XMLText.escape(excerpt.text) + "\n"
                + "<span aria-hidden=\"true\"><span class=\"ftap-marge\">" + XMLText.escape(excerpt.margin(gutter: gutter, numbered: false))
                + "</span><span class=\"ftap-marque\">" + excerpt.mark + "</span></span></pre>"
        }
        if stopsTheFile {
            html += "<p class=\"fr-text--sm fr-mb-1w\">\(FrenchTypography.html(DiagnosticGroups.stoppedChecksNotice))</p>"
        }
        return html + "<p class=\"fr-text--xs fr-mb-0\">Code <code>\(XMLText.escape(d.code.rawValue))</code></p></li>"
    }
}
