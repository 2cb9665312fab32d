import FTAPCore
import FTAPModel

/// `rectificatifs`, which every kind shares: each correction dated and said. A correction is
/// dated the day it is made, so never in the future.
enum CorrectionsDecoder {
    static let keys = CorrectionSchema.correction.map(\.key)

    static func decode(_ reader: MappingReader, context: ValidationContext) -> [PublicCorrection] {
        reader.mappingList("rectificatifs", allowedKeys: keys).compactMap { item in
            let date = item.date("date", required: true)
            let text = item.string("texte", required: true)
            guard let date, let text else { return nil }
            guard date <= context.latestTodayInFrance else {
                item.sink.error(DiagnosticCode.implausibleValue,
                                "ce rectificatif est daté du \(date.frenchText), dans le futur : datez-le du jour où la correction est faite",
                                at: item.value("date", required: false).flatMap(item.place))
                return nil
            }
            return PublicCorrection(date: date, text: text)
        }
    }
}
