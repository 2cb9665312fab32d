import FTAPCore

/// A `SiteDifference` written for its reader: French Markdown for a merge request (the figures
/// first: a public account is judged on them), a short form for a terminal, or JSON for a program.
package enum DiffReport {
    /// The forms of the report.
    package enum Format: String, Sendable, CaseIterable {
        case markdown, court, json
    }

    package static func text(_ difference: SiteDifference, format: Format) -> String {
        switch format {
        case .markdown: markdown(difference)
        case .court: short(difference)
        case .json: json(difference)
        }
    }

    static let nothing = "Aucune différence : les deux sites publient les mêmes pages, les mêmes chiffres et les mêmes données."

    static func markdown(_ d: SiteDifference) -> String {
        guard !d.isEmpty else { return nothing + "\n" }
        var lines = ["## Ce que change cette modification", ""]
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines += ["### \(title) (\(items.count))", ""] + items.map { "- " + $0 } + [""]
        }
        section("Chiffres modifiés", d.figuresChanged.map(change))
        section("Fiches et chiffres ajoutés", d.subjectsAdded.map(summary))
        section("Fiches et chiffres retirés", d.subjectsRemoved.map(summary))
        section("Pages ajoutées", d.pagesAdded.map(page))
        section("Pages retirées", d.pagesRemoved.map(page))
        section("Pages modifiées", d.pagesChanged.map(page))
        section("Données ouvertes", d.dataFiles.map { "`\($0.address)` : \($0.kind.rawValue)" })
        return lines.joined(separator: "\n")
    }

    static func short(_ d: SiteDifference) -> String {
        guard !d.isEmpty else { return nothing + "\n" }
        var lines = ["Chiffres : \(d.figuresChanged.count) modifié(s), \(d.subjectsAdded.count) ajouté(s), \(d.subjectsRemoved.count) retiré(s) ; "
            + "pages : \(d.pagesAdded.count) ajoutée(s), \(d.pagesRemoved.count) retirée(s), \(d.pagesChanged.count) modifiée(s) ; "
            + "données ouvertes : \(d.dataFiles.count) fichier(s)"]
        lines += d.figuresChanged.map { "~ " + plain(change($0)) }
        lines += d.subjectsAdded.map { "+ " + plain($0.title) }
        lines += d.subjectsRemoved.map { "- " + plain($0.title) }
        lines += d.pagesAdded.map { "+ page \($0.address)" } + d.pagesRemoved.map { "- page \($0.address)" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ d: SiteDifference) -> String {
        func pages(_ list: [SiteDifference.PageChange]) -> String {
            "[" + list.map { "{\"adresse\": \(JSONText.quote($0.address)), \"titre\": \(JSONText.quote($0.title)), \"titre_precedent\": \($0.formerTitle.map(JSONText.quote) ?? "null")}" }
                .joined(separator: ", ") + "]"
        }
        func subjects(_ list: [FigureSubject]) -> String {
            "[" + list.map { subject in
                "{\"sujet\": \(JSONText.quote(subject.title)), \"chiffres\": {" + subject.fields.map { "\(JSONText.quote($0.name)): \(JSONText.quote($0.value))" }.joined(separator: ", ") + "}}"
            }.joined(separator: ", ") + "]"
        }
        let figures = "[" + d.figuresChanged.map {
            "{\"sujet\": \(JSONText.quote($0.subject)), \"chiffre\": \(JSONText.quote($0.name)), \"avant\": \(JSONText.quote($0.before)), \"apres\": \(JSONText.quote($0.after))}"
        }.joined(separator: ", ") + "]"
        let files = "[" + d.dataFiles.map { "{\"adresse\": \(JSONText.quote($0.address)), \"changement\": \(JSONText.quote($0.kind.rawValue))}" }.joined(separator: ", ") + "]"
        return """
        {"identique": \(d.isEmpty), "chiffres_modifies": \(figures), "ajoutes": \(subjects(d.subjectsAdded)), "retires": \(subjects(d.subjectsRemoved)), \
        "pages_ajoutees": \(pages(d.pagesAdded)), "pages_retirees": \(pages(d.pagesRemoved)), "pages_modifiees": \(pages(d.pagesChanged)), "donnees": \(files)}

        """
    }

    /// « Projet « Cloud d'État » — montant accordé : 24,3 M€ → 25 M€ ».
    private static func change(_ c: SiteDifference.FigureChange) -> String {
        "\(escaped(c.subject)) — \(c.name) : \(escaped(c.before)) → \(escaped(c.after))"
    }

    /// « Projet « X » : montant accordé 5 M€, appel 2019 ».
    private static func summary(_ subject: FigureSubject) -> String {
        escaped(subject.title) + (subject.fields.isEmpty ? "" : " : " + subject.fields.map { "\($0.name) \(escaped($0.value))" }.joined(separator: ", "))
    }

    private static func page(_ p: SiteDifference.PageChange) -> String {
        "« \(escaped(p.title)) » (`\(p.address)`)" + (p.formerTitle.map { ", titre précédent : « \(escaped($0)) »" } ?? "")
    }

    /// Markdown's own characters written as text.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The Markdown line back to text, for a terminal.
    private static func plain(_ text: String) -> String {
        var result = "", escaping = false
        for character in text {
            if character == "\\", !escaping { escaping = true; continue }
            escaping = false
            result.append(character)
        }
        return result
    }
}
