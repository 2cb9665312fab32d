import Foundation

/// The extra HTML of the preview server: the live-reload script (the page that shows content
/// errors instead of the site is `PreviewErrorPage`).
package enum PreviewPages {
    static let generationPath = "/__ftap/generation"

    /// How long the server holds a request for the next generation before answering the same one.
    static let heldSeconds = 20.0

    /// Reloads the page when the server's build generation changes: it asks for the generation
    /// after its own (`?apres=N`), which the server answers as soon as it changes (or after
    /// `heldSeconds`, when the page asks again); while the server is away, once a second.
    static func reloadScript(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function w(){fetch('\(generationPath)?apres='+g,{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(+t!==g)location.reload();else w()}).catch(function(){setTimeout(w,1000)})}w()})();</script>
        """
    }

    /// The generation a request for the next one gives (`/__ftap/generation?apres=N`), if it is one.
    static func awaitedGeneration(in head: HTTPRequestHead) -> Int? {
        guard head.path == generationPath, let query = head.target.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("apres=") {
            return Int(pair.dropFirst("apres=".count))
        }
        return nil
    }

    /// Adds the reload script before `</body>`, or at the end when there is none.
    static func injectingReload(into html: String, generation: Int) -> String {
        let script = reloadScript(generation: generation)
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "</body>")
    }
}
