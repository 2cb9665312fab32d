import FTAPCore
import FTAPPlan

/// The page left at a renamed item's former address, for hosts that do not read `_redirects`:
/// it sends the browser on at once (`meta refresh`), tells search engines where the page now is
/// (`rel="canonical"`, not indexed itself), and shows the new address as a link for anyone the
/// refresh does not move. It stays out of the sitemap and of the site's search.
enum RedirectPage {
    static func html(_ redirect: SitePlan.Redirect, baseURL: String) -> String {
        let target = SitePlan.pathPrefix(of: baseURL) + redirect.to
        return """
        <!doctype html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Cette page a changé d’adresse</title>
        <meta name="robots" content="noindex">
        <link rel="canonical" href="\(XMLText.escape(baseURL + redirect.to))">
        <meta http-equiv="refresh" content="0; url=\(XMLText.escape(target))">
        </head>
        <body>
        <main>
        <h1>Cette page a changé d’adresse</h1>
        <p>Elle se trouve maintenant à l’adresse <a href="\(XMLText.escape(target))">\(XMLText.escape(baseURL + redirect.to))</a>.</p>
        </main>
        </body>
        </html>

        """
    }

    /// `_redirects` (GitLab Pages, Netlify): one permanent redirect per former address, under
    /// the site's path.
    static func rules(_ redirects: [SitePlan.Redirect], baseURL: String) -> String {
        let prefix = SitePlan.pathPrefix(of: baseURL)
        return redirects.map { "\(prefix)\($0.from) \(prefix)\($0.to) 301\n" }.joined()
    }
}
