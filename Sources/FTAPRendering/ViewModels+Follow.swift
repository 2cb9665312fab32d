import Mustache

/// The DSFR « Lettre d'information et réseaux sociaux » block, as on the fund's own pages: on the
/// home page and the news pages, when `site.yml` gives a newsletter or social accounts.
extension ViewModels {
    /// The DSFR button of each network the design system draws, by the names authors write.
    static let socialNetworks: [String: String] = [
        "facebook": "facebook", "linkedin": "linkedin", "x": "twitter-x", "twitter": "twitter-x", "x (twitter)": "twitter-x",
        "instagram": "instagram", "youtube": "youtube", "mastodon": "mastodon", "bluesky": "bluesky", "threads": "threads",
        "tiktok": "tiktok", "dailymotion": "dailymotion", "vimeo": "vimeo", "telegram": "telegram", "twitch": "twitch",
        "github": "github", "snapchat": "snapchat",
    ]

    /// The block's values; nil when `site.yml` gives neither a newsletter nor an account.
    func followView() -> TemplateObject? {
        let settings = site.settings
        guard settings.newsletter != nil || !settings.socialAccounts.isEmpty else { return nil }
        // Explicit `false`s: a missing name would be looked up in the page around the block.
        return [
            "newsletterHref": settings.newsletter ?? false,
            "hasSocialAccounts": !settings.socialAccounts.isEmpty,
            "socialAccounts": settings.socialAccounts.map { account -> TemplateObject in
                let network = Self.socialNetworks[account.name.trimmingCharacters(in: .whitespaces).lowercased()]
                return ["label": account.name, "href": account.url, "network": network ?? false]
            },
        ]
    }

    /// `context` with the block, when there is one.
    func withFollow(_ context: TemplateObject) -> TemplateObject {
        guard let follow = followView() else { return context }
        var context = context
        context["follow"] = follow
        return context
    }
}
