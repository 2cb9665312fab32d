import Mustache
import Suggestions

/// Every name the view models give the templates, at any depth (`siteTitle`, `projects`, a
/// project's `amount`…). A template's name outside it renders as nothing, silently, in
/// Mustache: the build refuses it with its place, so a misspelt name never reaches a page.
/// `TemplateVocabularyTests` renders the view models of content that uses every optional key
/// and checks that this list is exactly what they give.
package enum TemplateVocabulary {
    static let names: Set<String> = [
        "follow", "hasSocialAccounts", "network", "newsletterHref", "socialAccounts",
        // An item's media (`ViewModels+Media`).
        "alt", "caption", "captions", "credit", "decorative", "documentLanguage", "documents", "fileDetail", "fileSrc", "fileType",
        "hasDocuments", "hasLegend", "hasVideos", "illustration", "languageName", "loadsPlayers", "platform", "playerHost",
        "playerURL", "src", "still", "thumbnail", "transcriptHTML", "videos", "watchURL",
        // An item's public corrections (`ViewModels+Corrections`).
        "corrections", "hasCorrections", "hasLatestCorrections", "latestCorrections", "correctionsFeedHref", "correctionsHref", "withdrawnDate", "withdrawnDateISO", "withdrawnReason",
        "hasHistory", "hasHistoryChanges", "historyChanges", "historyLastChange", "historyLastChangeISO", "before", "after", "figure", "entries", "hasEntries", "kind",
        "address", "addressLines", "amount", "amountApproximation", "amountCell", "amountFull",
        "amountInForce", "amountLabel", "amountValue", "author", "badge", "bodyHTML", "breadcrumb",
        "budgetExecution", "byMinistry", "byType", "byYear", "canonical", "carrier", "cells", "checkedOn",
        "checkedOnISO", "children", "commitmentsConsumed", "commitmentsVoted", "contact", "content", "count",
        "coverage", "current", "dataFiles", "dataLevers", "dataMinistry", "dataProgramme", "dataStatus",
        "dataType", "dataYear", "date", "dateISO", "description", "detail", "detailedLabel", "disbursements",
        "documentTitle", "draft", "draftPage", "empty", "entities", "entitiesLabel", "entityCount", "envelopes",
        "errorReport", "executionChart", "executionFields", "executionRows", "feedLimit", "feeds", "fields",
        "figureAmount", "figureProjects", "figures", "first", "footerLinks", "format", "hasAddressLines",
        "hasBreadcrumb", "hasBudgetExecution", "hasByMinistry", "hasByType", "hasByYear", "hasCells",
        "hasChildren", "hasDataFiles", "hasDisbursements", "hasEntities", "hasEnvelopes",
        "hasExecutionFields", "hasExecutionRows", "hasFeeds", "hasFields", "hasFigures", "hasFooterLinks",
        "hasLatestNews", "hasLatestProjects", "hasLegalContacts", "hasLevers", "hasMatrix", "hasMatrixTypes",
        "hasMilestones", "hasMinistries", "hasMinistryFilters", "hasMinistryPages", "hasNavigation",
        "hasNews", "hasObjectives", "hasOfficialFigures", "hasOtherProjects", "hasPaidColumn", "hasOthers", "hasPages",
        "hasProgrammes", "hasProjects", "hasRelatedNews", "hasSections", "hasSources", "hasSpendingFigures",
        "hasSpendingLines", "hasStatusFilters", "hasTableRows", "hasTestimonials", "hasTopics", "hasTypes",
        "hasYears", "heading", "headline", "history", "href", "id", "isLink", "isPress", "label", "language",
        "last", "lastPayment", "lastPaymentISO", "latestNews", "latestProjects", "legalContacts",
        "legalErrorReport", "legalErrorReportLabel", "levers", "line", "matrix", "matrixTypes",
        "metaDescription", "milestones", "ministries", "ministriesHref", "ministry", "ministryCell",
        "ministryFilters", "ministryHref", "ministryPages", "name", "nature", "navigation", "news", "next",
        "noOfficial", "noSearchIndex", "notForEngines", "notes", "number", "objectives", "official", "officialFigures",
        "organisation", "otherProgramme", "otherProjects", "others", "outside", "pageTitle", "pages",
        "pagination", "paid", "paidBar", "paidCell", "paidNote", "paidPercent", "paidUnreported",
        "paidValue", "paymentsConsumed", "paymentsVoted", "perimeter", "perimeterNote", "perimeterYears",
        "previous", "programme", "programmes", "projectCount", "projectHref", "projectTitle", "projects",
        "projectsCell", "projectsLabel", "publishedWords", "publisher", "publisherName", "quoteHTML",
        "range", "relatedNews", "role", "savings", "schemaHref", "schemaName", "sections", "sentence",
        "sessionsNote", "share", "shareImage", "shareImageAlt", "shareImageHeight", "shareImageWidth", "sheetSummary", "sheets", "siteDescription", "siteTitle", "siteVersion", "siteVersionISO", "source",
        "sourceTitle", "sourceURL", "sources", "spendingFigures", "spendingLines", "state", "statement",
        "status", "statusFilters", "statusLabel", "summary", "tableRows", "tableTotal", "testimonials",
        "text", "title", "topics", "totalCost", "type", "typeChart", "typeHref", "typeLabel", "types",
        "updated", "updatedISO", "url", "use", "value", "withoutAmount", "withoutAmountNote", "year",
        "yearChart", "yearCoverage", "yearHref", "years"
    ]

    /// A name a template uses that no view model gives, and where, said in French; nil when
    /// every name is known. Templates are looked at in name order, names in the order written.
    static func firstUnknownName(in templates: [String: Template]) -> (template: String, place: TemplatePlace?, message: String)? {
        for (template, parsed) in templates.sorted(by: { $0.key < $1.key }) {
            if let name = firstUnknown(in: parsed) {
                let unknownPart = name.parts.first { !names.contains($0) } ?? name.written
                let guess = closest(to: unknownPart).map { " ; vouliez-vous dire « \($0) » ?" } ?? ""
                let within = name.written == unknownPart ? "" : " (dans « \(name.written) »)"
                let message = "le nom « \(unknownPart) »\(within) n'est donné aux gabarits par aucune page : il s'afficherait vide\(guess)"
                return (template, name.place, message)
            }
        }
        return nil
    }

    private static func firstUnknown(in template: Template) -> TemplateName? {
        for node in template.nodes {
            switch node {
            case let .variable(name, _, _):
                if !isKnown(name) { return name }
            case let .section(name, body, _):
                if !isKnown(name) { return name }
                if let found = firstUnknown(in: body) { return found }
            case let .block(_, fallback, _):
                if let found = firstUnknown(in: fallback) { return found }
            case let .blockDefinition(_, body):
                if let found = firstUnknown(in: body) { return found }
            case let .partial(_, _, overrides):
                // Blocks in the order they are written.
                for body in (overrides ?? [:]).values.sorted(by: { ($0.place?.line ?? 0, $0.place?.column ?? 0) < ($1.place?.line ?? 0, $1.place?.column ?? 0) }) {
                    if let found = firstUnknown(in: body) { return found }
                }
            case .text, .escaping:
                break
            }
        }
        return nil
    }

    /// `.` and every part of a dotted name are names the view models give.
    private static func isKnown(_ name: TemplateName) -> Bool {
        name.parts.allSatisfy(names.contains)
    }

    /// The known name closest to `name`, whatever the case of its letters.
    private static func closest(to name: String) -> String? {
        let byLowercase = Dictionary(names.map { ($0.lowercased(), $0) }, uniquingKeysWith: min)
        return KeySuggestion.closest(to: name, among: byLowercase.keys.sorted()).flatMap { byLowercase[$0] }
    }
}
