import FTAPCore

/// The frame of every page of the atelier: the DSFR's stylesheet, a header that names the atelier
/// and leads back to the list, the page's content in `<main>`.
package enum WorkshopLayout {
    package static func page(title: String, main: String) -> String {
        """
        <!doctype html>
        <html lang="fr" data-fr-scheme="system">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(XMLText.escape(title)) — Atelier</title>
        <link rel="stylesheet" href="/dsfr/dsfr.min.css"></head>
        <body>
        <div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li></ul></nav></div>
        <header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
        <div class="fr-header__brand"><div class="fr-header__service"><a href="/" title="Atelier — le contenu du site"><p class="fr-header__service-title">Atelier du site</p></a>
        <p class="fr-header__service-tagline">Écrire et vérifier le contenu, sur cet ordinateur</p></div></div></div></div></div></header>
        <main id="contenu" class="fr-container fr-my-4w">
        \(main)
        </main>
        </body>
        </html>

        """
    }

    /// A page that says something in a few sentences (a refusal, a conflict), with the texts of
    /// files when there are some to show, each under its heading, and the way back to the list.
    package static func message(title: String, lines: [String], files: [(heading: String, text: String)] = []) -> String {
        let text = lines.map { "<p>\(XMLText.escape($0))</p>" }.joined()
        let shown = files.map { file in
            "<h2 class=\"fr-h4\">\(XMLText.escape(file.heading))</h2><pre class=\"fr-p-2w fr-background-alt--grey\" style=\"white-space: pre-wrap\"><code>\(XMLText.escape(file.text))</code></pre>"
        }.joined()
        return page(title: title, main: "<h1>\(XMLText.escape(title))</h1>\(text)\(shown)<p><a class=\"fr-link\" href=\"/\">Retour à tout le contenu</a></p>")
    }
}
