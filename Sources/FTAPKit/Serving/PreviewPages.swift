import Foundation

/// The extra HTML of the preview server: the live-reload script and the page that shows
/// content errors in the browser instead of the site.
enum PreviewPages {
    static let generationPath = "/__ftap/generation"

    /// Reloads the page when the server's build generation changes.
    static func reloadScript(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);setInterval(function(){fetch('\(generationPath)').then(function(r){return r.text()}).then(function(t){if(+t!==g)location.reload()}).catch(function(){})},700)})();</script>
        """
    }

    /// Adds the reload script before `</body>`, or at the end when there is none.
    static func injectingReload(into html: String, generation: Int) -> String {
        let script = reloadScript(generation: generation)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "</body>")
    }

    /// A page listing every diagnostic of the failed build, in French.
    static func errorPage(_ diagnostics: [Diagnostic], generation: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let items = diagnostics.map { d -> String in
            let place = d.position.map { "\(d.file):\($0.line):\($0.column)" } ?? d.file
            return "<li><code>\(XMLText.escape(place))</code> — \(d.severity.frenchLabel) : \(XMLText.escape(d.message)) <small>[\(XMLText.escape(d.code.rawValue))]</small></li>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Erreurs dans le contenu</title>
        <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}li{margin:.5rem 0}code{background:#eee;padding:0 .25rem}h1{color:#ce0500}</style>
        </head><body><h1>\(errors.count) erreur\(errors.count > 1 ? "s" : "") dans le contenu</h1>
        <p>Le site n'a pas été reconstruit. Corrigez ces lignes et enregistrez : la page se rechargera d'elle-même.</p>
        <ul>\(items)</ul>
        \(reloadScript(generation: generation))</body></html>
        """
    }
}
