import FTAPCore
import FTAPModel
import FTAPPlan
import Mustache

/// Home, free pages, open data, site map, search and 404.
extension ViewModels {
    func homePage() -> PageSpec {
        let context = merged(layout(title: site.settings.title, description: site.settings.description,
                                    url: SitePlan.home, section: "accueil"), [
            "headline": headlineView(),
            "envelopes": envelopeViews(),
            "latestNews": site.news.prefix(3).map(newsCard),
            "testimonials": site.testimonials.prefix(3).map(testimonialView),
            "latestProjects": site.projects.prefix(3).map(cardValue),
            "years": aggregates.byYear.reversed().map { row in
                merged(figuresView(row.figures), ["year": String(row.year), "href": SitePlan.callYear(row.year)])
            },
        ])
        return PageSpec(url: SitePlan.home, context: withFollow(context))
    }

    func freePage(_ page: FreePage) -> PageSpec {
        let url = SitePlan.freePage(page.slug)
        var context = merged(layout(title: page.title, description: page.summary ?? page.title, url: url, section: nil,
                                    breadcrumb: [(page.title, nil)], isDraft: page.isDraft, image: page.media.image),
                             merged(mediaView(page.media).merging(correctionsView(page.corrections)), ["bodyHTML": page.body.html]))
        if page.slug == SitePlan.legalNoticeSlug {
            context["legalContacts"] = legalContactViews()
            if let address = site.settings.errorReport {
                context["legalErrorReport"] = address
                context["legalErrorReportLabel"] = address.lowercased().hasPrefix("mailto:") ? String(address.dropFirst(7).prefix { $0 != "?" }) : address
            }
        }
        return PageSpec(url: url, context: context)
    }

    /// The publisher and the host of `site.yml`, which the legal notice names above the author's text.
    private func legalContactViews() -> [TemplateObject] {
        let parties: [(String, LegalContact?)] = [("Éditeur du site", site.settings.publisher), ("Hébergeur du site", site.settings.host)]
        return parties.compactMap { heading, party in
            party.map { party -> TemplateObject in
                ["heading": heading, "name": party.name, "contact": party.contact,
                 "addressLines": party.address.split(separator: "\n").map { ["line": $0.trimmingWhitespace()] }]
            }
        }
    }

    func openDataPage() -> PageSpec {
        let context = merged(layout(title: "Données ouvertes", description: "Les projets et les chiffres du fonds en fichiers réutilisables, sous Licence Ouverte 2.0.",
                                    url: SitePlan.openData, section: "donnees", breadcrumb: [("Données ouvertes", nil)]), [
            "updated": FrenchFormat.date(site.buildDate), "updatedISO": site.buildDate.iso,
            "projectCount": FrenchFormat.count(site.projects.count, "projet", "projets"),
            "dataFiles": SitePlan.DataFile.allCases.compactMap { file -> TemplateObject? in
                guard let shown = DataFiles.presentation(of: file), let size = dataFileSizes[file.path] else { return nil }
                let name = String(file.url.split(separator: "/").last ?? "")
                let format = String(name.split(separator: ".").last ?? "").uppercased()
                var row: TemplateObject = ["name": name, "href": file.url, "content": shown.content, "format": shown.format,
                                          "detail": "\(format) – \(FrenchFormat.fileSize(size)) – mis à jour le \(FrenchFormat.date(site.buildDate))"]
                if let schema = shown.schema {
                    row["schemaHref"] = schema
                    row["schemaName"] = String(schema.split(separator: "/").last ?? "")
                }
                return row
            },
            "fields": ProjectTable.columns.map { ["name": $0.name, "description": $0.description, "type": $0.type.label] },
            "executionFields": BudgetExecutionTable.columns.map { ["name": $0.name, "description": $0.description, "type": $0.type.label] },
        ])
        return PageSpec(url: SitePlan.openData, context: context)
    }

