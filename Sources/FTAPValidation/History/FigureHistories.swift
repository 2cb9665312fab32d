import FTAPContent
import FTAPCore
import FTAPModel

/// The history of the figures of sheets and official figures, from the committed versions of
/// their files (`ContentHistory`): each commit that changed a figure, with the value before and
/// after. Each version is read for its figures only, leniently (a version with a mistake
/// elsewhere still gives its amount). A file whose figures differ from its last committed
/// version (a change not committed yet) gets no history: it would not end where the page does.
package enum FigureHistories {
    /// One figure an item's history follows.
    struct Tracked {
        var key: String
        var label: String
        var isEuros: Bool
        /// The key saying how the source gave the amount, if any.
        var approximationKey: String?
    }

    static let projectFigures = [
        Tracked(key: "montant", label: "Montant accordé", isEuros: true, approximationKey: "montant_approximation"),
        Tracked(key: "cout_total", label: "Coût total", isEuros: true),
        Tracked(key: "economies", label: "Économies annuelles attendues", isEuros: true),
    ]
    static let officialFigures = [
        Tracked(key: "montant", label: "Montant", isEuros: true, approximationKey: "approximation"),
        Tracked(key: "projets", label: "Projets annoncés", isEuros: false),
    ]

    /// The history of each file of `files` (the published sheets and official figures, as read
    /// now) that has one, by path; with `since` (`historique_depuis`), the versions committed
    /// before that day only give the value it starts from.
    package static func make(_ history: ContentHistory, files: [ContentFile], since: ContentDate? = nil) -> [String: FigureHistory] {
        // Each file's versions are read on every core: a preview rebuilds with them at each save.
        let found = parallelMap(files) { file in self.history(of: file, in: history, since: since).map { (file.path, $0) } }
        return Dictionary(found.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// One file's history, nil when it has none to tell.
    static func history(of file: ContentFile, in history: ContentHistory, since: ContentDate?) -> FigureHistory? {
        let (tracked, keys): ([Tracked], [String]) = switch file.kind {
        case .project: (projectFigures, ProjectSheetDecoder.keys)
        case .officialFigure: (officialFigures, OfficialFigureDecoder.keys)
        default: ([], [])
        }
        guard !tracked.isEmpty, let versions = history.versions[file.path], let now = values(file.bytes, tracked, keys: keys) else { return nil }
        var read = versions.compactMap { version in values(version.bytes, tracked, keys: keys).map { (version.date, $0) } }
        guard let last = read.last, last.1 == now else { return nil }
        if let since, let start = read.lastIndex(where: { $0.0 < since }) { read.removeFirst(start) }
        var changes: [FigureHistory.Change] = []
        for (earlier, later) in zip(read, read.dropFirst()) {
            for (index, figure) in tracked.enumerated() where earlier.1[index] != later.1[index] {
                changes.append(FigureHistory.Change(date: later.0, figure: figure.label, isEuros: figure.isEuros,
                                                    before: earlier.1[index], after: later.1[index]))
            }
        }
        return FigureHistory(changes: changes)
    }

    /// The tracked figures of one version of a file, in order; nil when its header cannot be read.
    static func values(_ bytes: [UInt8], _ tracked: [Tracked], keys: [String]) -> [FigureHistory.Value?]? {
        guard case let .success(text) = TextDecoding.decode(bytes),
              case let .success(split) = FrontMatterSplitter.split(text, file: ""),
              let node = YAMLFrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: "").node else { return nil }
        // Read for the figures alone: the other keys, and any mistake, do not matter here.
        let reader = MappingReader(node: node, allowedKeys: keys, path: "", sink: DiagnosticCollector(file: "", lineOffset: 0),
                                   fallback: SourcePosition(line: 1, column: 1))
        return tracked.map { figure in
            let number = figure.isEuros ? reader.euros(figure.key) : reader.wholeNumber(figure.key, minimum: 0)
            let approximation = figure.approximationKey.flatMap { key in
                reader.choice(key, as: AmountApproximation.self)
            }
            return number.map { FigureHistory.Value(number: $0, approximation: approximation) }
        }
    }
}
