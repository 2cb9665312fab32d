import FTAPContent
import FTAPCore

/// Every image of a text says what it shows (RGAA criterion 1.1, and 1.2 for its quality): an
/// empty alternative, the file's own name or a word that says only « image » tells a screen
/// reader user nothing.
enum ImageTextRules {
    /// Words that name the kind of picture, not what it shows.
    static let genericWords: Set<String> = ["image", "images", "photo", "photos", "photographie", "illustration", "img",
                                            "picture", "capture", "capture d'écran", "visuel", "logo", "icone", "icône",
                                            "schema", "schéma", "graphique", "figure", "dessin", "fichier", "alt", "texte alternatif"]

    static func check(_ links: [MarkdownLink], file: String) -> [Diagnostic] {
        links.filter { $0.isImage && $0.wasRead }.compactMap { image in
            problem(image.text, destination: image.destination).map { reason in
                Diagnostic(file: file, position: image.position, code: DiagnosticCode.missingImageText,
                           message: "l'image « \(image.destination) » \(reason) : écrivez entre les crochets ce qu'elle montre à qui ne la voit pas, par exemple « ![Les agents de l'accueil devant le nouveau guichet](\(image.destination)) » (critère 1.1 du RGAA)")
            }
        }
    }

    /// What is wrong with `text` as the alternative of the image at `destination` (« n'a pas de
    /// texte alternatif »), nil when it may say what the image shows.
    static func problem(_ text: String, destination: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return "n'a pas de texte alternatif" }
        if isFileName(text, of: destination) { return "a pour texte alternatif le nom de son fichier" }
        if genericWords.contains(text.lowercased().replacingOccurrences(of: "’", with: "'")) {
            return "a pour texte alternatif « \(text) », qui ne dit pas ce qu'elle montre"
        }
        return nil
    }

    /// Whether `text` is the image's file name, with or without its extension.
    private static func isFileName(_ text: String, of destination: String) -> Bool {
        let name = destination.split(separator: "/").last.map(String.init) ?? destination
        let decoded = name.removingPercentEncoding ?? name
        let stem = decoded.split(separator: ".").dropLast().joined(separator: ".")
        let lowered = text.lowercased()
        return lowered == decoded.lowercased() || (!stem.isEmpty && lowered == stem.lowercased())
    }
}
