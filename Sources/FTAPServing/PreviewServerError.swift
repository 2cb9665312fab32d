import Foundation
import FTAPCore

/// Why the preview server could not start listening, told in French to the person who ran
/// `ftap serve`; the command line prints it and exits with status 2.
public enum PreviewServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another program (often another preview) already listens on the port.
    case portInUse(port: UInt16)
    /// The system refuses the port to this user (ports below 1024 need administrator rights).
    case permissionDenied(port: UInt16)
    /// Any other refusal of the system, with its error number for a search.
    case cannotListen(port: UInt16, errno: Int32)

    /// The French sentence printed after « erreur : ».
    public var description: String {
        switch self {
        case let .portInUse(port):
            "le port \(port) est déjà utilisé : arrêtez l'autre aperçu ou choisissez un autre port avec --port"
        case let .permissionDenied(port):
            "le port \(port) est refusé par le système (les ports inférieurs à 1024 sont réservés à l'administrateur) : choisissez un autre port avec --port, par exemple --port 8080"
        case let .cannotListen(port, errno):
            "impossible d'écouter sur le port \(port) (erreur système \(errno)) : choisissez un autre port avec --port"
        }
    }
}

extension PreviewServerError: FailureReport {
    /// The refusal as a diagnostic, for every output format.
    public var diagnostic: Diagnostic {
        Diagnostic(file: "", position: nil, code: .inputOutput, message: description)
    }
}
