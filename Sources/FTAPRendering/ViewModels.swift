import FTAPAggregation
import FTAPContent
import FTAPCore
import FTAPImages
import FTAPModel
import FTAPPlan
import Mustache

/// Builds the view model of every page: typed sets of pre-formatted French strings,
/// so templates only place text and never compute or format.
package struct ViewModels: Sendable {
    let site: PublishedSite
    let aggregates: Aggregates
    /// The size in bytes of each generated data file, by path, shown on the open-data page.
    private(set) var dataFileSizes: [String: Int]
    /// Every project's card, made once and written once: a project appears in four or five lists.
    let cards: [String: TemplateValue]
    /// The projects of the long lists, grouped once for all their pages.
    let listings: ProjectListings
    /// The files of `media/`, by their path under it.
    let mediaByPath: [String: MediaFile]
    /// The layout's values that do not change from page to page — the site's title, the menu
    /// with the section marked current, the footer — by section (the key "" for none), made once.
    private let layoutBase: [String: [String: TemplateValue]]

    init(site: PublishedSite, aggregates: Aggregates, dataFileSizes: [String: Int]) {
        let listings = ProjectListings(site.projects)
        let cardless = ViewModels(site: site, aggregates: aggregates, dataFileSizes: dataFileSizes, cards: [:], listings: listings)
        let cards = Dictionary(uniqueKeysWithValues: parallelMap(site.projects) { ($0.slug, TemplateValue.shared(SharedTemplateObject(cardless.projectCard($0).values))) })
        self.init(site: site, aggregates: aggregates, dataFileSizes: dataFileSizes, cards: cards, listings: listings)
    }

    /// These view models with the sizes of the data files, which the open-data page shows.
    func with(dataFileSizes sizes: [String: Int]) -> ViewModels {
        var sized = self
        sized.dataFileSizes = sizes
        return sized
    }

    private init(site: PublishedSite, aggregates: Aggregates, dataFileSizes: [String: Int], cards: [String: TemplateValue],
                 listings: ProjectListings) {
        self.site = site
        self.aggregates = aggregates
        self.dataFileSizes = dataFileSizes
        self.cards = cards
        self.listings = listings
        let mediaByPath = Dictionary(site.media.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.mediaByPath = mediaByPath
        let shown = Self.sections.filter { Self.hasContent($0, site) }
        let footerLinks = Self.footerLinks(site)
        let share = Self.shareImage(site.settings.defaultImage, site: site, media: mediaByPath)
        layoutBase = Dictionary(uniqueKeysWithValues: ([""] + Self.sections.map(\.key)).map { section in
            let base: TemplateObject = [
                "siteTitle": site.settings.title,
                "siteDescription": site.settings.description,
                "language": site.settings.language,
                "navigation": shown.map { entry -> TemplateObject in
                    var item: TemplateObject = ["label": entry.label, "href": entry.href]
                    if entry.key == section { item["current"] = true }
                    return item
                },
                "footerLinks": footerLinks,
                // What a printed page says at its end, with the address: which version of the site it shows.
                "siteVersion": FrenchFormat.date(site.buildDate), "siteVersionISO": site.buildDate.iso,
                // Every page may show a figure, or a sentence about one: each says where to report an error.
                "errorReport": site.settings.errorReport,
            ]
            return (section, base.merging(share).values)
        })
    }

    /// The view of every page of the plan, in its order.
    func pages(of plan: SitePlan) -> [PageSpec] {
        plan.pages.compactMap(page)
    }

    /// The view of one planned page (nil only for an item the published site does not hold).
    func page(_ planned: SitePlan.Page) -> PageSpec? {
        view(of: planned).map { spec in
            var spec = spec
            spec.template = planned.template
            if !planned.isSearchIndexed { spec.context["noSearchIndex"] = true }
            return spec
        }
    }

    private func view(of planned: SitePlan.Page) -> PageSpec? {
        switch planned {
        case .home: homePage()
        case .projectList: projectListPage()
        case .keyFigures: keyFiguresPage()
        case .testimonials: testimonialsPage()
        case .openData: openDataPage()
        case .corrections: correctionsPage()
        case .siteMap: siteMapPage()
        case .search: searchPage()
        case .notFound: notFoundPage()
        case let .project(slug): site.project(slug).map(projectPage)
        case let .callYear(year): callYearPage(year)
        case let .beneficiaryType(type): beneficiaryTypePage(type)
        case .ministries: ministriesPage()
        case let .ministry(slug): ministryPage(slug)
        case let .newsList(number, count): newsListPage(number, of: count)
        case let .newsItem(slug): site.newsItem(slug).map(newsPage)
        case .feedSubscription: feedSubscriptionPage()
        case let .freePage(slug): site.pages.first { $0.slug == slug }.map(freePage)
        case let .listPage(.projects, number, _): projectListPage(number)
        case let .listPage(.callYear(year), number, _): callYearPage(year, number)
        case let .listPage(.beneficiaryType(type), number, _): beneficiaryTypePage(type, number)
        case let .listPage(.ministry(slug), number, _): ministryPage(slug, number)
        case let .withdrawn(address): withdrawnPage(address)
        }
    }

    /// The layout's part of every view model: titles, canonical address, navigation, breadcrumb,
    /// the image shown when the page is shared (`image`, else the site's), and the « Brouillon » notice of a draft's page (shown only with `--drafts`, in the preview).
    func layout(title: String, description: String, url: String, section: String?,
                breadcrumb: [(String, String?)] = [], isDraft: Bool = false, image: ImageReference? = nil) -> TemplateObject {
        var context = TemplateObject(prepared: layoutBase[section ?? ""] ?? layoutBase[""] ?? [:])
        if image != nil { context = context.merging(shareImage(image)) }
        if isDraft { context["draftPage"] = true }
        context["pageTitle"] = title
        context["documentTitle"] = url == SitePlan.home ? site.settings.title : "\(title) — \(site.settings.title)"
        context["metaDescription"] = description
        context["canonical"] = site.settings.baseURL + url
        if !breadcrumb.isEmpty {
            let trail = [("Accueil", Optional("/"))] + breadcrumb
            context["breadcrumb"] = trail.map { label, href -> TemplateObject in
                // An explicit flag: a missing `href` would be looked up in the page's own context.
                href.map { ["label": label, "href": $0, "isLink": true] } ?? ["label": label, "isLink": false]
            }
        }
        return context
    }

    static let sections: [(key: String, label: String, href: String)] = [
        ("accueil", "Accueil", SitePlan.home),
        ("projets", "Projets", SitePlan.projects),
        ("chiffres", "Chiffres clés", SitePlan.keyFigures),
        ("temoignages", "Témoignages", SitePlan.testimonials),
        ("actualites", "Actualités", SitePlan.news),
        ("donnees", "Données ouvertes", SitePlan.openData),
    ]

    /// A section with nothing published yet stays out of the menu (its page still answers).
    private static func hasContent(_ section: (key: String, label: String, href: String), _ site: PublishedSite) -> Bool {
        switch section.key {
        case "temoignages": !site.testimonials.isEmpty
        case "actualites": !site.news.isEmpty
        default: true
        }
    }

    /// The footer's mandatory links, each shown only when its page exists in the content.
    private static func footerLinks(_ site: PublishedSite) -> [TemplateObject] {
        var links: [TemplateObject] = [["label": "Plan\u{00A0}du\u{00A0}site", "href": SitePlan.siteMap], ["label": "Rectificatifs", "href": SitePlan.corrections]]
        // The page that says where the figures come from and how they are counted.
        if let about = site.pages.first(where: { $0.slug == SitePlan.aboutSlug }) {
            links.append(["label": about.title.replacingOccurrences(of: " ", with: "\u{00A0}"), "href": SitePlan.freePage(about.slug)])
        }
        for (slug, title) in SitePlan.mandatoryPages where site.pages.contains(where: { $0.slug == slug }) {
            // A short link's words stay on one line on a phone (« Mentions légales », not split);
            // the accessibility link states the compliance level, as the RGAA requires.
            let words = title.replacingOccurrences(of: " ", with: "\u{00A0}")
            let label = slug == "accessibilite" ? "\(words) : non\u{00A0}conforme" : words
            links.append(["label": label, "href": SitePlan.freePage(slug)])
        }
        return links
    }

    func merged(_ base: TemplateObject, _ extra: TemplateObject) -> TemplateObject {
        base.merging(extra)
    }
}
