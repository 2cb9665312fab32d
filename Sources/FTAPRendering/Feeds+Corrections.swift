import FrenchTypesetting
import FTAPCore
import FTAPPlan

/// The feed of the corrections (`/rectificatifs/atom.xml`): one entry per correction, newest
/// first, linking to the item corrected; a reader who follows it learns of every correction
/// made after publication, whatever the item.
extension Feeds {
    func correctionsAtom() -> String {
        let log = CorrectionLog(site: site)
        let entries = log.entries.map { entry -> String in
            let id = "tag:\(host),\(entry.correction.date.iso):rectificatifs/\(entry.file)/\(entry.rankOfDay)"
            let title = FrenchTypography.typeset("Rectificatif : \(entry.title)")
            let text = FrenchTypography.typeset(entry.correction.text)
            return """
              <entry>
                <title>\(XMLText.escape(title))</title>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(base + entry.url))"/>
                <id>\(XMLText.escape(id))</id>
                <updated>\(timestamp(entry.correction.date))</updated>
                <summary>\(XMLText.escape("\(entry.kind), rectifié le \(FrenchFormat.date(entry.correction.date))\u{00A0}: \(text)"))</summary>
              </entry>

            """
        }.joined()
        let updated = log.entries.first?.correction.date ?? site.buildDate
        return prologue + """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.settings.language))">
          <title>\(XMLText.escape(site.settings.title + " — rectificatifs"))</title>
          <subtitle>Les corrections apportées aux informations publiées sur le site, datées, la plus récente d’abord.</subtitle>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(base + SitePlan.DataFile.correctionsFeed.url))"/>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(base + SitePlan.corrections))"/>
          <id>\(XMLText.escape(base + SitePlan.corrections))</id>
          <updated>\(timestamp(updated))</updated>
          <author><name>\(XMLText.escape(site.settings.title))</name></author>
        \(entries)</feed>

        """
    }
}
