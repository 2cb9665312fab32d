/// News list (paginated), news items, testimonials.
extension ViewModels {
    func newsCard(_ n: NewsItem) -> [String: Any] {
        ["href": SitePlan.newsItem(n.slug), "title": n.title, "summary": n.summary,
         "date": FrenchFormat.date(n.date), "dateISO": n.date.iso, "topics": n.topics.map { ["label": $0] }]
    }

    /// List page `number` of `count`: the news items of its slice of the plan.
    func newsListPage(_ number: Int, of count: Int) -> PageSpec {
        let items = site.news.dropFirst((number - 1) * SitePlan.newsPerPage).prefix(SitePlan.newsPerPage)
        let url = SitePlan.newsPage(number)
        let title = number == 1 ? "Actualités" : "Actualités — page \(number)"
        var context = merged(layout(title: title, description: "Les actualités du fonds, des plus récentes aux plus anciennes.",
                                    url: url, section: "actualites", breadcrumb: [("Actualités", nil)]), [
            "news": items.map(newsCard),
        ])
        if count > 1 { context["pagination"] = pagination(current: number, count: count, href: SitePlan.newsPage) }
        return PageSpec(url: url, template: "news-list", context: context)
    }

    /// The DSFR pagination of `count` pages, `current` among them.
    func pagination(current: Int, count: Int, href: (Int) -> String) -> [String: Any] {
        var context: [String: Any] = [
            "pages": (1...count).map { n -> [String: Any] in
                var page: [String: Any] = ["number": String(n), "href": href(n)]
                if n == current { page["current"] = true }
                return page
            },
        ]
        if current > 1 { context["previous"] = href(current - 1); context["first"] = href(1) }
        if current < count { context["next"] = href(current + 1); context["last"] = href(count) }
        return context
    }

    func newsPage(_ n: NewsItem) -> PageSpec {
        let url = SitePlan.newsItem(n.slug)
        let context = merged(layout(title: n.title, description: n.summary, url: url, section: "actualites",
                                    breadcrumb: [("Actualités", SitePlan.news), (n.title, nil)]),
                             merged(newsCard(n), [
                                "bodyHTML": n.body.html,
                                "projects": n.projectSlugs.compactMap(site.project).map(cardValue),
                             ]))
        return PageSpec(url: url, template: "news-item", context: context)
    }

    func testimonialView(_ t: Testimonial) -> [String: Any] {
        var view: [String: Any] = ["author": t.author, "role": t.role, "date": FrenchFormat.date(t.date),
                                   "dateISO": t.date.iso, "quoteHTML": t.body.html, "id": "temoignage-\(t.slug)"]
        if let organisation = t.organisation { view["organisation"] = organisation }
        if let source = t.source {
            view["sourceTitle"] = source.title
            view["sourceURL"] = source.url
        }
        if let slug = t.projectSlug, let project = site.project(slug) {
            view["projectTitle"] = project.title
            view["projectHref"] = SitePlan.project(slug)
        }
        return view
    }

    func testimonialsPage() -> PageSpec {
        let context = merged(layout(title: "Témoignages", description: "Les porteurs de projets et les agents racontent leur projet.",
                                    url: SitePlan.testimonials, section: "temoignages", breadcrumb: [("Témoignages", nil)]), [
            "testimonials": site.testimonials.map(testimonialView),
        ])
        return PageSpec(url: SitePlan.testimonials, template: "testimonials", context: context)
    }
}
