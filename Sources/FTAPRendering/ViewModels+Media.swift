import FTAPContent
import FTAPCore
import FTAPModel
import FTAPPlan
import Mustache

/// An item's illustration, videos and documents; the thumbnail of its card; the image shown when
/// its page is shared.
extension ViewModels {
    /// The values the item templates place: `illustration`, `videos` and `documents` (`id` makes
    /// the transcripts' identifiers unique on a page that shows several items).
    func mediaView(_ media: ContentMedia) -> TemplateObject {
        var view: TemplateObject = [:]
        if let image = media.image {
            var illustration: TemplateObject = ["src": SitePlan.media(image.relativePath), "alt": image.alt,
                                                "decorative": image.isDecorative]
            illustration["caption"] = Self.orFalse(image.caption)
            illustration["credit"] = Self.orFalse(image.credit)
            illustration["hasLegend"] = image.caption != nil || image.credit != nil
            view["illustration"] = illustration
        }
        view["videos"] = media.videos.enumerated().map { index, video in videoView(video, number: index + 1) }
        // Only a platform's player needs the script that loads it on demand.
        view["loadsPlayers"] = media.hasPlatformVideo
        view["documents"] = media.documents.compactMap(documentView)
        return view
    }

    private func videoView(_ video: Video, number: Int) -> TemplateObject {
        // Every name the template reads is given, `false` when it does not apply: a name missing
        // here would be looked up in the page's own values.
        var view: TemplateObject = ["title": video.title, "number": String(number), "transcriptHTML": video.transcript.html,
                                    "playerURL": false, "fileSrc": false, "watchURL": false, "captions": false]
        view["still"] = Self.orFalse(video.still.map { SitePlan.media($0.relativePath) })
        switch video.source {
        case let .platform(address):
            view["platform"] = address.platform.name
            view["playerURL"] = address.playerURL
            view["watchURL"] = address.watchURL
            view["playerHost"] = address.host
        case let .file(path):
            view["fileSrc"] = SitePlan.media(path.relativePath)
            view["fileType"] = path.relativePath.lowercased().hasSuffix(".webm") ? "video/webm" : "video/mp4"
            view["captions"] = Self.orFalse(video.captions.map { SitePlan.media($0.relativePath) })
            view["fileDetail"] = mediaFile(path.relativePath).map(Self.formatAndSize) ?? ""
        }
        return view
    }

    private func documentView(_ document: DownloadableDocument) -> TemplateObject? {
        guard let file = mediaFile(document.file.relativePath) else { return nil }
        var view: TemplateObject = ["title": document.title, "href": SitePlan.media(file.relativePath), "detail": Self.formatAndSize(file),
                                    "documentLanguage": false]
        if let language = document.language {
            view["documentLanguage"] = language
            view["languageName"] = Self.languageNames[language].map { " – en \($0)" } ?? " – langue : \(language)"
        }
        return view
    }

    /// `text`, or `false` when there is none: a name a template reads must be given, or it would be
    /// looked up in the page's own values.
    static func orFalse(_ text: String?) -> any TemplateConvertible {
        text.map { $0 as any TemplateConvertible } ?? false
    }

    /// The file of `media/` at `relativePath`.
    func mediaFile(_ relativePath: String) -> MediaFile? {
        mediaByPath[relativePath]
    }

    /// « PDF – 1,24 Mo »: the format (the file's extension in capitals) and the size, as the
    /// DSFR's download component and the RGAA (criterion 6.1) ask.
    static func formatAndSize(_ file: MediaFile) -> String {
        let format = file.fileExtension.isEmpty ? "Fichier" : file.fileExtension.uppercased()
        return "\(format) – \(FrenchFormat.fileSize(file.byteCount))"
    }

    /// The languages a document is most often in besides French, by their code.
    static let languageNames = ["en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien", "pt": "portugais",
                                "nl": "néerlandais", "ar": "arabe", "br": "breton", "eu": "basque", "ca": "catalan",
                                "co": "corse", "oc": "occitan", "gcf": "créole"]

    /// The thumbnail of an item's card: its image, said by the card's title (so `alt` stays
    /// empty); `false`, not nothing, for an item without one, so a card never shows the
    /// thumbnail of the page it is listed on.
    func thumbnail(_ media: ContentMedia) -> any TemplateConvertible {
        guard let image = media.image, mediaFile(image.relativePath)?.responsiveImage != nil else { return false }
        return ["src": SitePlan.media(image.relativePath)] as TemplateObject
    }

    /// The values of `og:image`: the item's image when it has one, else the site's default image.
    func shareImage(_ image: ImageReference?) -> TemplateObject {
        Self.shareImage(image, site: site, media: mediaByPath)
    }

    static func shareImage(_ image: ImageReference?, site: PublishedSite, media: [String: MediaFile]) -> TemplateObject {
        guard let image, let made = media[image.relativePath]?.responsiveImage else { return [:] }
        let width = made.shareWidth
        return ["shareImage": site.settings.baseURL + SitePlan.media(made.path(width: width, format: made.info.format)),
                "shareImageAlt": image.isDecorative ? site.settings.title : image.alt,
                "shareImageWidth": String(width), "shareImageHeight": String(made.height(forWidth: width))]
    }
}
