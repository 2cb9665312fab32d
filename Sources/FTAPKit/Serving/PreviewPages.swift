import Foundation

/// The extra HTML of the preview server: the live-reload script (the page that shows content
/// errors instead of the site is `PreviewErrorPage`).
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
}
