/// Every key name a front matter or `site.yml` may hold, at any depth: the line check tells a
/// key written without its « : » (« montant 3600000 ») from a value continued on the next line.
enum FrontMatterVocabulary {
    static let keys: Set<String> = Set(
        ProjectSheetDecoder.keys + ProjectSheetDecoder.carrierKeys + ProjectSheetDecoder.milestoneKeys
            + ProjectSheetDecoder.disbursementKeys + ProjectSheetDecoder.sourceKeys
            + TestimonialDecoder.keys + NewsItemDecoder.keys + FreePageDecoder.keys + OfficialFigureDecoder.keys
            + BudgetExecutionDecoder.keys + SiteSettingsDecoder.keys + SiteSettingsDecoder.envelopeKeys
            + SiteSettingsDecoder.revisionKeys + SiteSettingsDecoder.legalContactKeys + MappingReader.yearSpanKeys
            + MediaKeysDecoder.keys + MediaKeysDecoder.imageKeys + MediaKeysDecoder.videoKeys + MediaKeysDecoder.documentKeys)
}
