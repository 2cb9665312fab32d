import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// French wording for the operating system's error numbers, so an I/O failure reads
/// « disque plein » and not « NSCocoaErrorDomain error 512 ».
package enum SystemErrorText {
    /// The French words for a Foundation or POSIX error: its error number when it has one.
    static func french(of error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return french(Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return french(Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return french(ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return french(EACCES)
        case .fileWriteOutOfSpace: return french(ENOSPC)
        case .fileWriteVolumeReadOnly: return french(EROFS)
        case .fileWriteFileExists: return french(EEXIST)
        default: return "erreur d'entrée-sortie"
        }
    }

    package static func french(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "disque plein"
        case EDQUOT: "quota de disque dépassé"
        case EACCES, EPERM: "droits d'accès insuffisants"
        case EROFS: "disque en lecture seule"
        case ENOENT: "fichier ou dossier introuvable"
        case ENOTDIR: "un élément du chemin n'est pas un dossier"
        case EISDIR: "c'est un dossier, pas un fichier"
        case ELOOP: "boucle de liens symboliques"
        case ENAMETOOLONG: "nom de fichier trop long"
        case EEXIST: "existe déjà"
        case EIO: "erreur matérielle de lecture ou d'écriture"
        case EMFILE, ENFILE: "trop de fichiers ouverts à la fois"
        case EXDEV: "les deux dossiers sont sur des disques différents"
        case EBUSY, ETXTBSY: "occupé par un autre programme"
        case ENOTEMPTY: "dossier non vide"
        case EFBIG: "fichier trop grand pour ce disque"
        case ENOMEM: "mémoire insuffisante"
        default: "erreur système \(code)"
        }
    }
}
