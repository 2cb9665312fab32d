import FTAPContent
import FTAPCore
import FTAPModel

/// Reads `site.yml` into the site's settings.
enum SiteSettingsParser {
    static func parse(_ source: ContentSource, context: ValidationContext, diagnostics: inout [Diagnostic]) -> SiteSettings? {
        let path = source.siteSettingsPath
        guard let bytes = source.siteSettingsBytes else {
            // There but unreadable (a folder, a link out of the content): already said, once.
            guard !source.diagnostics.contains(where: { $0.file == path }) else { return nil }
            diagnostics.append(Diagnostic(file: path, position: nil, code: DiagnosticCode.missingSiteSettings,
                                          message: "le fichier « site.yml » est absent : il donne le titre, l'adresse et la description du site"))
            return nil
        }
        guard bytes.count <= YAMLSafetyScan.maximumBytes else {
            diagnostics.append(Diagnostic(file: path, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.yamlTooComplex,
                                          message: "« site.yml » pèse \(FrenchFormat.fileSize(bytes.count)), pour 1 Mo au plus : il ne tient que les réglages du site, quelques dizaines de lignes ; un long texte y a sans doute été collé par erreur, retirez-le"))
            return nil
        }
        let text: String
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): text = decoded
        case let .failure(failure):
            diagnostics.append(TextDecodingDiagnostic.diagnostic(failure, file: path, settings: true))
            return nil
        }
        let parsed = YAMLFrontMatterParser.parse(text, firstLine: 1, file: path, keys: FrontMatterVocabulary.keys)
        diagnostics += parsed.diagnostics
        guard let node = parsed.node else { return nil }
        let sink = DiagnosticCollector(file: path, lineOffset: 0)
        let reader = MappingReader(node: node, allowedKeys: SiteSettingsDecoder.keys, path: "", sink: sink,
                                   fallback: SourcePosition(line: 1, column: 1))
        let settings = SiteSettingsDecoder.decode(reader, context: context)
        diagnostics += sink.diagnostics
        return sink.hasErrors ? nil : settings
    }
}
