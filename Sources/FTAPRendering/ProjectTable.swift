import Foundation
import FTAPCore
import FTAPModel
import FTAPPlan

/// The open-data table of projects: its columns are defined once here and used by the CSV, its
/// Table Schema and the open-data page.
package enum ProjectTable {
    typealias FieldType = DataTable<ProjectSheet>.FieldType
    typealias Column = DataTable<ProjectSheet>.Column

    /// The table, its columns and its schema's words.
    static let table = DataTable<ProjectSheet>(columns: columns, title: "Projets lauréats du Fonds pour la transformation de l'action publique",
                                               rows: "Une ligne par projet publié sur", primaryKey: "identifiant")

    static let columns: [Column] = [
        Column(name: "identifiant", type: .string, description: "Identifiant stable du projet : il ne change pas quand sa fiche est renommée (clé identifiant, sinon le nom du premier fichier de la fiche)", required: true,
               pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", key: "identifiant") { p, _ in p.identifier },
        Column(name: "titre", type: .string, description: "Intitulé du projet", required: true, key: "titre") { p, _ in p.title },
        Column(name: "programme", type: .string, description: "Programme de financement (ftap pour le fonds lui-même)", required: true,
               enumValues: Programme.allCases.map(\.rawValue), key: "programme") { p, _ in p.programme.rawValue },
        Column(name: "annee_appel", type: .integer, description: "Année de l'appel à projets", required: true, minimum: 2017, key: "appel") { p, _ in String(p.callYear) },
        Column(name: "porteur", type: .string, description: "Entité qui porte le projet", required: true, key: "porteur.nom") { p, _ in p.carrier.name },
        Column(name: "type_porteur", type: .string, description: "Type de l'entité porteuse ; vide quand aucune source ne le donne (type non précisé)",
               enumValues: BeneficiaryType.allCases.map(\.rawValue), key: "porteur.type") { p, _ in p.carrier.type?.rawValue ?? "" },
        Column(name: "ministere", type: .string, description: "Ministère de rattachement, s'il est connu", key: "porteur.ministere") { p, _ in p.carrier.ministry ?? "" },
        Column(name: "montant_eur", type: .integer, description: "Montant accordé par le fonds, en euros ; vide quand aucune source ne le publie ; approché quand montant_approximation est rempli", minimum: 0, key: "montant") { p, _ in p.amount.map(String.init) ?? "" },
        Column(name: "montant_approximation", type: .string, description: "Vide quand le montant publié est exact ; au-moins quand la source écrit « plus de » (le montant est un minimum), environ quand elle écrit « près de »",
               enumValues: SheetAmountApproximation.allCases.map(\.rawValue), key: "montant_approximation") { p, _ in p.amountApproximation?.rawValue ?? "" },
        // Empty, not 0, for a sheet that lists no payment: its payments are not reported.
        Column(name: "verse_eur", type: .integer, description: "Montant versé à ce jour (somme des versements déclarés par la fiche), en euros ; vide quand la fiche ne déclare aucun versement (non renseigné, ce qui ne veut pas dire zéro)", minimum: 0) { p, _ in p.paid.map(String.init) ?? "" },
        Column(name: "dernier_versement", type: .date, description: "Date du dernier versement déclaré ; vide quand la fiche n'en déclare aucun") { p, _ in p.lastPayment?.iso ?? "" },
        Column(name: "cout_total_eur", type: .integer, description: "Coût total du projet, en euros, s'il est connu", minimum: 0, key: "cout_total") { p, _ in p.totalCost.map(String.init) ?? "" },
        Column(name: "economies_eur", type: .integer, description: "Économies annuelles attendues, en euros, si elles sont connues", minimum: 0, key: "economies") { p, _ in p.savings.map(String.init) ?? "" },
        Column(name: "leviers", type: .string, description: "Leviers de transformation, séparés par « ; »",
               pattern: listPattern(Lever.allCases.map(\.rawValue)), key: "leviers") { p, _ in p.levers.map(\.rawValue).joined(separator: ";") },
        Column(name: "statut", type: .string, description: "État d'avancement du projet", required: true,
               enumValues: ProjectStatus.allCases.map(\.rawValue), key: "statut") { p, _ in p.status.rawValue },
        Column(name: "mise_a_jour", type: .date, description: "Date à laquelle les sources de la fiche ont été relues (ce n'est pas la date des chiffres)", key: "mise_a_jour") { p, _ in p.checkedOn?.iso ?? "" },
        Column(name: "rectificatifs", type: .integer, description: "Nombre de rectificatifs publiés sur la fiche (corrections faites après sa publication, datées et expliquées sur la fiche)", required: true, minimum: 0) { p, _ in String(p.corrections.count) },
        Column(name: "dernier_rectificatif", type: .date, description: "Date du dernier rectificatif ; vide quand la fiche n'en a aucun") { p, _ in p.corrections.map(\.date).max()?.iso ?? "" },
        Column(name: "url", type: .string, description: "Adresse de la fiche du projet sur ce site", required: true, format: "uri") { p, base in base + SitePlan.project(p.slug) },
        // Web addresses hold no spaces (`WebAddress`), so one space separates them unambiguously.
        Column(name: "sources", type: .string, description: "Adresses des sources publiques des chiffres, séparées par une espace",
               pattern: #"^(https?://\S+( https?://\S+)*)?$"#, key: "sources.url") { p, _ in p.sources.map(\.url).joined(separator: " ") },
    ]

    /// A cell holding words of `values` separated by « ; », or nothing.
    static func listPattern(_ values: [String]) -> String {
        let word = "(" + values.joined(separator: "|") + ")"
        return "^(\(word)(;\(word))*)?$"
    }

    /// The frictionless Table Schema of the CSV written in `dialect`.
    static func tableSchema(baseURL: String, buildDate: ContentDate, dialect: CSVDialect) -> String {
        table.tableSchema(baseURL: baseURL, buildDate: buildDate, dialect: dialect)
    }
}
