/// A value the content writes as one of a closed list of French kebab-case words.
package protocol ContentEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// How the value reads on the site, in French.
    var label: String { get }
    /// Words authors write for a value (`prefecture` for `service-deconcentre`), folded as file
    /// names are (`Slug.suggestion`): suggested, never accepted.
    static var synonyms: [String: Self] { get }
}

extension ContentEnum {
    package static var synonyms: [String: Self] { [:] }
}

/// The call programme a project belongs to; the fund's own figures count `ftap` only.
package enum Programme: String, ContentEnum {
    case ftap
    case franceExperimentation = "france-experimentation"
    case fitn
    case participationCitoyenne = "participation-citoyenne"
    case defisCarteBlanche = "defis-carte-blanche"

    package var label: String {
        switch self {
        case .ftap: "Fonds pour la transformation de l'action publique"
        case .franceExperimentation: "France Expérimentation"
        case .fitn: "Fonds pour l'innovation et la transformation numérique (FITN)"
        case .participationCitoyenne: "Participation citoyenne"
        case .defisCarteBlanche: "Défis Carte Blanche"
        }
    }
}

/// The kind of entity carrying a project, in the order the fund reports them.
package enum BeneficiaryType: String, ContentEnum {
    case administrationCentrale = "administration-centrale"
    case serviceDeconcentre = "service-deconcentre"
    case operateur
    case universite
    case collectivite
    case autre

    package static let synonyms: [String: BeneficiaryType] = [
        "prefecture": .serviceDeconcentre, "sous-prefecture": .serviceDeconcentre, "ddt": .serviceDeconcentre, "ddtm": .serviceDeconcentre,
        "ddets": .serviceDeconcentre, "ddpp": .serviceDeconcentre, "dreal": .serviceDeconcentre, "dreets": .serviceDeconcentre,
        "rectorat": .serviceDeconcentre, "ars": .serviceDeconcentre, "service-deconcentre-de-l-etat": .serviceDeconcentre,
        "services-deconcentres": .serviceDeconcentre, "deconcentre": .serviceDeconcentre,
        "ministere": .administrationCentrale, "direction-generale": .administrationCentrale, "direction": .administrationCentrale,
        "administration": .administrationCentrale, "secretariat-general": .administrationCentrale, "dinum": .administrationCentrale,
        "etablissement-public": .operateur, "epa": .operateur, "epic": .operateur, "agence": .operateur,
        "commune": .collectivite, "mairie": .collectivite, "departement": .collectivite, "region": .collectivite,
        "collectivite-territoriale": .collectivite, "intercommunalite": .collectivite, "universites": .universite,
    ]

    package var label: String {
        switch self {
        case .administrationCentrale: "Administration centrale"
        case .serviceDeconcentre: "Préfecture ou direction départementale"
        case .operateur: "Opérateur de l'État"
        case .universite: "Université"
        case .collectivite: "Collectivité"
        case .autre: "Autre"
        }
    }

    /// Plural phrase used in the fund's sentence form, e.g. « 21 opérateurs de l'État »: words that
    /// fit every entity counted (a ministry and a directorate are both central administrations).
    var pluralLabel: String {
        switch self {
        case .administrationCentrale: "administrations centrales"
        case .serviceDeconcentre: "préfectures ou directions départementales"
        case .operateur: "opérateurs de l'État"
        case .universite: "universités"
        case .collectivite: "collectivités"
        case .autre: "autres porteurs"
        }
    }

    /// Singular phrase for a count of one, e.g. « 1 université ».
    var singularLabel: String {
        switch self {
        case .administrationCentrale: "administration centrale"
        case .serviceDeconcentre: "préfecture ou direction départementale"
        case .operateur: "opérateur de l'État"
        case .universite: "université"
        case .collectivite: "collectivité"
        case .autre: "autre porteur"
        }
    }
}

/// The group of carriers a sheet falls in by type: its `porteur.type`, or « type non précisé »
/// (nil) when no source gives it, which is never shown as « Autre ».
extension Optional where Wrapped == BeneficiaryType {
    /// Every group in the fund's order, « type non précisé » last.
    package static var allGroups: [BeneficiaryType?] { BeneficiaryType.allCases.map { $0 } + [nil] }

    /// « Opérateur de l'État », « Type de porteur non précisé ».
    package var groupLabel: String { self?.label ?? "Type de porteur non précisé" }

    /// The group's name in addresses and filters: its value, or `type-non-precise`.
    package var groupSlug: String { self?.rawValue ?? "type-non-precise" }

    /// « 3 porteurs de type non précisé ».
    package var groupPluralLabel: String { self?.pluralLabel ?? "porteurs de type non précisé" }
    package var groupSingularLabel: String { self?.singularLabel ?? "porteur de type non précisé" }

    /// The group's place in the fund's order.
    var groupOrder: Int { self.flatMap { BeneficiaryType.allCases.firstIndex(of: $0) } ?? BeneficiaryType.allCases.count }
}

/// The transformation lever a project pulls.
package enum Lever: String, ContentEnum {
    case donneesIA = "donnees-ia"
    case systemesInformation = "systemes-information"
    case dematerialisation
    case nouveauxOutils = "nouveaux-outils"

    package var label: String {
        switch self {
        case .donneesIA: "Données et intelligence artificielle"
        case .systemesInformation: "Systèmes d'information"
        case .dematerialisation: "Dématérialisation"
        case .nouveauxOutils: "Nouveaux outils"
        }
    }
}

/// Where a project stands.
package enum ProjectStatus: String, ContentEnum {
    case laureat
    case enCours = "en-cours"
    case termine
    case abandonne

    package var label: String {
        switch self {
        case .laureat: "Lauréat"
        case .enCours: "En cours"
        case .termine: "Terminé"
        case .abandonne: "Abandonné"
        }
    }
}

/// The state of one milestone of a reciprocal commitment.
package enum MilestoneState: String, ContentEnum {
    case prevu
    case atteint
    case enRetard = "en-retard"

    package var label: String {
        switch self {
        case .prevu: "Prévu"
        case .atteint: "Atteint"
        case .enRetard: "En retard"
        }
    }
}
