import FTAPContent
import FTAPCore
import FTAPModel

/// The outcome of reading one content file: a typed item when its front matter is valid.
enum ParsedItem: Sendable {
    case project(ProjectSheet)
    case testimonial(Testimonial)
    case news(NewsItem)
    case page(FreePage)
    case officialFigure(OfficialFigure)
    case budgetExecution(BudgetExecution)

    /// The same item with its public corrections and, for a kind with a page, its former addresses.
    func with(corrections: [PublicCorrection], formerAddresses: [String]) -> ParsedItem {
        guard !corrections.isEmpty || !formerAddresses.isEmpty else { return self }
        switch self {
        case let .project(sheet): return .project(sheet.with(corrections: corrections, formerAddresses: formerAddresses))
        case var .testimonial(item): item.corrections = corrections; return .testimonial(item)
        case var .news(item): item.corrections = corrections; item.formerAddresses = formerAddresses; return .news(item)
        case var .page(item): item.corrections = corrections; item.formerAddresses = formerAddresses; return .page(item)
        case var .officialFigure(item): item.corrections = corrections; return .officialFigure(item)
        case var .budgetExecution(item): item.corrections = corrections; return .budgetExecution(item)
        }
    }
}

/// One file after the parse stage: what it is, its item (if valid), the place of every value
/// read (for the rules that look at several files), and every diagnostic it gave. The bytes of
/// the file are not kept: no later stage reads them again.
struct ParsedFile: Sendable {
    var path: String
    var kind: ContentKind
    var slug: String
    var item: ParsedItem?
    /// The places the rules over several files point at (`DiagnosticCollector.places`).
    var places: [String: SourcePosition] = [:]
    var diagnostics: [Diagnostic]
    /// A draft with values still to fill in: no item, no error, counted with the drafts.
    var isUnfinishedDraft = false
}

/// The whole content after the parse stage.
package struct ParsedContent: Sendable {
    /// The content folder as the command gave it.
    var root: String
    /// `site.yml`, when it is usable.
    package var settings: SiteSettings?
    var files: [ParsedFile]
    var media: [MediaFile]
    /// The addresses `retraits.yml` withdraws, when it is valid.
    var withdrawals: [Withdrawal] = []

    /// The places of each file's keys (`ParsedFile.places`), by path, for the rules over several
    /// files to report at the line.
    var placesByFile: [String: [String: SourcePosition]] {
        Dictionary(files.map { ($0.path, $0.places) }, uniquingKeysWith: { first, _ in first })
    }
    /// Problems of reading and of `site.yml`.
    var diagnostics: [Diagnostic]
}
