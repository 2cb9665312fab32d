import FTAPContent
import FTAPCore
import FTAPModel

/// Reads `retraits.yml`, the addresses withdrawn on purpose: a list of `adresse`, `date`,
/// `motif`. No file, or a file of comments only, withdraws nothing.
enum WithdrawalsParser {
    static func parse(_ source: ContentSource, context: ValidationContext, diagnostics: inout [Diagnostic]) -> [Withdrawal] {
        guard let bytes = source.withdrawalBytes else { return [] }
        let path = source.withdrawalsPath
        guard bytes.count <= YAMLSafetyScan.maximumBytes else {
            diagnostics.append(Diagnostic(file: path, position: SourcePosition(line: 1, column: 1), code: DiagnosticCode.yamlTooComplex,
                                          message: "« \(ContentSource.withdrawalsFile) » pèse \(FrenchFormat.fileSize(bytes.count)), pour 1 Mo au plus : il ne tient que des adresses retirées, quelques lignes chacune ; un long texte y a sans doute été collé par erreur, retirez-le"))
            return []
        }
        let text: String
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): text = decoded
        case .failure(.empty):
            return []
        case let .failure(failure):
            diagnostics.append(TextDecodingDiagnostic.diagnostic(failure, file: path, settings: false))
            return []
        }
        guard text.split(separator: "\n").contains(where: { line in
            let trimmed = line.trimmingWhitespace()
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }) else { return [] }
        let parsed = YAMLFrontMatterParser.parse(text, firstLine: 1, file: path, keys: Set(keys),
                                                 listExample: "- adresse: /projets/ancien-projet/")
        diagnostics += parsed.diagnostics
        guard let items = parsed.node?.sequence else { return [] }
        let sink = DiagnosticCollector(file: path, lineOffset: 0)
        var seen: [String: Int] = [:]
        let withdrawals = items.enumerated().compactMap { index, item -> Withdrawal? in
            let itemPath = "retraits[\(index + 1)]"
            let place = sink.shift(item.mark)
            guard item.mapping != nil else {
                sink.error(DiagnosticCode.wrongType,
                           "le \(PlaceName.spoken(itemPath)) doit contenir les sous-clés \(keys.joined(separator: ", ")), une par ligne, la première après « - »",
                           at: place)
                return nil
            }
            let reader = MappingReader(node: item, allowedKeys: keys, path: itemPath, sink: sink, fallback: place)
            let address = reader.string("adresse", required: true)
            let date = reader.date("date", required: true)
            let reason = reader.string("motif", required: true)
            let addressPlace = reader.value("adresse", required: false).flatMap(reader.place)
            if let address, let problem = FormerAddressDecoder.problem(of: address) {
                sink.error(DiagnosticCode.invalidURL,
                           "« \(address) » n'est pas une adresse de page de ce site : \(problem), par exemple « /projets/ancien-projet/ »",
                           at: addressPlace)
                return nil
            }
            if let address, let first = seen[address] {
                sink.error(DiagnosticCode.duplicateItem,
                           "« \(address) » est déjà retirée au \(PlaceName.spoken("retraits[\(first)]")) : gardez-en un seul", at: addressPlace)
                return nil
            }
            if let address { seen[address] = index + 1 }
            if let date, context.latestTodayInFrance < date {
                sink.error(DiagnosticCode.implausibleValue,
                           "ce retrait est daté du \(date.frenchText), dans le futur : datez-le du jour où le contenu est retiré, et retirez le contenu ce jour-là",
                           at: reader.value("date", required: false).flatMap(reader.place) ?? place)
                return nil
            }
            guard let address, let date, let reason else { return nil }
            return Withdrawal(address: address, date: date, reason: reason, place: addressPlace ?? place)
        }
        diagnostics += sink.diagnostics
        return sink.hasErrors ? [] : withdrawals
    }

    /// The keys of one withdrawal, in the order the guide gives them.
    static let keys = WithdrawalSchema.withdrawal.map(\.key)
}
