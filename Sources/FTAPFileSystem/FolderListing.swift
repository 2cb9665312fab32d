#if canImport(Glibc)
import Glibc
#endif

/// The names in a folder as the disk holds them. Foundation turns a name that is not UTF-8
/// (« café » from an old Windows or a ZIP archive, in Latin-1) into « caf� », a path that then
/// names nothing; here such a name is kept apart, with what it most likely says.
package enum FolderListing {
    /// One entry of a folder.
    enum Entry: Equatable, Sendable {
        case name(String)
        /// A name whose bytes are not UTF-8: as shown (« caf� ») and read as Latin-1 (« café »).
        case undecodable(shown: String, asLatin1: String)
    }

    /// The entries of `folder`, sorted by name, without « . » and « .. »; nil when it cannot be read.
    static func entries(of folder: String) -> [Entry]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                entries.append(.name(name))
            } else {
                entries.append(.undecodable(shown: String(decoding: bytes, as: UTF8.self),
                                            asLatin1: String(bytes.map { Character(Unicode.Scalar($0)) })))
            }
        }
        return entries.sorted { $0.shown < $1.shown }
    }

    /// The readable names of `folder`, sorted; the undecodable ones apart.
    package static func names(in folder: String) -> (names: [String], undecodable: [(shown: String, asLatin1: String)])? {
        guard let entries = entries(of: folder) else { return nil }
        var names: [String] = [], undecodable: [(shown: String, asLatin1: String)] = []
        for entry in entries {
            switch entry {
            case let .name(name): names.append(name)
            case let .undecodable(shown, latin1): undecodable.append((shown, latin1))
            }
        }
        return (names, undecodable)
    }
}

extension FolderListing.Entry {
    /// The name as messages show it.
    var shown: String {
        switch self {
        case let .name(name): name
        case let .undecodable(shown, _): shown
        }
    }
}