    func siteMapPage() -> PageSpec {
        func link(_ label: String, _ href: String, _ children: [TemplateObject] = []) -> TemplateObject {
            ["label": label, "href": href, "children": children]
        }
        var sections = [
            link("Accueil", SitePlan.home),
            link("Projets", SitePlan.projects, site.projects.map { link($0.title, SitePlan.project($0.slug)) }),
            link("Projets par appel à projets", "/projets/#par-appel", site.callYears.map { link("Appel \($0)", SitePlan.callYear($0)) }),
            link("Projets par type de porteur", "/projets/#par-type", site.beneficiaryTypes.map { link($0.groupLabel, SitePlan.beneficiaryType($0)) }),
            link("Chiffres clés", SitePlan.keyFigures),
            link("Témoignages", SitePlan.testimonials),
            link("Actualités", SitePlan.news, [link("S'abonner aux actualités", SitePlan.feedSubscription)] + site.news.map { link($0.title, SitePlan.newsItem($0.slug)) }),
            link("Données ouvertes", SitePlan.openData),
            link("Rectificatifs", SitePlan.corrections),
        ]
        if !aggregates.byMinistry.isEmpty {
            sections.insert(link("Projets par ministère", SitePlan.ministries,
                                 aggregates.byMinistry.map { link(ministryLabel($0.name), SitePlan.ministry($0.slug)) }), at: 4)
        }
        sections += site.pages.map { link($0.title, SitePlan.freePage($0.slug)) }
        sections.append(link("Rechercher", SitePlan.search))
        let context = merged(layout(title: "Plan du site", description: "Toutes les rubriques et pages du site.",
                                    url: SitePlan.siteMap, section: nil, breadcrumb: [("Plan du site", nil)]), [
            "sections": sections,
        ])
        return PageSpec(url: SitePlan.siteMap, context: context)
    }

    /// Every public correction, newest first, each with the item it corrects.
    func correctionsPage() -> PageSpec {
        let entries = CorrectionLog(site: site).entries.map { entry -> TemplateObject in
            ["date": FrenchFormat.date(entry.correction.date), "dateISO": entry.correction.date.iso, "kind": entry.kind,
             "title": entry.title, "href": entry.url, "text": entry.correction.text]
        }
        let context = merged(layout(title: "Rectificatifs", description: "Les corrections apportées aux informations publiées sur ce site, datées, la plus récente d'abord.",
                                    url: SitePlan.corrections, section: nil, breadcrumb: [("Rectificatifs", nil)]), [
            "entries": entries, "hasEntries": !entries.isEmpty, "correctionsFeedHref": SitePlan.DataFile.correctionsFeed.url,
        ])
        return PageSpec(url: SitePlan.corrections, context: context)
    }

    func searchPage() -> PageSpec {
        let context = layout(title: "Rechercher", description: "Rechercher dans les projets, actualités et pages du site.",
                             url: SitePlan.search, section: nil, breadcrumb: [("Rechercher", nil)])
        return PageSpec(url: SitePlan.search, context: context)
    }

    func notFoundPage() -> PageSpec {
        var context = layout(title: "Page non trouvée", description: "La page demandée n'existe pas.",
                             url: SitePlan.notFound, section: nil)
        context["canonical"] = nil
        return PageSpec(url: SitePlan.notFound, context: context)
    }

    /// A withdrawn address (`retraits.yml`): when and why its content was withdrawn, for whoever
    /// follows an old link or citation; out of the sitemap, the search and search engines.
    func withdrawnPage(_ address: String) -> PageSpec? {
        guard let withdrawal = site.withdrawals.first(where: { $0.address == address }) else { return nil }
        var context = merged(layout(title: "Contenu retiré", description: "Ce contenu a été retiré le \(FrenchFormat.date(withdrawal.date)).",
                                    url: address, section: nil), [
            "withdrawnDate": FrenchFormat.date(withdrawal.date), "withdrawnDateISO": withdrawal.date.iso,
            "withdrawnReason": withdrawal.reason, "correctionsHref": SitePlan.corrections,
        ])
        context["notForEngines"] = true
        return PageSpec(url: address, context: context)
    }
}
