import FTAPCore
import FTAPModel
import Suggestions

/// Rules that look at several files at once: references to project sheets and entity types.
enum CrossReferenceRules {
    /// - Parameter parsed: every file, valid or not (a reference to a sheet with errors of its own
    ///   is not reported again), with the places of their values.
    static func check(projects: [ProjectSheet], testimonials: [Testimonial], news: [NewsItem],
                      parsed: ParsedContent) -> [Diagnostic] {
        let knownProjectSlugs = Set(parsed.files.filter { $0.kind == .project }.map(\.slug))
        // What only a problem needs is made when the first problem is found.
        var placesByFile: [String: [String: SourcePosition]]?
        func place(_ file: String, _ key: String) -> SourcePosition? {
            let places = placesByFile ?? parsed.placesByFile
            placesByFile = places
            return places[file]?[key]
        }
        var slugOfTitle: [String: String]?
        func unknownProjectMessage(_ slug: String) -> String {
            let slugs = slugOfTitle ?? Dictionary(projects.map { (EntityName.identity(of: $0.title), $0.slug) }, uniquingKeysWith: { first, _ in first })
            slugOfTitle = slugs
            return Self.unknownProjectMessage(slug, known: knownProjectSlugs, slugOfTitle: slugs)
        }
        var diagnostics: [Diagnostic] = []
        let callYearOfProject = Dictionary(projects.map { ($0.slug, $0.callYear) }, uniquingKeysWith: { first, _ in first })
        for testimonial in testimonials {
            // A testimonial about a project is given after the project was chosen.
            if let slug = testimonial.projectSlug, let year = callYearOfProject[slug], testimonial.date.year < year {
                diagnostics.append(Diagnostic(
                    file: testimonial.file, position: place(testimonial.file, "date"), severity: .warning, code: DiagnosticCode.implausibleValue,
                    message: "ce témoignage est daté du \(testimonial.date.frenchText), avant l'appel \(year) où le projet « \(slug) » a été retenu : vérifiez la date du témoignage ou l'appel de la fiche"))
            }
            guard let slug = testimonial.projectSlug, !knownProjectSlugs.contains(slug) else { continue }
            diagnostics.append(Diagnostic(
                file: testimonial.file, position: place(testimonial.file, "projet"),
                code: DiagnosticCode.unknownProject, message: unknownProjectMessage(slug)))
        }
        for item in news {
            for (index, slug) in item.projectSlugs.enumerated() where !knownProjectSlugs.contains(slug) {
                diagnostics.append(Diagnostic(
                    file: item.file, position: place(item.file, "projets[\(index + 1)]"),
                    code: DiagnosticCode.unknownProject, message: unknownProjectMessage(slug)))
            }
        }
        diagnostics += entityTypeConflicts(projects, place: place)
        return diagnostics
    }

    /// The keys whose places these rules point at, the only places readers keep
    /// (`DiagnosticCollector.places`); a list's items are kept as `projets[1]`, `projets[2]`…
    static let placedKeys: Set<String> = ["projet", "projets", "porteur", "porteur.type", "date", "anciennes_adresses", "identifiant"]
    /// The last part of each of `placedKeys`, to pass over most keys without naming them in full.
    static let placedKeyEnds: Set<String> = ["projet", "projets", "porteur", "type", "date", "anciennes_adresses", "identifiant"]

    /// A sheet is named by its file name; an author often gives its title instead.
    private static func unknownProjectMessage(_ slug: String, known: Set<String>, slugOfTitle: [String: String]) -> String {
        if let fileName = slugOfTitle[EntityName.identity(of: slug)] {
            return "« \(slug) » est le titre d'une fiche : une fiche se désigne par son nom de fichier, "
                + "écrivez « \(fileName) » (le nom de « projets/\(fileName).md », sans « .md »)"
        }
        var message = "aucune fiche projet « projets/\(slug).md » n'existe"
        if let suggestion = KeySuggestion.closest(to: slug, among: known.sorted()) {
            message += " ; vouliez-vous dire « \(suggestion) » ?"
        }
        return message
    }

    /// One entity given two types: reported on every sheet that disagrees with the first one seen
    /// (in file order), naming the other file.
    private static func entityTypeConflicts(_ projects: [ProjectSheet], place: (String, String) -> SourcePosition?) -> [Diagnostic] {
        var first: [String: ProjectSheet] = [:]
        var diagnostics: [Diagnostic] = []
        for project in projects.sorted(by: { $0.file < $1.file }) {
            let identity = project.carrier.identity
            guard let reference = first[identity] else {
                first[identity] = project
                continue
            }
            guard reference.carrier.type != project.carrier.type else { continue }
            func said(_ type: BeneficiaryType?) -> String { type.map { "de type « \($0.rawValue) »" } ?? "sans type" }
            diagnostics.append(Diagnostic(
                file: project.file, position: place(project.file, "porteur.type") ?? place(project.file, "porteur"),
                code: DiagnosticCode.entityTypeConflict,
                message: "le porteur « \(project.carrier.name) » est \(said(project.carrier.type)) ici mais \(said(reference.carrier.type)) dans \(reference.file) : un même porteur a le même type partout (écrivez le même « type », ou aucun dans les deux fiches si aucune source ne le donne)"))
        }
        return diagnostics
    }
}
