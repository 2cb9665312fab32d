import Foundation

/// The open-data table of projects: its columns are defined once here and used by the CSV, its
/// Table Schema and the open-data page.
enum ProjectTable {
    struct Column: Sendable {
        var name: String
        var type: String
        var description: String
        var required = false
        var enumValues: [String]? = nil
        var minimum: Int? = nil
        var pattern: String? = nil
        var format: String? = nil
        var value: @Sendable (ProjectSheet, String) -> String
    }

    static let columns: [Column] = [
        Column(name: "identifiant", type: "string", description: "Identifiant stable du projet (nom de sa fiche)", required: true,
               pattern: "^[a-z0-9]+(-[a-z0-9]+)*$") { p, _ in p.slug },
        Column(name: "titre", type: "string", description: "Intitulé du projet", required: true) { p, _ in p.title },
        Column(name: "programme", type: "string", description: "Programme de financement (ftap pour le fonds lui-même)", required: true,
               enumValues: Programme.allCases.map(\.rawValue)) { p, _ in p.programme.rawValue },
        Column(name: "annee_appel", type: "integer", description: "Année de l'appel à projets", required: true, minimum: 2017) { p, _ in String(p.callYear) },
        Column(name: "porteur", type: "string", description: "Entité qui porte le projet", required: true) { p, _ in p.carrier.name },
        Column(name: "type_porteur", type: "string", description: "Type de l'entité porteuse", required: true,
               enumValues: BeneficiaryType.allCases.map(\.rawValue)) { p, _ in p.carrier.type.rawValue },
        Column(name: "ministere", type: "string", description: "Ministère de rattachement, s'il est connu") { p, _ in p.carrier.ministry ?? "" },
        Column(name: "montant_eur", type: "integer", description: "Montant accordé par le fonds, en euros ; vide quand aucune source ne le publie", minimum: 0) { p, _ in p.amount.map(String.init) ?? "" },
        Column(name: "verse_eur", type: "integer", description: "Montant versé à ce jour (somme des versements), en euros", required: true, minimum: 0) { p, _ in String(p.paid) },
        Column(name: "dernier_versement", type: "date", description: "Date du dernier versement, s'il y en a eu") { p, _ in p.lastPayment?.iso ?? "" },
        Column(name: "cout_total_eur", type: "integer", description: "Coût total du projet, en euros, s'il est connu", minimum: 0) { p, _ in p.totalCost.map(String.init) ?? "" },
        Column(name: "economies_eur", type: "integer", description: "Économies annuelles attendues, en euros, si elles sont connues", minimum: 0) { p, _ in p.savings.map(String.init) ?? "" },
        Column(name: "leviers", type: "string", description: "Leviers de transformation, séparés par « ; »",
               pattern: "^((donnees-ia|systemes-information|dematerialisation|nouveaux-outils)(;(donnees-ia|systemes-information|dematerialisation|nouveaux-outils))*)?$") { p, _ in p.levers.map(\.rawValue).joined(separator: ";") },
        Column(name: "statut", type: "string", description: "État d'avancement du projet", required: true,
               enumValues: ProjectStatus.allCases.map(\.rawValue)) { p, _ in p.status.rawValue },
        Column(name: "mise_a_jour", type: "date", description: "Date de dernière vérification des chiffres de la fiche") { p, _ in p.checkedOn?.iso ?? "" },
        Column(name: "url", type: "string", description: "Adresse de la fiche du projet sur ce site", required: true, format: "uri") { p, base in base + SitePlan.project(p.slug) },
    ]

    /// RFC 4180: comma separated, CRLF line ends, quotes only where needed, quotes doubled.
    static func csv(_ projects: [ProjectSheet], baseURL: String) -> String {
        var lines = [columns.map(\.name).map(field).joined(separator: ",")]
        for project in projects.sorted(by: { $0.slug < $1.slug }) {
            lines.append(columns.map { field($0.value(project, baseURL)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field (RFC 4180). A text starting with « = + - @ », a tab or a carriage return is
    /// run as a formula by spreadsheets (CSV injection): it gets a leading « ' », as OWASP advises.
    private static func field(_ raw: String) -> String {
        let text = raw.first.map { "=+-@\t\r".contains($0) } == true ? "'" + raw : raw
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The frictionless Table Schema of the CSV.
    static func tableSchema(baseURL: String, buildDate: ContentDate) -> String {
        let fields = columns.map { column -> String in
            var constraints: [String] = []
            if column.required { constraints.append("\"required\": true") }
            if let minimum = column.minimum { constraints.append("\"minimum\": \(minimum)") }
            if let values = column.enumValues { constraints.append("\"enum\": [\(values.map(JSONText.quote).joined(separator: ", "))]") }
            if let pattern = column.pattern { constraints.append("\"pattern\": \(JSONText.quote(pattern))") }
            var parts = ["\"name\": \(JSONText.quote(column.name))", "\"type\": \(JSONText.quote(column.type))",
                         "\"description\": \(JSONText.quote(column.description))"]
            if let format = column.format { parts.append("\"format\": \(JSONText.quote(format))") }
            if !constraints.isEmpty { parts.append("\"constraints\": {\(constraints.joined(separator: ", "))}") }
            return "    {" + parts.joined(separator: ", ") + "}"
        }
        return """
        {
          "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
          "name": "ftap-projets",
          "title": "Projets lauréats du Fonds pour la transformation de l'action publique",
          "description": "Une ligne par projet publié sur \(baseURL)/",
          "countryCode": "FR",
          "homepage": "\(baseURL)/donnees/",
          "path": "\(baseURL)/donnees/schema.json",
          "licenses": [{"name": "etalab-2.0", "title": "Licence Ouverte / Open Licence version 2.0", "path": "https://spdx.org/licenses/etalab-2.0.html"}],
          "lastModified": "\(buildDate.iso)",
          "missingValues": [""],
          "primaryKey": ["identifiant"],
          "fields": [
        \(fields.joined(separator: ",\n"))
          ]
        }

        """
    }
}
