import FrenchTypesetting
import FTAPCore
import FTAPModel
import FTAPPlan

/// The news feeds: Atom 1.0, RSS 2.0 and JSON Feed 1.1, plain, for feed readers (browsers are
/// dropping XSLT: a person is sent to `/actualites/s-abonner/` instead). Dates and ids come from
/// the content only, so two builds of the same content give the same bytes.
package struct Feeds: Sendable {
    let site: PublishedSite
    static let limit = 50
    private let items: [NewsItem]

    /// The feeds' titles and summaries are read by people, in their feed readers: typeset as on
    /// the pages (« l’État », « 2 : »), like the bodies they carry.
    init(site: PublishedSite) {
        var site = site
        site.settings.title = FrenchTypography.typeset(site.settings.title)
        site.settings.description = FrenchTypography.typeset(site.settings.description)
        self.site = site
        // The texts' root addresses under the site's path, as on the pages.
        let prefix = PathPrefixMarkup(baseURL: site.settings.baseURL)
        items = site.news.prefix(Self.limit).map { item in
            var item = item
            if !prefix.isEmpty { item.body.html = String(decoding: prefix.applied(to: Array(item.body.html.utf8)), as: UTF8.self) }
            item.title = FrenchTypography.typeset(item.title)
            item.summary = FrenchTypography.typeset(item.summary)
            item.topics = item.topics.map(FrenchTypography.typeset)
            return item
        }
    }

    /// The XML declaration.
    private var prologue: String { "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" }

    private var base: String { site.settings.baseURL }
    /// The site's description, then the latest figure the State published about the fund: a
    /// feed reader sees the official total, never a sum of sheets.
    private var description: String {
        guard let figure = OfficialStatement.headline(site.officialFigures) else { return site.settings.description }
        return site.settings.description + " " + FrenchTypography.typeset(OfficialStatement.announced(figure))
    }
    private var host: String {
        String(base.drop { $0 != "/" }.drop { $0 == "/" }.prefix { $0 != "/" && $0 != ":" })
    }
    /// The feed's last change: its newest item, or the build date when there is none.
    private var updated: ContentDate { items.first?.date ?? site.buildDate }

    /// A tag URI (RFC 4151) that stays the same if the item's address ever changes.
    private func id(_ item: NewsItem) -> String { "tag:\(host),\(item.date.iso):actualites/\(item.slug)" }
    private func url(_ item: NewsItem) -> String { base + SitePlan.newsItem(item.slug) }
    private func timestamp(_ date: ContentDate) -> String { "\(date.iso)T00:00:00Z" }

    func atom() -> String {
        let entries = items.map { item in
            let categories = item.topics.map { "    <category term=\"\(XMLText.escape($0))\"/>\n" }.joined()
            return """
              <entry>
                <title>\(XMLText.escape(item.title))</title>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(url(item)))"/>
                <id>\(XMLText.escape(id(item)))</id>
                <published>\(timestamp(item.date))</published>
                <updated>\(timestamp(item.date))</updated>
                <summary>\(XMLText.escape(item.summary))</summary>
                <content type="html">\(XMLText.escape(item.body.html))</content>
            \(categories)  </entry>

            """
        }.joined()
        return prologue + """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.settings.language))">
          <title>\(XMLText.escape(site.settings.title))</title>
          <subtitle>\(XMLText.escape(description))</subtitle>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + SitePlan.DataFile.atom.url))"/>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(base))/"/>
          <id>\(XMLText.escape(base))/</id>
          <updated>\(timestamp(updated))</updated>
          <author><name>\(XMLText.escape(site.settings.title))</name></author>
        \(entries)</feed>

        """
    }

    func rss() -> String {
        let entries = items.map { item in
            let categories = item.topics.map { "      <category>\(XMLText.escape($0))</category>\n" }.joined()
            return """
                <item>
                  <title>\(XMLText.escape(item.title))</title>
                  <link>\(XMLText.escape(url(item)))</link>
                  <guid isPermaLink="false">\(XMLText.escape(id(item)))</guid>
                  <pubDate>\(RFC822.format(item.date))</pubDate>
                  <description>\(XMLText.escape(item.summary))</description>
            \(categories)    </item>

            """
        }.joined()
        return prologue + """
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>\(XMLText.escape(site.settings.title))</title>
            <link>\(XMLText.escape(base))/</link>
            <description>\(XMLText.escape(description))</description>
            <language>\(XMLText.escape(site.settings.language))</language>
            <lastBuildDate>\(RFC822.format(updated))</lastBuildDate>
            <atom:link href="\(XMLText.escape(base + SitePlan.DataFile.rss.url))" rel="self" type="application/rss+xml"/>
        \(entries)  </channel>
        </rss>

        """
    }

    func jsonFeed() -> String {
        let entries = items.map { item -> String in
            let tags = item.topics.map(JSONText.quote).joined(separator: ", ")
            return """
                {"id": \(JSONText.quote(id(item))), "url": \(JSONText.quote(url(item))), "title": \(JSONText.quote(item.title)),
                 "summary": \(JSONText.quote(item.summary)), "content_html": \(JSONText.quote(item.body.html)),
                 "date_published": "\(timestamp(item.date))", "tags": [\(tags)]}
            """
        }
        let list = entries.isEmpty ? "[]" : "[\n" + entries.joined(separator: ",\n") + "\n  ]"
        return """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": \(JSONText.quote(site.settings.title)),
          "home_page_url": \(JSONText.quote(base + SitePlan.home)),
          "feed_url": \(JSONText.quote(base + SitePlan.DataFile.jsonFeed.url)),
          "description": \(JSONText.quote(description)),
          "language": \(JSONText.quote(site.settings.language)),
          "authors": [{"name": \(JSONText.quote(site.settings.title))}],
          "items": \(list)
        }

        """
    }
}

/// RFC 822 dates for RSS, computed from the calendar date (midnight UTC).
package enum RFC822 {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: ContentDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : String(date.day)
        let year = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
        return "\(weekdays[weekday(date)]), \(day) \(months[date.month - 1]) \(year) 00:00:00 +0000"
    }

    /// 0 = Monday, from the days since 1970-01-01 (a Thursday).
    static func weekday(_ date: ContentDate) -> Int {
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return ((days % 7) + 7 + 3) % 7
    }
}
