import FTAPContent
import FTAPCore
import FTAPModel

/// Validates the front matter of a project sheet into a `ProjectSheet`.
package enum ProjectSheetDecoder {
    static let keys = ContentSchema.project.keys
    static let carrierKeys = ContentSchema.project.subkeys("porteur")
    static let milestoneKeys = ContentSchema.project.subkeys("jalons")
    static let disbursementKeys = ContentSchema.project.subkeys("versements")
    static let sourceKeys = ContentSchema.project.subkeys("sources")
    static let summaryMaximum = 300

    static func decode(_ reader: MappingReader, slug: String, file: String, body: MarkdownBody,
                       context: ValidationContext) -> ProjectSheet? {
        let sink = reader.sink
        let title = reader.string("titre", required: true)
        let summary = reader.string("resume", required: true, maxLength: summaryMaximum)
        let programme = reader.choice("programme", as: Programme.self) ?? .ftap
        let callYear = reader.year("appel", required: true, from: context.firstCallYear, to: context.buildDate.year)
        let carrier = decodeCarrier(reader)
        let amount = reader.euros("montant")
        let approximation = reader.choice("montant_approximation", as: SheetAmountApproximation.self)
        if reader.value("montant_approximation", required: false) != nil, reader.value("montant", required: false) == nil {
            sink.error(DiagnosticCode.missingKey,
                       "« montant_approximation » dit comment le montant a été publié (« près de », « plus de ») : ajoutez « montant », en euros entiers, ou retirez cette ligne",
                       at: reader.keyPlace("montant_approximation"))
        }
        let totalCost = reader.euros("cout_total")
        let savings = reader.euros("economies")
        let levers = reader.choiceList("leviers", as: Lever.self)
        let status = reader.choice("statut", as: ProjectStatus.self) ?? .laureat
        let milestones = reader.mappingList("jalons", allowedKeys: milestoneKeys).compactMap { decodeMilestone($0, context: context) }
        let disbursements = reader.mappingList("versements", allowedKeys: disbursementKeys).compactMap { decodeDisbursement($0, context: context) }
        let objectives = reader.stringList("objectifs")
        let sources = decodeSources(reader)
        let checkedOn = reader.date("mise_a_jour")
        if let title { PlausibilityRules.checkTitle(title, reader: reader) }
        let publishOn = reader.date("date_publication")
        let isDraft = reader.bool("brouillon") ?? false
        let media = MediaKeysDecoder.decode(reader, file: file)
        if let checkedOn {
            let isPublishedNow = PublishedSite.showsSheet(isDraft: isDraft, publishOn: publishOn, on: context.buildDate, includeDrafts: false)
            PlausibilityRules.checkCheckDate(checkedOn, isPublishedNow: isPublishedNow, reader: reader, context: context)
        }
        ExampleValueRule.check(reader, body: body, isDraft: isDraft, canBeDraft: true)

        if let amount, let totalCost, totalCost < amount {
            sink.error(DiagnosticCode.totalCostBelowAmount,
                       "le coût total (\(FrenchFormat.euros(totalCost))) est inférieur au montant accordé par le fonds (\(FrenchFormat.euros(amount))) : « cout_total » doit être au moins égal à « montant »",
                       at: reader.value("cout_total", required: false).flatMap(reader.place))
        }
        // Added on 128 bits: a sheet's payments are then bounded like any amount, and every sum
        // of sheets stays far from overflowing.
        let paid = disbursements.reduce(Int128(0)) { $0 + Int128($1.amount) }
        if paid > Int128(MappingReader.maximumEuros) {
            sink.error(DiagnosticCode.disbursementsExceedAmount,
                       "la somme des versements dépasse \(FrenchFormat.eurosInWords(MappingReader.maximumEuros)), plus que tout ce que le fonds a jamais reçu : vérifiez les montants des versements",
                       at: reader.keyPlace("versements"))
        } else if let amount, paid > Int128(amount), approximation != .auMoins {
            // « plus de 30 M€ » is a floor: payments above it may be right.
            sink.error(DiagnosticCode.disbursementsExceedAmount,
                       "la somme des versements (\(FrenchFormat.euros(Int(paid)))) dépasse le montant accordé (\(FrenchFormat.euros(amount)))",
                       at: reader.keyPlace("versements"))
        }
        let identifier = reader.string("identifiant")
        if let identifier, !Slug.isValid(identifier) {
            sink.error(DiagnosticCode.wrongType,
                       "« \(identifier) » ne peut pas être un identifiant : il s'écrit en minuscules sans accents, chiffres et tirets, comme un nom de fichier (« \(Slug.suggestion(for: identifier)) ») ; une fois publié, ne le changez plus",
                       at: reader.value("identifiant", required: false).flatMap(reader.place))
        }
        guard let title, let summary, let callYear, let carrier else { return nil }
        return ProjectSheet(slug: slug, file: file, title: title, summary: summary, programme: programme,
                            callYear: callYear, carrier: carrier, amount: amount,
                            amountApproximation: approximation?.approximation, totalCost: totalCost,
                            savings: savings, levers: levers, status: status, milestones: milestones,
                            disbursements: disbursements, objectives: objectives, sources: sources,
                            checkedOn: checkedOn, publishOn: publishOn, isDraft: isDraft, body: body, media: media,
                            identifier: identifier.flatMap { Slug.isValid($0) ? $0 : nil })
    }

    private static func decodeCarrier(_ reader: MappingReader) -> Carrier? {
        guard let porteur = reader.mapping("porteur", required: true, allowedKeys: carrierKeys) else { return nil }
        let name = porteur.string("nom", required: true)
        let type = porteur.choice("type", as: BeneficiaryType.self)
        let ministry = porteur.string("ministere")
        // A type written wrong has had its message; absent, it is « type non précisé ».
        guard let name, type != nil || porteur.value("type", required: false) == nil else { return nil }
        return Carrier(name: name, type: type, ministry: ministry)
    }

    private static func decodeMilestone(_ item: MappingReader, context: ValidationContext) -> Milestone? {
        let date = item.date("date", required: true)
        let label = item.string("libelle", required: true)
        let state = item.choice("etat", required: true, as: MilestoneState.self)
        guard let date, let label, let state else { return nil }
        let milestone = Milestone(date: date, label: label, state: state)
        PlausibilityRules.checkMilestone(milestone, item: item, context: context)
        return milestone
    }

    private static func decodeDisbursement(_ item: MappingReader, context: ValidationContext) -> Disbursement? {
        let date = item.date("date", required: true)
        let amount = item.euros("montant", required: true)
        guard let date, let amount, PlausibilityRules.isPaymentDatePossible(date, item: item, context: context) else { return nil }
        return Disbursement(date: date, amount: amount)
    }

    static func decodeSources(_ reader: MappingReader) -> [SourceLink] {
        reader.mappingList("sources", allowedKeys: sourceKeys).compactMap(decodeSource)
    }

    /// One `{titre, url}` source.
    static func decodeSource(_ item: MappingReader) -> SourceLink? {
        let title = item.string("titre", required: true)
        let url = item.url("url", required: true)
        guard let title, let url else { return nil }
        return SourceLink(title: title, url: url)
    }
}
