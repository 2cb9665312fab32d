import FTAPContent
import FTAPCore


/// Reads one content file all the way from bytes to a typed item, collecting every problem.
enum ContentFileParser {
    static func parse(_ file: ContentFile, context: ValidationContext) -> ParsedFile {
        var diagnostics: [Diagnostic] = []
        if !Slug.isValid(file.slug) {
            diagnostics.append(Diagnostic(
                file: file.path, position: nil, code: DiagnosticCode.invalidSlug,
                message: "nom de fichier « \(file.slug).md » invalide : lettres minuscules sans accents, chiffres et tirets simples seulement, par exemple « \(Slug.suggestion(for: file.slug)).md »"))
        }
        let text: String
        switch TextDecoding.decode(file.bytes) {
        case let .success(decoded):
            text = decoded
        case let .failure(failure):
            return ParsedFile(path: file.path, kind: file.kind, slug: file.slug, item: nil,
                              diagnostics: diagnostics + [TextDecodingDiagnostic.diagnostic(failure, file: file.path, settings: false)])
        }
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(text, file: file.path) {
        case let .success(value): split = value
        case let .failure(diagnostic): return ParsedFile(path: file.path, kind: file.kind, slug: file.slug, item: nil, diagnostics: diagnostics + [diagnostic])
        }
        let (body, bodyProblems) = MarkdownBody.parse(split.body.text, firstLine: split.body.firstLine, file: file.path)
        let parsed = YAMLFrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: file.path, keys: FrontMatterVocabulary.keys)
        diagnostics += bodyProblems + RawHTMLRules.check(body, file: file.path) + parsed.diagnostics
        guard let node = parsed.node else { return ParsedFile(path: file.path, kind: file.kind, slug: file.slug, item: nil, diagnostics: diagnostics) }
        let sink = DiagnosticCollector(file: file.path, lineOffset: split.yamlFirstLine - 1)
        let top = SourcePosition(line: 1, column: 1)
        let keys = switch file.kind {
        case .project: ProjectSheetDecoder.keys
        case .testimonial: TestimonialDecoder.keys
        case .news: NewsItemDecoder.keys
        case .page: FreePageDecoder.keys
        case .officialFigure: OfficialFigureDecoder.keys
        case .budgetExecution: BudgetExecutionDecoder.keys
        }
        let reader = MappingReader(node: node, allowedKeys: keys, path: "", sink: sink, fallback: top)
        let decoded: ParsedItem? = switch file.kind {
        case .project: ProjectSheetDecoder.decode(reader, slug: file.slug, file: file.path, body: body, context: context).map(ParsedItem.project)
        case .testimonial: TestimonialDecoder.decode(reader, slug: file.slug, file: file.path, body: body).map(ParsedItem.testimonial)
        case .news: NewsItemDecoder.decode(reader, slug: file.slug, file: file.path, body: body).map(ParsedItem.news)
        case .page: FreePageDecoder.decode(reader, slug: file.slug, file: file.path, body: body).map(ParsedItem.page)
        case .officialFigure:
            OfficialFigureDecoder.decode(reader, slug: file.slug, file: file.path, body: body, context: context).map(ParsedItem.officialFigure)
        case .budgetExecution:
            BudgetExecutionDecoder.decode(reader, slug: file.slug, file: file.path, body: body, context: context).map(ParsedItem.budgetExecution)
        }
        // The keys every kind shares, read the same way for each.
        let corrections = CorrectionsDecoder.decode(reader, context: context)
        let formerAddresses = [.project, .news, .page].contains(file.kind) ? FormerAddressDecoder.decode(reader) : []
        let item = decoded?.with(corrections: corrections, formerAddresses: formerAddresses)
        let isDraft = Self.isMarkedDraft(node)
        diagnostics += isDraft ? sink.diagnostics.map(Self.unfinished) : sink.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return ParsedFile(path: file.path, kind: file.kind, slug: file.slug, item: hasErrors ? nil : item,
                          places: sink.places, diagnostics: diagnostics, isUnfinishedDraft: isDraft && !hasErrors && item == nil)
    }

    /// A draft is written over days: a value still missing or empty (`emetteur:`, `montant`
    /// not yet known) is a warning, so the check and the preview stay up; it becomes an error
    /// with « brouillon: false ». Any other mistake stays an error.
    private static func unfinished(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == .error, diagnostic.code == .missingKey || diagnostic.code == .emptyValue else { return diagnostic }
        var warning = diagnostic
        warning.severity = .warning
        warning.message += " (brouillon : à remplir avant de le publier)"
        return warning
    }

    /// `brouillon: true` at the top of the front matter, read as written.
    private static func isMarkedDraft(_ node: YAMLNode) -> Bool {
        guard case let .mapping(pairs, _) = node else { return false }
        return pairs.contains { pair in
            guard case let .scalar(key) = pair.key, key.string == "brouillon", case let .scalar(value) = pair.value else { return false }
            return MappingReader.trueWords.contains(value.string.lowercased())
        }
    }
}
