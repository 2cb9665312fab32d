import FTAPAggregation
import FTAPCore
import FTAPModel

/// The only sentences the site writes about what the fund granted, spent or saved. Each names the
/// figure's publisher and date (« Selon la Cour des comptes (13 novembre 2025) »), its perimeter,
/// and says the amount as it was published; the sheets' sum is only ever said to be what the
/// sheets detail, with its share of a figure of laureates (its coverage).
enum OfficialStatement {
    /// « appels 2018 à 2022 », « appel 2018, 2e session », « appel 2021 ».
    static func perimeter(_ figure: OfficialFigure) -> String {
        if figure.isCumulative { return "appels \(figure.years.label)" }
        guard let session = figure.session else { return "appel \(figure.years.first)" }
        return "appel \(figure.years.first), \(session == 1 ? "1re" : "\(session)e") session"
    }

    /// « Selon l'État (DITP, 10 février 2023) », « Selon la presse (Les Échos, 20 juin 2018) ».
    static func attribution(_ figure: OfficialFigure) -> String {
        "\(figure.publisher.according) (\(source(figure)))"
    }

    /// « DITP, 10 février 2023 », « Cour des comptes, 13 novembre 2025 » or « 2020 »: who and when.
    static func source(_ figure: OfficialFigure) -> String {
        (figure.publisherName.map { "\($0), " } ?? "") + FrenchFormat.date(figure.date)
    }

    /// The amount as it was published, the same in sentences and tables: « près de 69 M€ »,
    /// « environ 800 M€ » (the publisher's word for the approximation, from `montant_publie`),
    /// « 764 M€ ».
    static func amount(_ figure: OfficialFigure) -> String? {
        figure.amount.map { AmountWords.published($0, figure.approximation, words: figure.approximationWords) }
    }

    /// The figure in one sentence, with the words of its nature: « Selon l'État (DITP, 10 février
    /// 2023), le fonds a retenu 126 projets pour 764 M€ (appels 2018 à 2022). », « Selon la Cour des
    /// comptes (13 novembre 2025), la consommation des crédits du fonds devrait atteindre environ
    /// 800 M€ (appels 2018 à 2025). »
    static func announced(_ figure: OfficialFigure) -> String {
        let intro = attribution(figure), scope = "(\(perimeter(figure)))"
        let amount = amount(figure)
        switch figure.nature {
        case .laureats:
            let projects = figure.projects.map { FrenchFormat.count($0, "projet", "projets") }
            switch (projects, amount) {
            case let (projects?, amount?): return "\(intro), le fonds a retenu \(projects) pour \(amount) \(scope)."
            case let (nil, amount?): return "\(intro), le fonds a attribué \(amount) aux projets retenus \(scope)."
            case let (projects?, nil): return "\(intro), le fonds a retenu \(projects) \(scope)."
            case (nil, nil): return "\(intro) \(scope)."
            }
        case .consommation:
            guard let amount else { return "\(intro) \(scope)." }
            return figure.isForecast
                ? "\(intro), la consommation des crédits du fonds devrait atteindre \(amount) \(scope)."
                : "\(intro), les crédits consommés par le fonds s'élèvent à \(amount) \(scope)."
        case .economies:
            guard let amount else { return "\(intro) \(scope)." }
            return figure.isForecast
                ? "\(intro), les économies attendues des projets du fonds sont estimées à \(amount) \(scope)."
                : "\(intro), les économies réalisées grâce aux projets du fonds sont estimées à \(amount) \(scope)."
        }
    }

    /// True when the sheets detail exactly what was announced: as many projects, the same amount
    /// (an approximate one cannot be matched), and every sheet with its exact amount.
    static func isComplete(_ sheets: Aggregates.Figures, projects: Int?, amount: Int?, precision: AmountPrecision) -> Bool {
        guard projects != nil || (amount != nil && precision.isExact) else { return false }
        if let projects, sheets.projects != projects { return false }
        if sheets.projectsWithoutAmount > 0 || !sheets.amountPrecision.isExact { return false }
        if let amount, precision.isExact, sheets.amount != amount { return false }
        return true
    }

    /// « Détaillés sur ce site : 10 projets sur 126, pour 138,69 M€, soit 18,2 % des 764 M€
    /// annoncés. », with « au moins » or « environ » where a sheet's or the figure's amount is
    /// approximate; or, when the sheets cover the figure entirely, « Tous ces projets sont
    /// détaillés sur ce site. »
    static func coverage(_ sheets: Aggregates.Figures, projects: Int?, amount: Int?, precision: AmountPrecision = .exact) -> String {
        if isComplete(sheets, projects: projects, amount: amount, precision: precision) { return "Tous ces projets sont détaillés sur ce site." }
        guard sheets.projects > 0 else { return "Aucun de ces projets n'est encore détaillé sur ce site." }
        var text = "Détaillés sur ce site : \(FrenchFormat.integer(sheets.projects))"
            + (projects.map { " \(sheets.projects >= 2 ? "projets" : "projet") sur \(FrenchFormat.integer($0))" }
               ?? " \(sheets.projects >= 2 ? "projets" : "projet")")
        // No sheet with its amount: their sum is unknown, not « 0 € », and no share can be said.
        if sheets.projectsWithoutAmount == sheets.projects {
            return text + (sheets.projects >= 2 ? ", dont les montants ne sont pas publiés." : ", dont le montant n'est pas publié.")
        }
        text += ", pour \(AmountWords.sum(sheets.amount, sheets.amountPrecision))"
        if let amount, let share = AmountWords.share(sheets.amount, sheets.amountPrecision, of: amount, precision) {
            text += precision.isExact ? ", soit \(share) des \(FrenchFormat.compactEuros(amount)) annoncés"
                : ", soit \(share) du montant annoncé (\(AmountWords.sum(amount, precision)))"
        }
        if sheets.projectsWithoutAmount > 0 {
            text += " (dont \(FrenchFormat.count(sheets.projectsWithoutAmount, "projet", "projets")) sans montant publié)"
        }
        return text + "."
    }

    /// The figure the home page and the key-figures page lead with: the latest figure of
    /// laureates of the fund published by the State, the Cour des comptes or Parliament, a
    /// cumulative statement rather than one call's; never a press figure.
    static func headline(_ figures: [OfficialFigure]) -> OfficialFigure? {
        let eligible = figures.filter { $0.programme == .ftap && $0.countsLaureates && $0.publisher.isPublicAuthority }
        return eligible.first { $0.isCumulative } ?? eligible.first
    }

    /// The latest figure of `nature` (spending or savings) of the fund by a public authority, for
    /// the lines under the headline.
    static func latest(_ nature: FigureNature, in figures: [OfficialFigure]) -> OfficialFigure? {
        figures.first { $0.programme == .ftap && $0.nature == nature && $0.publisher.isPublicAuthority }
    }
}
