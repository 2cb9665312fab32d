/// Who published an official figure (`emetteur`): the words that attribute it come from here,
/// so no page says « Selon l'État » of a figure the State did not publish.
package enum Publisher: String, ContentEnum {
    case etat
    case courDesComptes = "cour-des-comptes"
    case parlement
    case presse

    package var label: String {
        switch self {
        case .etat: "L'État"
        case .courDesComptes: "La Cour des comptes"
        case .parlement: "Le Parlement"
        case .presse: "La presse"
        }
    }

    /// « Selon l'État », « Selon la Cour des comptes »…
    package var according: String {
        switch self {
        case .etat: "Selon l'État"
        case .courDesComptes: "Selon la Cour des comptes"
        case .parlement: "Selon le Parlement"
        case .presse: "Selon la presse"
        }
    }

    /// « publié par l'État », « publié par la presse »…
    var publishedBy: String {
        switch self {
        case .etat: "publié par l'État"
        case .courDesComptes: "publié par la Cour des comptes"
        case .parlement: "publié par le Parlement"
        case .presse: "publié par la presse"
        }
    }

    /// The State, its auditors and Parliament speak for the public account; the press repeats or
    /// reports, so its figures are shown as such and never lead a page.
    package var isPublicAuthority: Bool { self != .presse }
}

/// What an official figure counts (`nature`): each has its own words and its own place, so savings
/// or spending are never added to what was granted.
package enum FigureNature: String, ContentEnum {
    case laureats
    case consommation
    case economies

    package var label: String {
        switch self {
        case .laureats: "Lauréats retenus"
        case .consommation: "Crédits consommés"
        case .economies: "Économies"
        }
    }
}

/// How a published amount is approximate (`approximation`, `montant_approximation`): « près de
/// 69 M€ » is `environ`, « plus de 30 M€ » is `au-moins`, « moins de 5 M€ » is `au-plus`.
package enum AmountApproximation: String, ContentEnum {
    case environ
    case auMoins = "au-moins"
    case auPlus = "au-plus"

    /// The words before the amount: « près de », « plus de », « moins de ».
    package var label: String {
        switch self {
        case .environ: "près de"
        case .auMoins: "plus de"
        case .auPlus: "moins de"
        }
    }
}

/// The approximations a sheet's amount may have (`montant_approximation`): a sheet's amount is
/// added into sums, which can say « au moins » or « environ », but no sum could be said of an
/// amount known only from above.
package enum SheetAmountApproximation: String, ContentEnum {
    case environ
    case auMoins = "au-moins"

    package var label: String { approximation.label }

    package var approximation: AmountApproximation {
        switch self {
        case .environ: .environ
        case .auMoins: .auMoins
        }
    }
}
