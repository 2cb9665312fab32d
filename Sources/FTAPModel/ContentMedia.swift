import FTAPContent
import FTAPCore

/// What an item's front matter adds to its text: an illustration (`image`), videos with their
/// transcript (`videos`) and files to download (`documents`).
package struct ContentMedia: Sendable, Hashable {
    package var image: ImageReference?
    package var videos: [Video]
    package var documents: [DownloadableDocument]

    package init(image: ImageReference? = nil, videos: [Video] = [], documents: [DownloadableDocument] = []) {
        self.image = image
        self.videos = videos
        self.documents = documents
    }

    /// No image, no video, no document.
    package static let none = ContentMedia()

    /// Whether a video plays from a platform (its player loaded only when the reader asks).
    package var hasPlatformVideo: Bool {
        videos.contains { if case .platform = $0.source { true } else { false } }
    }

    /// Every file of `media/` these keys name, with the place of its name in the front matter.
    package var files: [MediaPath] {
        var files: [MediaPath] = []
        if let image { files.append(MediaPath(relativePath: image.relativePath, place: image.place)) }
        for video in videos {
            if case let .file(path) = video.source { files.append(path) }
            files += [video.captions, video.still].compactMap { $0 }
        }
        return files + documents.map(\.file)
    }

    /// The same media with each transcript's links that lead where `isHidden` says the public
    /// cannot go written as their text only.
    package func removingLinks(where isHidden: (String) -> Bool) -> ContentMedia {
        var media = self
        media.videos = videos.map { video in
            var video = video
            video.transcript = video.transcript.removingLinks(where: isHidden)
            return video
        }
        return media
    }
}

/// A file of `media/` named in a front matter: its path under `media/` and where it is written.
package struct MediaPath: Sendable, Hashable {
    package var relativePath: String
    package var place: SourcePosition?

    package init(relativePath: String, place: SourcePosition?) {
        self.relativePath = relativePath
        self.place = place
    }
}

/// A video of `videos`: where it is played, its transcript, its captions and its still image.
package struct Video: Sendable, Hashable {
    package var title: String
    package var source: VideoSource
    /// What is said and shown, in Markdown (`transcription`), published under the player.
    package var transcript: MarkdownBody
    /// The WebVTT captions of a video file (`sous_titres`).
    package var captions: MediaPath?
    /// The image shown before the video is loaded (`vignette`).
    package var still: MediaPath?

    package init(title: String, source: VideoSource, transcript: MarkdownBody, captions: MediaPath? = nil, still: MediaPath? = nil) {
        self.title = title
        self.source = source
        self.transcript = transcript
        self.captions = captions
        self.still = still
    }
}

/// Where a video is played from.
package enum VideoSource: Sendable, Hashable {
    /// A video platform's player, loaded only when the reader asks for it.
    case platform(VideoPlatformAddress)
    /// A file of `media/` (MP4 or WebM), played by the browser.
    case file(MediaPath)
}

/// A video on a platform: the platform, the page to watch it there and its player's address.
package struct VideoPlatformAddress: Sendable, Hashable {
    package var platform: VideoPlatform
    /// The video's page on the platform, as the author gave it.
    package var watchURL: String
    /// The address of the player put in the page once the reader asks for it.
    package var playerURL: String
    /// The server that plays it, shown to the reader before the player loads (`www.youtube-nocookie.com`).
    package var host: String

    package init(platform: VideoPlatform, watchURL: String, playerURL: String, host: String) {
        self.platform = platform
        self.watchURL = watchURL
        self.playerURL = playerURL
        self.host = host
    }
}

/// The video platforms a video may come from.
package enum VideoPlatform: String, Sendable, Hashable, CaseIterable {
    case peerTube, youTube, dailymotion, vimeo

    /// The platform's name as the reader knows it.
    package var name: String {
        switch self {
        case .peerTube: "PeerTube"
        case .youTube: "YouTube"
        case .dailymotion: "Dailymotion"
        case .vimeo: "Vimeo"
        }
    }
}

/// A file of `documents`: its title, its file and the language it is written in when not French.
package struct DownloadableDocument: Sendable, Hashable {
    package var title: String
    package var file: MediaPath
    /// The language's code (`en`), when it is not the site's.
    package var language: String?

    package init(title: String, file: MediaPath, language: String? = nil) {
        self.title = title
        self.file = file
        self.language = language
    }
}
