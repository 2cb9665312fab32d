/// Rules that look at several files at once: references to project sheets and entity types.
enum CrossReferenceRules {
    static func check(projects: [ProjectSheet], testimonials: [Testimonial], news: [NewsItem],
                      knownProjectSlugs: Set<String>, source: ContentSource) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lines = KeyLineFinder(source: source)
        for testimonial in testimonials {
            guard let slug = testimonial.projectSlug, !knownProjectSlugs.contains(slug) else { continue }
            diagnostics.append(Diagnostic(
                file: testimonial.file, position: lines.position(ofKey: "projet", in: testimonial.file),
                code: DiagnosticCode.unknownProject, message: unknownProjectMessage(slug, known: knownProjectSlugs)))
        }
        for item in news {
            for slug in item.projectSlugs where !knownProjectSlugs.contains(slug) {
                diagnostics.append(Diagnostic(
                    file: item.file, position: lines.position(ofListItem: slug, under: "projets", in: item.file),
                    code: DiagnosticCode.unknownProject, message: unknownProjectMessage(slug, known: knownProjectSlugs)))
            }
        }
        diagnostics += entityTypeConflicts(projects, lines: lines)
        return diagnostics
    }

    private static func unknownProjectMessage(_ slug: String, known: Set<String>) -> String {
        var message = "aucune fiche projet « projets/\(slug).md » n'existe"
        if let suggestion = KeySuggestion.closest(to: slug, among: known.sorted()) {
            message += " ; vouliez-vous dire « \(suggestion) » ?"
        }
        return message
    }

    /// One entity given two types: reported on every sheet that disagrees with the first one seen
    /// (in file order), naming the other file.
    private static func entityTypeConflicts(_ projects: [ProjectSheet], lines: KeyLineFinder) -> [Diagnostic] {
        var first: [String: ProjectSheet] = [:]
        var diagnostics: [Diagnostic] = []
        for project in projects.sorted(by: { $0.file < $1.file }) {
            let identity = project.carrier.identity
            guard let reference = first[identity] else {
                first[identity] = project
                continue
            }
            guard reference.carrier.type != project.carrier.type else { continue }
            diagnostics.append(Diagnostic(
                file: project.file, position: lines.position(ofKey: "type", in: project.file),
                code: DiagnosticCode.entityTypeConflict,
                message: "le porteur « \(project.carrier.name) » est de type « \(project.carrier.type.rawValue) » ici mais « \(reference.carrier.type.rawValue) » dans \(reference.file) : un même porteur doit avoir le même type partout"))
        }
        return diagnostics
    }
}
