import FTAPCore

/// `anciennes_adresses`: addresses of this site, as the browser shows them after the domain
/// (`/projets/ancien-nom/`), each a page's address (a slash at each end, lowercase letters,
/// digits and dashes between). Whether another item publishes or claims one is checked with the
/// whole site (`FormerAddressRules`).
enum FormerAddressDecoder {
    static func decode(_ reader: MappingReader) -> [String] {
        reader.stringList("anciennes_adresses").enumerated().compactMap { index, address in
            guard let problem = problem(of: address) else { return address }
            reader.sink.error(DiagnosticCode.invalidURL,
                              "« \(address) » n'est pas une adresse de page de ce site : \(problem), par exemple « /projets/ancien-nom/ »",
                              at: reader.sink.places["anciennes_adresses[\(index + 1)]"])
            return nil
        }
    }

    /// What is wrong with an address written in `anciennes_adresses`, nil when nothing is.
    static func problem(of address: String) -> String? {
        if address.hasPrefix("http://") || address.hasPrefix("https://") { return "écrivez-la sans « https:// » ni le nom du site, à partir du « / » qui suit" }
        guard address.hasPrefix("/"), address.hasSuffix("/"), address.count > 1 else { return "elle commence et finit par « / »" }
        let parts = address.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" } }) else {
            return "elle s'écrit en minuscules sans accents, chiffres et tirets entre les « / »"
        }
        return nil
    }
}
