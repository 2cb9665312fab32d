import FTAPContent
import FTAPCore

/// HTML written in a text is never published (safe mode drops it, and an HTML block with all its
/// text): each is a warning at its line, saying what was dropped and what to write instead.
enum RawHTMLRules {
    static func check(_ body: MarkdownBody, file: String) -> [Diagnostic] {
        body.droppedHTML.prefix(DiagnosticCollector.maximumPerFile).map { html in
            let firstLine = html.destination.prefix { $0 != "\n" }
            let shown = firstLine.count > 60 ? String(firstLine.prefix(57)) + "…" : String(firstLine) + (firstLine.count < html.destination.count ? " …" : "")
            return Diagnostic(file: file, position: html.position, severity: .warning, code: DiagnosticCode.droppedHTML,
                              message: "le code HTML « \(InertText.of(shown)) » n'est pas publié : le site retire le HTML écrit dans un texte ; \(advice(for: tag(of: html.destination)))")
        }
    }

    /// The element's name, lowercased: `iframe` for `<iframe src=…>`.
    static func tag(of html: String) -> String {
        String(html.dropFirst().prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    static func advice(for tag: String) -> String {
        switch tag {
        case "iframe", "video", "embed", "object", "audio":
            "pour une vidéo ou un contenu d'un autre site, mettez un lien vers lui : [Voir la vidéo](https://…)"
        case "b", "strong": "pour du gras, écrivez **texte**"
        case "i", "em": "pour de l'italique, écrivez *texte*"
        case "br": "pour aller à la ligne, laissez une ligne vide entre deux paragraphes"
        case "a": "pour un lien, écrivez [texte](adresse)"
        case "img": "pour une image, écrivez ![ce qu'elle montre](/media/image.jpg)"
        case "details", "summary", "div", "table", "section", "p":
            "tout le texte de ce bloc est retiré avec lui : écrivez-le en Markdown (partie 5 du guide de rédaction)"
        default: "écrivez-le en Markdown (partie 5 du guide de rédaction)"
        }
    }
}
