import FTAPCore
import FTAPFileSystem

extension SourceLines {
    /// The lines `diagnostics` point at, from the bytes the content reader already read: no file
    /// is read again, and only the files with a positioned diagnostic are decoded.
    package init(for diagnostics: [Diagnostic], in source: ContentSource) {
        let files = Set(diagnostics.filter { $0.position != nil }.map(\.file))
        guard !files.isEmpty else {
            self.init()
            return
        }
        var texts: [String: String] = [:]
        for file in source.files where files.contains(file.path) {
            texts[file.path] = TextDecoding.shownText(file.bytes)
        }
        if files.contains(source.siteSettingsPath), let bytes = source.siteSettingsBytes {
            texts[source.siteSettingsPath] = TextDecoding.shownText(bytes)
        }
        self.init(for: diagnostics, text: { texts[$0] })
    }

    /// The lines `diagnostics` point at, read from disk once per file, for the failures whose
    /// file the build did not keep (a template with a mistake). A file that cannot be read, or is
    /// not a regular file, is left out: its diagnostics are shown without their line.
    public init(reading diagnostics: [Diagnostic]) {
        var texts: [String: String] = [:]
        for file in Set(diagnostics.filter { $0.position != nil && !$0.file.isEmpty }.map(\.file)) {
            if case let .success(bytes) = RegularFileIO.read(file) { texts[file] = TextDecoding.shownText(bytes) }
        }
        self.init(for: diagnostics, text: { texts[$0] })
    }
}
