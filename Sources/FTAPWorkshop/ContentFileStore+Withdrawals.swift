#if canImport(Glibc)
import Glibc
#endif
import FTAPContent
import FTAPCore
import FTAPFileSystem

/// `retraits.yml` as the atelier writes it: one withdrawal added at the end of the file (made
/// when missing), the rest of the file kept as it is, written through a temporary file and a
/// rename, like the content's files.
extension ContentFileStore {
    /// Declares `address` withdrawn on `date` for `reason`; nothing when the file already
    /// withdraws it. - Returns: whether a withdrawal was added.
    @discardableResult
    package func addWithdrawal(address: String, date: ContentDate, reason: String) throws(Refusal) -> Bool {
        let path = join(contentPath, ContentSource.withdrawalsFile)
        var text = ""
        switch RegularFileIO.read(path) {
        case let .success(bytes): text = String(decoding: bytes, as: UTF8.self)
        case let .failure(failure):
            if failure.notRegular { throw .outside("« \(path) » n'est pas un fichier ordinaire (lien, dossier…) : l'atelier ne l'écrit pas") }
            guard failure.code == ENOENT else { throw .io("« \(path) » : \(SystemErrorText.french(failure.code))") }
            text = "# Les adresses retirées exprès : chacune montre une page qui dit quand et pourquoi (partie 4.9 du guide).\n"
        }
        let written = text.split(separator: "\n").map { $0.trimmingWhitespace() }
        guard !written.contains("- adresse: \(address)"), !written.contains("adresse: \(address)") else { return false }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += "- adresse: \(address)\n  date: \(date.iso)\n  motif: \(Self.quoted(reason))\n"
        let temporary = join(contentPath, ".\(ContentSource.withdrawalsFile).atelier-\(UInt64.random(in: 0...UInt64.max))")
        if let failure = RegularFileIO.write(Array(text.utf8), to: temporary) {
            throw .io("« \(path) » : \(SystemErrorText.french(failure.code))")
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io("« \(path) » : \(SystemErrorText.french(code))")
        }
        return true
    }

    /// A text on one line as YAML reads it back exactly: between double quotes, its `\` and `"`
    /// escaped, its line breaks and tabs made spaces.
    static func quoted(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ").trimmingWhitespace()
        return "\"" + line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
