import Foundation
import FTAPCore
import FTAPModel

/// The figures of a site's open data (`projets.json`, `agregats.json`), as subjects whose values
/// read as the site writes them: each project's amount, call, carrier, status and payments; the
/// totals of the sheets, by call year, beneficiary type and ministry; each envelope; each
/// published figure.
enum OpenDataFigures {
    static func subjects(projects: [String: Any], aggregates: [String: Any]) -> [FigureSubject] {
        var subjects: [FigureSubject] = []
        if let total = aggregates["total"] as? [String: Any] {
            subjects.append(counts("1-total", "Total des fiches détaillées", total))
        }
        for row in aggregates["par_annee"] as? [[String: Any]] ?? [] {
            guard let year = row["annee"] as? Int else { continue }
            subjects.append(counts("2-annee/\(year)", "Appel \(year) (fiches détaillées)", row))
        }
        for row in aggregates["par_type"] as? [[String: Any]] ?? [] {
            let type = (row["type"] as? String).flatMap(BeneficiaryType.init(rawValue:))
            subjects.append(counts("3-type/\(type?.rawValue ?? "non-precise")", "Type de porteur « \(type.groupLabel) »", row))
        }
        for row in aggregates["par_ministere"] as? [[String: Any]] ?? [] {
            let ministry = row["ministere"] as? String ?? "Ministère non précisé"
            subjects.append(counts("4-ministere/\(ministry)", "« \(ministry) »", row))
        }
        for envelope in aggregates["enveloppes"] as? [[String: Any]] ?? [] {
            guard let name = envelope["nom"] as? String else { continue }
            var fields: [(String, String)] = []
            if let amount = envelope["montant_en_vigueur"] as? Int { fields.append(("montant en vigueur", FrenchFormat.compactEuros(amount))) }
            subjects.append(FigureSubject(key: "5-enveloppe/\(name)", title: "Enveloppe « \(envelope["titre"] as? String ?? name) »", fields: fields))
        }
        for figure in aggregates["chiffres_officiels"] as? [[String: Any]] ?? [] {
            guard let title = figure["titre"] as? String else { continue }
            var fields: [(String, String)] = []
            if let count = figure["projets"] as? Int { fields.append(("projets", FrenchFormat.integer(count))) }
            if let amount = figure["montant"] as? Int {
                let words = (figure["approximation"] as? String).map { $0.replacingOccurrences(of: "-", with: " ") + " " } ?? ""
                fields.append(("montant", words + FrenchFormat.compactEuros(amount)))
            }
            if let date = figure["date"] as? String { fields.append(("date", date)) }
            subjects.append(FigureSubject(key: "6-chiffre/\(title)", title: "Chiffre publié « \(title) »", fields: fields))
        }
        for project in projects["projets"] as? [[String: Any]] ?? [] {
            guard let slug = project["identifiant"] as? String else { continue }
            subjects.append(projectSubject(slug, project))
        }
        return subjects
    }

    /// A project: amount granted (as published), call year, carrier, status, paid so far.
    private static func projectSubject(_ slug: String, _ project: [String: Any]) -> FigureSubject {
        let title = project["titre"] as? String ?? slug
        let amount: String
        if let euros = project["montant_eur"] as? Int {
            let words = switch project["montant_approximation"] as? String {
            case "au-moins"?: "plus de "
            case "environ"?: "près de "
            default: ""
            }
            amount = words + FrenchFormat.compactEuros(euros)
        } else {
            amount = "non publié"
        }
        var fields: [(String, String)] = [("montant accordé", amount)]
        if let year = project["annee_appel"] as? Int { fields.append(("appel", String(year))) }
        if let carrier = (project["porteur"] as? [String: Any])?["nom"] as? String { fields.append(("porteur", carrier)) }
        if let status = project["statut"] as? String { fields.append(("statut", ProjectStatus(rawValue: status)?.label ?? status)) }
        fields.append(("versé", (project["verse_eur"] as? Int).map(FrenchFormat.compactEuros) ?? "non publié"))
        return FigureSubject(key: "7-projet/\(slug)", title: "Projet « \(title) »", fields: fields)
    }

    /// The counts of a group of sheets: projects, amount granted (« au moins », « environ » when
    /// it counts such amounts), entities.
    private static func counts(_ key: String, _ title: String, _ row: [String: Any]) -> FigureSubject {
        var fields: [(String, String)] = []
        if let count = row["projets"] as? Int { fields.append(("projets", FrenchFormat.integer(count))) }
        if let amount = row["montant"] as? Int {
            let words = row["montant_au_moins"] as? Bool == true ? "au moins " : row["montant_environ"] as? Bool == true ? "environ " : ""
            fields.append(("montant accordé", words + FrenchFormat.compactEuros(amount)))
        }
        if let entities = row["entites"] as? Int { fields.append(("entités", FrenchFormat.integer(entities))) }
        if let without = row["projets_sans_montant"] as? Int { fields.append(("projets sans montant publié", FrenchFormat.integer(without))) }
        return FigureSubject(key: key, title: title, fields: fields)
    }
}
