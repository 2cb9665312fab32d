/// A failure that is not a content mistake: a missing folder, a broken template, a disk error.
/// The command line maps it to exit status 2.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    case missingFolder(path: String, role: String)
    case template(file: String, line: Int?, column: Int?, message: String)
    case missingTemplate(name: String)
    case io(path: String, message: String)
    /// The output folder may not be replaced (it is the content, a stranger's folder, …).
    case unsafeOutput(path: String, reason: String)
    /// The image cache asked for lies in the content, the templates or the output.
    case unsafeCache(path: String, reason: String)
    /// `SOURCE_DATE_EPOCH` cannot be the date of the content.
    case invalidBuildDate(value: String, reason: String)

    /// The French sentence printed after « erreur : ».
    public var description: String {
        switch self {
        case let .missingFolder(path, role):
            "le dossier de \(role) « \(path) » n'existe pas"
        case let .template(file, line, column, message):
            "\(file):\(line.map(String.init) ?? "?"):\(column.map(String.init) ?? "?"): erreur de gabarit : \(message)"
        case let .missingTemplate(name):
            "gabarit « \(name).mustache » introuvable dans le dossier des gabarits"
        case let .io(path, message):
            "\(path) : \(message)"
        case let .unsafeOutput(path, reason):
            "dossier de sortie « \(path) » refusé : \(reason)"
        case let .unsafeCache(path, reason):
            "dossier de cache « \(path) » refusé : \(reason)"
        case let .invalidBuildDate(value, reason):
            "SOURCE_DATE_EPOCH=\(value) refusé : \(reason)"
        }
    }
}
