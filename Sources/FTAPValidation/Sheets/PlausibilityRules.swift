import FTAPCore
import FTAPModel

/// Values that are valid but unlikely to be what the author meant: warnings, but errors where
/// the value would make the site say something false (a payment not yet made counted as paid,
/// a published sheet « vérifiée » on a day to come).
enum PlausibilityRules {
    /// `mise_a_jour` after today in France: an error on a sheet published now, a warning on one
    /// not yet public (a draft, or scheduled), which may be dated for the day it appears.
    static func checkCheckDate(_ date: ContentDate, isPublishedNow: Bool, reader: MappingReader, context: ValidationContext) {
        guard context.latestTodayInFrance < date else { return }
        reader.sink.error(DiagnosticCode.implausibleValue,
                          "« mise_a_jour » (\(date.frenchText)) est dans le futur : c'est la date où la fiche a été vérifiée, aujourd'hui au plus tard (\(context.buildDate.frenchText))",
                          at: reader.value("mise_a_jour", required: false).flatMap(reader.place),
                          severity: isPublishedNow ? .error : .warning)
    }

    /// A milestone still « prevu » on a date already past: a warning.
    static func checkMilestone(_ milestone: Milestone, item: MappingReader, context: ValidationContext) {
        guard milestone.state == .prevu, milestone.date < context.buildDate else { return }
        item.sink.error(DiagnosticCode.implausibleValue,
                        "ce jalon est « prevu » le \(milestone.date.frenchText), date passée : s'il a eu lieu, écrivez « etat: atteint », sinon « etat: en-retard » ou une nouvelle date",
                        at: item.value("etat", required: false).flatMap(item.place), severity: .warning)
    }

    /// False, with an error, for a payment dated after today in France: the site would count it
    /// as paid.
    static func isPaymentDatePossible(_ date: ContentDate, item: MappingReader, context: ValidationContext) -> Bool {
        guard context.latestTodayInFrance < date else { return true }
        item.sink.error(DiagnosticCode.implausibleValue,
                        "ce versement est daté du \(date.frenchText), dans le futur : le site le compterait comme « versé à ce jour » ; n'écrivez un versement qu'une fois fait, à sa date",
                        at: item.value("date", required: false).flatMap(item.place))
        return false
    }

    /// Past this many characters a title makes a card several lines high and a tab unreadable.
    static let titleMaximum = 150

    /// A title over `titleMaximum` characters: a warning with its length.
    static func checkTitle(_ title: String, reader: MappingReader) {
        guard title.count > titleMaximum else { return }
        reader.sink.error(DiagnosticCode.implausibleValue,
                          "le titre compte \(title.count) caractères : au-delà de \(titleMaximum), il déborde des cartes et des onglets ; raccourcissez-le et mettez le détail dans « resume »",
                          at: reader.value("titre", required: false).flatMap(reader.place), severity: .warning)
    }
}
