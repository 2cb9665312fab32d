/// The place of a value as an author says it: `jalons[1].date` is « date du 1er jalon »,
/// `porteur.type` « type du porteur », `sources[2].url` « url de la 2e source ». The key itself
/// stays as it is written in the file, so the author finds it; a path the vocabulary does not
/// know is shown as it is.
package enum PlaceName {
    /// What one item of a list, or a mapping, is called, and whether the word is feminine.
    private static let nouns: [String: (word: String, feminine: Bool)] = [
        "jalons": ("jalon", false), "versements": ("versement", false), "sources": ("source", true),
        "objectifs": ("objectif", false), "leviers": ("levier", false), "projets": ("projet", false),
        "rubriques": ("rubrique", true), "enveloppes": ("enveloppe", true), "appels": ("appel", false),
        "porteur": ("porteur", false), "periode": ("période", true), "source": ("source", true),
        "editeur": ("éditeur", false), "hebergeur": ("hébergeur", false),
        "image": ("image", true), "videos": ("vidéo", true), "documents": ("document", false),
        "image_par_defaut": ("image par défaut", true), "retraits": ("retrait", false),
    ]

    /// The spoken place of a technical path such as `jalons[1].date`.
    static func spoken(_ path: String) -> String {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            guard let (list, number) = item(parts[0]), let noun = nouns[list] else { return path }
            return "\(ordinal(number, feminine: noun.feminine)) \(noun.word)"
        case 2:
            let key = parts[1]
            if let (list, number) = item(parts[0]), let noun = nouns[list] {
                return "\(key) \(noun.feminine ? "de la" : "du") \(ordinal(number, feminine: noun.feminine)) \(noun.word)"
            }
            guard let noun = nouns[parts[0]] else { return path }
            // « de l'hébergeur », « de l'éditeur »: elided before a vowel or a mute h.
            if let first = noun.word.first, "aeéèêiouyh".contains(first) { return "\(key) de l’\(noun.word)" }
            return "\(key) \(noun.feminine ? "de la" : "du") \(noun.word)"
        default:
            return path
        }
    }

    /// `jalons[2]` → (`jalons`, 2).
    private static func item(_ part: String) -> (String, Int)? {
        guard part.hasSuffix("]"), let open = part.firstIndex(of: "["),
              let number = Int(part[part.index(after: open)...].dropLast()), number >= 1 else { return nil }
        return (String(part[..<open]), number)
    }

    /// 1er, 1re, 2e, 3e…
    static func ordinal(_ number: Int, feminine: Bool) -> String {
        number == 1 ? (feminine ? "1re" : "1er") : "\(number)e"
    }
}
