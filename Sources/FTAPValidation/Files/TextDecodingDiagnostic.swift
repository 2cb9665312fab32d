import FTAPContent
import FTAPCore

/// What an author reads when a file's bytes are not a text the site can publish: one diagnostic
/// per failure, at its place when it has one, for content files and `site.yml` alike.
enum TextDecodingDiagnostic {
    /// - Parameter settings: true for `site.yml`, which has no front matter and no body.
    static func diagnostic(_ failure: TextDecoding.Failure, file: String, settings: Bool) -> Diagnostic {
        switch failure {
        case .empty:
            return Diagnostic(file: file, position: nil, code: DiagnosticCode.emptyFile,
                              message: settings ? "« site.yml » est vide : il doit donner au moins « titre », « url » et « description », une clé par ligne"
                                  : "le fichier est vide : il doit commencer par un en-tête entre deux lignes « --- »")
        case .binary:
            return Diagnostic(file: file, position: nil, code: DiagnosticCode.binaryFile,
                              message: settings ? "« site.yml » n'est pas un fichier texte : il doit contenir des lignes « clé: valeur » (titre, url, description)"
                                  : "ce n'est pas un fichier texte (image, document Word ?) : placez les images et documents dans « media/ »")
        case .utf16:
            return Diagnostic(file: file, position: nil, code: DiagnosticCode.invalidUTF8,
                              message: "le fichier est enregistré en UTF-16 (« Unicode » dans le Bloc-notes de Windows) : enregistrez-le en UTF-8 (« Enregistrer sous… », codage « UTF-8 »)")
        case .richText:
            return Diagnostic(file: file, position: nil, code: DiagnosticCode.binaryFile,
                              message: "c'est un document RTF (texte mis en forme de WordPad ou TextEdit), pas du texte brut : enregistrez-le en texte brut, en UTF-8 (TextEdit : « Format > Convertir au format texte » ; WordPad : « Enregistrer sous > Document texte »), ou copiez le texte dans un éditeur de texte brut")
        case let .invalidUTF8(position):
            return Diagnostic(file: file, position: position, code: DiagnosticCode.invalidUTF8,
                              message: "caractère mal encodé : enregistrez le fichier en UTF-8 (dans l'éditeur : « Enregistrer sous… », encodage UTF-8)")
        case let .forbiddenCharacter(position, scalar):
            return Diagnostic(file: file, position: position, code: DiagnosticCode.forbiddenCharacter,
                              message: "caractère invisible interdit dans une page web : \(TextDecoding.name(of: scalar)), souvent venu d'un copier-coller ; effacez-le (placez le curseur à cet endroit, effacez, puis retapez ce qui manque)")
        }
    }
}
