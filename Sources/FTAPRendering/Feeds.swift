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
    /// What the feeds carry, newest first: the news items and the corrections of other items.
    enum Entry: Sendable {
        case news(NewsItem)
        /// A correction of an item that is not a news item (a news item's own corrections update its entry).
        case correction(CorrectionLog.Entry)

        var date: ContentDate {
            switch self {
            case let .news(item): item.date
            case let .correction(entry): entry.correction.date
            }
        }
    }

    private let entries: [Entry]

    /// The feeds' titles and summaries are read by people, in their feed readers: typeset as on
    /// the pages (« l’État », « 2 : »), like the bodies they carry.
    init(site: PublishedSite) {
        var site = site
        site.settings.title = FrenchTypography.typeset(site.settings.title)
        site.settings.description = FrenchTypography.typeset(site.settings.description)
        self.site = site
        // The texts' root addresses under the site's path, as on the pages.
        let prefix = PathPrefixMarkup(baseURL: site.settings.baseURL)
        let items = site.news.prefix(Self.limit).map { item in
            var item = item
            if !prefix.isEmpty { item.body.html = String(decoding: prefix.applied(to: Array(item.body.html.utf8)), as: UTF8.self) }
            item.title = FrenchTypography.typeset(item.title)
            item.summary = FrenchTypography.typeset(item.summary)
            item.topics = item.topics.map(FrenchTypography.typeset)
            item.corrections = PublicCorrection.newestFirst(item.corrections).map { PublicCorrection(date: $0.date, text: FrenchTypography.typeset($0.text)) }
            return item
        }
        let corrections = CorrectionLog(site: site).entries.filter { !$0.file.hasPrefix("actualites/") }.map { entry in
            var entry = entry
            entry.title = FrenchTypography.typeset(entry.title)
            entry.correction.text = FrenchTypography.typeset(entry.correction.text)
            return entry
        }
        // Newest first; on the same day, news before corrections, each list in its order.
        let merged = items.map(Entry.news) + corrections.map(Entry.correction)
        entries = Array(merged.newestFirst(by: \.date).prefix(Self.limit))
    }

    /// The XML declaration.
    var prologue: String { "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" }

    var base: String { site.settings.baseURL }
    /// The site's description, then the latest figure the State published about the fund: a
    /// feed reader sees the official total, never a sum of sheets.
    private var description: String {
        guard let figure = OfficialStatement.headline(site.officialFigures) else { return site.settings.description }
        return site.settings.description + " " + FrenchTypography.typeset(OfficialStatement.announced(figure))
    }
    var host: String {
        String(base.drop { $0 != "/" }.drop { $0 == "/" }.prefix { $0 != "/" && $0 != ":" })
    }
    /// The feed's last change: its newest item or correction, or the build date when there is none.
    private var updated: ContentDate {
        entries.map { entry in if case let .news(item) = entry { lastChange(item) } else { entry.date } }.max() ?? site.buildDate
    }

    /// An item's last change: its date, or its latest correction's, which a feed reader then shows again.
    private func lastChange(_ item: NewsItem) -> ContentDate {
        item.corrections.map(\.date).max().map { max($0, item.date) } ?? item.date
    }

    /// The item's corrections, newest first, before its text.
    private func correctionsHTML(_ item: NewsItem) -> String {
        item.corrections.map { "<p><strong>Rectifié le \(FrenchFormat.date($0.date))</strong>\u{00A0}: \(XMLText.escape($0.text))</p>" }.joined()
    }

    /// The item's summary, after its corrections when it has some.
    private func summaryText(_ item: NewsItem) -> String {
        item.corrections.map { "Rectifié le \(FrenchFormat.date($0.date))\u{00A0}: \($0.text)" }.joined(separator: " ") + (item.corrections.isEmpty ? "" : " ") + item.summary
    }

    /// A tag URI (RFC 4151) that stays the same if the item's address ever changes.
    private func id(_ item: NewsItem) -> String { "tag:\(host),\(item.date.iso):actualites/\(item.slug)" }
    private func url(_ item: NewsItem) -> String { base + SitePlan.newsItem(item.slug) }

    /// A correction's id: the item's file, the day, and its rank that day.
    private func id(_ entry: CorrectionLog.Entry) -> String {
        "tag:\(host),\(entry.correction.date.iso):rectificatifs/\(entry.file)/\(entry.rankOfDay)"
    }

    private func title(_ entry: CorrectionLog.Entry) -> String { "Rectificatif\u{00A0}: \(entry.title)" }

    private func summary(_ entry: CorrectionLog.Entry) -> String {
        "\(entry.kind), rectifié le \(FrenchFormat.date(entry.correction.date))\u{00A0}: \(entry.correction.text)"
    }
    func timestamp(_ date: ContentDate) -> String { "\(date.iso)T00:00:00Z" }

    func atom() -> String {
        let entries = self.entries.map { entry in
            guard case let .news(item) = entry else { return atomEntry(entry) }
            let categories = item.topics.map { "    <category term=\"\(XMLText.escape($0))\"/>\n" }.joined()
            return """
              <entry>
                <title>\(XMLText.escape(item.title))</title>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(url(item)))"/>
                <id>\(XMLText.escape(id(item)))</id>
                <published>\(timestamp(item.date))</published>
                <updated>\(timestamp(lastChange(item)))</updated>
                <summary>\(XMLText.escape(summaryText(item)))</summary>
                <content type="html">\(XMLText.escape(correctionsHTML(item) + item.body.html))</content>
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
        let entries = self.entries.map { entry in
            guard case let .news(item) = entry else { return rssItem(entry) }
            let categories = item.topics.map { "      <category>\(XMLText.escape($0))</category>\n" }.joined()
            return """
                <item>
                  <title>\(XMLText.escape(item.title))</title>
                  <link>\(XMLText.escape(url(item)))</link>
                  <guid isPermaLink="false">\(XMLText.escape(id(item)))</guid>
                  <pubDate>\(RFC822.format(item.date))</pubDate>
                  <description>\(XMLText.escape(summaryText(item)))</description>
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
        let entries = self.entries.map { entry -> String in
            guard case let .news(item) = entry else { return jsonItem(entry) }
            let tags = item.topics.map(JSONText.quote).joined(separator: ", ")
            let modified = item.corrections.isEmpty ? "" : ", \"date_modified\": \"\(timestamp(lastChange(item)))\""
            return """
                {"id": \(JSONText.quote(id(item))), "url": \(JSONText.quote(url(item))), "title": \(JSONText.quote(item.title)),
                 "summary": \(JSONText.quote(summaryText(item))), "content_html": \(JSONText.quote(correctionsHTML(item) + item.body.html)),
                 "date_published": "\(timestamp(item.date))"\(modified), "tags": [\(tags)]}
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

extension Feeds {
    /// A correction in the Atom feed: its item's title and address, its day, its text.
    private func atomEntry(_ entry: Entry) -> String {
        guard case let .correction(entry) = entry else { return "" }
        return """
          <entry>
            <title>\(XMLText.escape(title(entry)))</title>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(base + entry.url))"/>
            <id>\(XMLText.escape(id(entry)))</id>
            <published>\(timestamp(entry.correction.date))</published>
            <updated>\(timestamp(entry.correction.date))</updated>
            <summary>\(XMLText.escape(summary(entry)))</summary>
            <category term="Rectificatif"/>
          </entry>

        """
    }

    private func rssItem(_ entry: Entry) -> String {
        guard case let .correction(entry) = entry else { return "" }
        return """
            <item>
              <title>\(XMLText.escape(title(entry)))</title>
              <link>\(XMLText.escape(base + entry.url))</link>
              <guid isPermaLink="false">\(XMLText.escape(id(entry)))</guid>
              <pubDate>\(RFC822.format(entry.correction.date))</pubDate>
              <description>\(XMLText.escape(summary(entry)))</description>
              <category>Rectificatif</category>
            </item>

        """
    }

    private func jsonItem(_ entry: Entry) -> String {
        guard case let .correction(entry) = entry else { return "" }
        return """
            {"id": \(JSONText.quote(id(entry))), "url": \(JSONText.quote(base + entry.url)), "title": \(JSONText.quote(title(entry))),
             "summary": \(JSONText.quote(summary(entry))), "content_text": \(JSONText.quote(summary(entry))),
             "date_published": "\(timestamp(entry.correction.date))", "tags": ["Rectificatif"]}
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
