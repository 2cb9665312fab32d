/// The only sentences the site writes about what the fund granted. Each uses a figure the State
/// published, with its perimeter and date; the sheets' sum is only ever said to be what the
/// sheets detail, with its share of the official figure (its coverage).
enum OfficialStatement {
    /// « appels 2018 à 2022 », « appel 2018, 2e session », « appel 2021 ».
    static func perimeter(_ figure: OfficialFigure) -> String {
        if figure.isCumulative { return "appels \(figure.years.label)" }
        guard let session = figure.session else { return "appel \(figure.years.first)" }
        return "appel \(figure.years.first), \(session == 1 ? "1re" : "\(session)e") session"
    }

    /// « Selon l'État, le fonds a accordé 764 M€ à 126 projets (appels 2018 à 2022 ; chiffre publié le 10 février 2023). »
    static func announced(_ figure: OfficialFigure) -> String {
        let when = "\(perimeter(figure)) ; chiffre publié le \(FrenchFormat.date(figure.date))"
        switch (figure.amount, figure.projects) {
        case let (amount?, projects?):
            return "Selon l'État, le fonds a accordé \(FrenchFormat.compactEuros(amount)) à \(FrenchFormat.count(projects, "projet", "projets")) (\(when))."
        case let (amount?, nil):
            return "Selon l'État, le fonds a accordé \(FrenchFormat.compactEuros(amount)) (\(when))."
        case let (nil, projects?):
            return "Selon l'État, \(FrenchFormat.count(projects, "projet a été retenu", "projets ont été retenus")) (\(when))."
        case (nil, nil):
            return "Chiffre publié par l'État le \(FrenchFormat.date(figure.date)) (\(perimeter(figure)))."
        }
    }

    /// True when the sheets detail exactly what was announced: as many projects, the same amount,
    /// and every sheet with its amount.
    static func isComplete(_ sheets: Aggregates.Figures, projects: Int?, amount: Int?) -> Bool {
        guard projects != nil || amount != nil else { return false }
        if let projects, sheets.projects != projects { return false }
        if let amount, sheets.amount != amount || sheets.projectsWithoutAmount > 0 { return false }
        return true
    }

    /// « Détaillés sur ce site : 10 projets sur 126, pour 138,69 M€, soit 18,2 % du montant annoncé. »
    /// or, when the sheets cover the figure entirely, « Tous ces projets sont détaillés sur ce site. »
    static func coverage(_ sheets: Aggregates.Figures, projects: Int?, amount: Int?) -> String {
        if isComplete(sheets, projects: projects, amount: amount) { return "Tous ces projets sont détaillés sur ce site." }
        guard sheets.projects > 0 else { return "Aucun de ces projets n'est encore détaillé sur ce site." }
        var text = "Détaillés sur ce site : \(FrenchFormat.integer(sheets.projects))"
            + (projects.map { " \(sheets.projects >= 2 ? "projets" : "projet") sur \(FrenchFormat.integer($0))" }
               ?? " \(sheets.projects >= 2 ? "projets" : "projet")")
        // No sheet with its amount: their sum is unknown, not « 0 € », and no share can be said.
        if sheets.projectsWithoutAmount == sheets.projects {
            return text + (sheets.projects >= 2 ? ", dont les montants ne sont pas publiés." : ", dont le montant n'est pas publié.")
        }
        text += ", pour \(FrenchFormat.compactEuros(sheets.amount))"
        if let amount, amount > 0 {
            text += ", soit \(FrenchFormat.percent(sheets.amount, of: amount)) des \(FrenchFormat.compactEuros(amount)) annoncés"
        }
        if sheets.projectsWithoutAmount > 0 {
            text += " (dont \(FrenchFormat.count(sheets.projectsWithoutAmount, "projet", "projets")) sans montant publié)"
        }
        return text + "."
    }

    /// The figure the home page and the key-figures page lead with: the latest cumulative
    /// statement of the fund, or else its latest figure.
    static func headline(_ figures: [OfficialFigure]) -> OfficialFigure? {
        let fund = figures.filter { $0.programme == .ftap }
        return fund.first { $0.isCumulative } ?? fund.first
    }
}
