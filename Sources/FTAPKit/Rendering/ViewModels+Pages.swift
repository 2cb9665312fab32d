/// Home, free pages, open data, site map, search and 404.
extension ViewModels {
    func homePage() -> PageSpec {
        var context = merged(layout(title: site.settings.title, description: site.settings.description,
                                    path: "index.html", section: "accueil"), [
            "figures": figuresView(aggregates.total),
            "latestNews": site.news.prefix(3).map(newsCard),
            "testimonials": site.testimonials.prefix(3).map(testimonialView),
            "latestProjects": site.projects.prefix(3).map(projectCard),
            "years": aggregates.byYear.reversed().map { row in
                merged(figuresView(row.figures), ["year": String(row.year), "href": "/appels/\(row.year)/"])
            },
        ])
        if let envelope = site.settings.envelope { context["envelope"] = FrenchFormat.compactEuros(envelope) }
        return PageSpec(path: "index.html", template: "home", context: context)
    }

    func freePage(_ page: FreePage) -> PageSpec {
        let path = "\(page.slug)/index.html"
        let context = merged(layout(title: page.title, description: page.summary ?? page.title, path: path, section: nil,
                                    breadcrumb: [(page.title, nil)]), [
            "bodyHTML": markdown.html(page.body.text),
        ])
        return PageSpec(path: path, template: "page", context: context)
    }

    func openDataPage() -> PageSpec {
        let context = merged(layout(title: "Données ouvertes", description: "Les projets et les chiffres du fonds en fichiers réutilisables, sous Licence Ouverte 2.0.",
                                    path: "donnees/index.html", section: "donnees", breadcrumb: [("Données ouvertes", nil)]), [
            "updated": FrenchFormat.date(site.buildDate), "updatedISO": site.buildDate.iso,
            "projectCount": FrenchFormat.count(site.projects.count, "projet", "projets"),
            "fields": ProjectTable.columns.map { ["name": $0.name, "description": $0.description, "type": $0.type] },
        ])
        return PageSpec(path: "donnees/index.html", template: "open-data", context: context)
    }

    func siteMapPage() -> PageSpec {
        func link(_ label: String, _ href: String, _ children: [[String: Any]] = []) -> [String: Any] {
            ["label": label, "href": href, "children": children]
        }
        var sections = [
            link("Accueil", "/"),
            link("Projets", "/projets/", site.projects.map { link($0.title, "/projets/\($0.slug)/") }),
            link("Projets par appel à projets", "/projets/#par-appel", site.callYears.map { link("Appel \($0)", "/appels/\($0)/") }),
            link("Projets par type de porteur", "/projets/#par-type", site.beneficiaryTypes.map { link($0.label, "/beneficiaires/\($0.rawValue)/") }),
            link("Chiffres clés", "/chiffres-cles/"),
            link("Témoignages", "/temoignages/"),
            link("Actualités", "/actualites/", site.news.map { link($0.title, "/actualites/\($0.slug)/") }),
            link("Données ouvertes", "/donnees/"),
        ]
        sections += site.pages.map { link($0.title, "/\($0.slug)/") }
        sections.append(link("Rechercher", "/recherche/"))
        let context = merged(layout(title: "Plan du site", description: "Toutes les rubriques et pages du site.",
                                    path: "plan-du-site/index.html", section: nil, breadcrumb: [("Plan du site", nil)]), [
            "sections": sections,
        ])
        return PageSpec(path: "plan-du-site/index.html", template: "site-map", context: context)
    }

    func searchPage() -> PageSpec {
        var context = layout(title: "Rechercher", description: "Rechercher dans les projets, actualités et pages du site.",
                             path: "recherche/index.html", section: nil, breadcrumb: [("Rechercher", nil)])
        context["noSearchIndex"] = true
        return PageSpec(path: "recherche/index.html", template: "search", context: context)
    }

    func notFoundPage() -> PageSpec {
        var context = layout(title: "Page non trouvée", description: "La page demandée n'existe pas.",
                             path: "404.html", section: nil)
        context["canonical"] = nil
        context["noSearchIndex"] = true
        return PageSpec(path: "404.html", template: "not-found", context: context)
    }
}
