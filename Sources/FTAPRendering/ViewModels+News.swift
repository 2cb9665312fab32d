import FTAPCore
import FTAPModel
import FTAPPlan
import Mustache

/// News list (paginated), news items, the page about the feeds, testimonials.
extension ViewModels {
    func newsCard(_ n: NewsItem) -> TemplateObject {
        ["href": SitePlan.newsItem(n.slug), "title": n.title, "summary": n.summary,
         "date": FrenchFormat.date(n.date), "dateISO": n.date.iso, "topics": n.topics.map { ["label": $0] }, "draft": n.isDraft,
         "thumbnail": thumbnail(n.media)]
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
        return PageSpec(url: url, context: withFollow(context))
    }

    /// The DSFR pagination of `count` pages, `current` among them.
    func pagination(current: Int, count: Int, href: (Int) -> String) -> TemplateObject {
        var context: TemplateObject = [
            "pages": (1...count).map { n -> TemplateObject in
                var page: TemplateObject = ["number": String(n), "href": href(n)]
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
                                    breadcrumb: [("Actualités", SitePlan.news), (n.title, nil)], isDraft: n.isDraft, image: n.media.image),
                             merged(newsCard(n), merged(mediaView(n.media).merging(correctionsView(n.corrections)), [
                                "bodyHTML": n.body.html,
                                "projects": n.projectSlugs.compactMap(site.project).map(cardValue),
                             ])))
        return PageSpec(url: url, context: withFollow(context))
    }

    /// How to follow the news with a feed reader: each feed with its full address to copy, and the
    /// latest news, so a person sent here instead of a feed's XML reads them at once.
    /// How many of the latest news the subscription page shows.
    static let latestNewsOnSubscription = 6

    func feedSubscriptionPage() -> PageSpec {
        let url = SitePlan.feedSubscription
        let feeds: [(SitePlan.DataFile, String, String, String)] = [
            // What `Feeds` writes: Atom and JSON Feed carry each item's summary and whole text, RSS its summary only.
            (.atom, "atom", "Atom 1.0", "Le format recommandé, que lisent tous les lecteurs de flux ; chaque actualité y figure avec son résumé et son texte complet."),
            (.rss, "rss", "RSS 2.0", "Pour les lecteurs de flux et les messageries plus anciens ; chaque actualité y figure avec son résumé seulement."),
            (.jsonFeed, "json", "JSON Feed 1.1", "Pour les développeurs et les applications ; chaque actualité y figure avec son résumé et son texte complet."),
        ]
        let context = merged(layout(title: "S'abonner aux actualités",
                                    description: "Suivre les actualités du fonds avec un lecteur de flux : les adresses des flux Atom, RSS et JSON Feed et la manière de s'y abonner.",
                                    url: url, section: "actualites",
                                    breadcrumb: [("Actualités", SitePlan.news), ("S'abonner aux actualités", nil)]), [
            "feeds": feeds.map { file, id, format, use -> TemplateObject in
                ["id": id, "format": format, "use": use, "address": site.settings.baseURL + file.url]
            },
            "feedLimit": String(Feeds.limit),
            "latestNews": site.news.prefix(Self.latestNewsOnSubscription).map(newsCard),
            "hasNews": !site.news.isEmpty,
            // The feeds also carry the corrections of the other items (`Feeds.Entry.correction`).
            "latestCorrections": CorrectionLog(site: site).entries.filter { !$0.file.hasPrefix("actualites/") }
                .prefix(Self.latestNewsOnSubscription).map { entry -> TemplateObject in
                    ["title": "Rectificatif\u{00A0}: \(entry.title)", "href": entry.url, "date": FrenchFormat.date(entry.correction.date),
                     "dateISO": entry.correction.date.iso, "text": entry.correction.text]
                },
        ])
        return PageSpec(url: url, context: withFollow(context))
    }

    func testimonialView(_ t: Testimonial) -> TemplateObject {
        var view: TemplateObject = ["author": t.author, "role": t.role, "date": FrenchFormat.date(t.date),
                                   "dateISO": t.date.iso, "quoteHTML": t.body.html, "id": t.slug, "draft": t.isDraft]
        // A testimonial is listed among others: its own values, never those of the page.
        view = view.merging(["illustration": false, "documents": [TemplateObject]()]).merging(mediaView(t.media)).merging(correctionsView(t.corrections))
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
        return PageSpec(url: SitePlan.testimonials, context: context)
    }
}
