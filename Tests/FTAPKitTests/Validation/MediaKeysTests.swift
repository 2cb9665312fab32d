import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPModel
@testable import FTAPValidation
import Testing

/// `image`, `videos` and `documents`: each mistake an author makes with them is an error at the
/// line that holds it, in French, with what to write.
@Suite struct MediaKeysTests {
    /// A news item with `keys` in its front matter (the file's line 6 is the first of `keys`).
    static func news(_ keys: String) -> ContentFile {
        TestContent.file(.news, "rencontre", "---\ntitre: \"Rencontre\"\ndate: 2020-01-10\nresume: \"R\"\nrubriques: [\"Sujet\"]\n\(keys)\n---\nTexte.\n")
    }

    /// Files of `media/` as the build finds them: a PDF and a video (no image: none is read here).
    static let media = [MediaFile(relativePath: "reglement.pdf", sourcePath: "/nulle-part/reglement.pdf", byteCount: 1_240_000),
                        MediaFile(relativePath: "film.mp4", sourcePath: "/nulle-part/film.mp4", byteCount: 3_000_000)]

    static func diagnostics(_ keys: String) -> [Diagnostic] {
        TestContent.validate([news(keys)], media: media).diagnostics.filter { $0.file.hasSuffix("rencontre.md") }
    }

    static func only(_ code: DiagnosticCode, _ keys: String) throws -> Diagnostic {
        let found = diagnostics(keys)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first { $0.code == code }, "\(found)")
    }

    @Test func anImageWithoutAltOrWithAWordForAltIsRefusedAtItsLine() throws {
        let missing = try Self.only(.missingImageText, "image:\n  fichier: /media/reglement.pdf\n  legende: \"La rencontre\"")
        #expect(missing.position?.line == 7, "the line of the image's mapping: \(missing)")
        #expect(missing.message.contains("ajoutez « alt: »") && missing.message.contains("decorative: true"), "\(missing.message)")
        let generic = Self.diagnostics("image:\n  fichier: /media/photo.jpg\n  alt: \"Illustration\"").first { $0.code == .missingImageText }
        #expect(generic?.position?.line == 8 && generic?.message.contains("Illustration") == true && generic?.message.contains("ne dit pas ce qu") == true,
                "\(String(describing: generic))")
    }

    @Test func aDecorativeImageHasNoAlt() throws {
        let both = try Self.only(.conflictingKeys, "image:\n  fichier: /media/reglement.pdf\n  decorative: true\n  alt: \"Le logo\"")
        #expect(both.position?.line == 9 && both.message.contains("se contredisent"), "\(both)")
    }

    @Test func anImageMustBeAPhotoOfMediaThatDecodes() throws {
        let wrong = try Self.only(.refusedMedia, "image:\n  fichier: /media/reglement.pdf\n  alt: \"Le règlement\"")
        #expect(wrong.position?.line == 7 && wrong.message.contains("JPEG, PNG ou WebP"), "\(wrong)")
        let outside = try Self.only(.invalidURL, "image:\n  fichier: photo.jpg\n  alt: \"Le règlement\"")
        #expect(outside.message.contains("écrite à partir de /media/"), "\(outside.message)")
    }

    @Test func aVideoWithoutTranscriptIsRefusedAtTheVideo() throws {
        let missing = try Self.only(.missingTranscript, "videos:\n  - titre: \"Entretien\"\n    url: https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        #expect(missing.position?.line == 7, "the line of the video's first key: \(missing)")
        #expect(missing.message.contains("transcription: |") && missing.message.contains("critère 4.1 du RGAA"), "\(missing.message)")
        let empty = try Self.only(.missingTranscript, "videos:\n  - titre: \"Entretien\"\n    fichier: /media/film.mp4\n    transcription: \"  \"")
        #expect(empty.position?.line == 9, "\(empty)")
    }

    @Test func anAddressThatIsNotOneVideoIsRefusedWithWhatToCopy() throws {
        let channel = try Self.only(.unknownVideoAddress,
                                    "videos:\n  - titre: \"Entretien\"\n    url: https://www.youtube.com/@ditp\n    transcription: \"Texte.\"")
        #expect(channel.position?.line == 8 && channel.message.contains("copiez l'adresse de la page de la vidéo"), "\(channel)")
        let both = try Self.only(.conflictingKeys, "videos:\n  - titre: \"E\"\n    url: https://vimeo.com/76979871\n    fichier: /media/film.mp4\n    transcription: \"T\"")
        #expect(both.position?.line == 9, "\(both)")
        let neither = try Self.only(.missingKey, "videos:\n  - titre: \"E\"\n    transcription: \"T\"")
        #expect(neither.message.contains("ni « url »"), "\(neither.message)")
    }

    @Test func aFileTheKeysNameMustBeInMediaWithItsCase() throws {
        let missing = try Self.only(.brokenInternalLink, "documents:\n  - titre: \"Règlement\"\n    fichier: /media/Reglement.pdf")
        #expect(missing.position?.line == 8, "\(missing)")
        #expect(missing.message.contains("« fichier du 1er document »") && missing.message.contains("s'écrit « /media/reglement.pdf »"),
                "\(missing.message)")
        let captions = try Self.only(.brokenInternalLink,
                                     "videos:\n  - titre: \"E\"\n    fichier: /media/film.mp4\n    sous_titres: /media/film.vtt\n    transcription: \"T\"")
        #expect(captions.position?.line == 9 && captions.message.contains("sous_titres de la 1re vidéo"), "\(captions)")
    }

    @Test func aDocumentsLanguageIsATwoLetterCode() throws {
        let wrong = try Self.only(.invalidEnum, "documents:\n  - titre: \"Rules\"\n    fichier: /media/reglement.pdf\n    langue: anglais")
        #expect(wrong.position?.line == 9 && wrong.message.contains("« en » pour l'anglais"), "\(wrong)")
    }

    @Test func aValidItemKeepsItsMediaAndTheTranscriptIsMarkdownAtItsLines() throws {
        let keys = """
        image:
          fichier: /media/reglement.pdf
          decorative: true
        videos:
          - titre: "Entretien"
            url: https://youtu.be/dQw4w9WgXcQ
            transcription: |
              **Question** : pourquoi ?

              Voir [le site](https://exemple.fr).
        documents:
          - titre: "Rules"
            fichier: /media/reglement.pdf
            langue: en
        """
        let result = TestContent.validate([Self.news(keys)], media: Self.media)
        let item = try #require(result.content?.news.first)
        #expect(item.media.image?.isDecorative == true)
        let video = try #require(item.media.videos.first)
        guard case let .platform(address) = video.source else { Issue.record("not a platform's video: \(video.source)"); return }
        #expect(address.playerURL == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
        #expect(video.transcript.html.contains("<strong>Question</strong>"))
        #expect(video.transcript.links.first?.position.line == 15, "the link's line in the file: \(video.transcript.links)")
        #expect(item.media.documents.first?.language == "en")
    }
}

/// The addresses authors copy from the platforms, read into the player that loads only on demand.
@Suite struct VideoAddressTests {
    @Test(arguments: [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?si=abc", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.dailymotion.com/video/x8abc12", "https://geo.dailymotion.com/player.html?video=x8abc12"),
        ("https://dai.ly/x8abc12", "https://geo.dailymotion.com/player.html?video=x8abc12"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://vimeo.com/76979871/8272103f6e", "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e"),
        ("https://tube.numerique.gouv.fr/w/9c9de5e8-0a1e-484a-b099-e80766180a6d", "https://tube.numerique.gouv.fr/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d"),
        ("https://video.exemple.fr/videos/watch/kkGMgK9ZtnKfYAgnEtQxbv", "https://video.exemple.fr/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv"),
    ])
    func aVideosAddressGivesItsPlayer(address: String, player: String) {
        #expect(VideoAddress.read(address)?.playerURL == player, "\(address)")
    }

    @Test(arguments: ["https://www.youtube.com/@ditp", "https://www.youtube.com/playlist?list=PL123", "https://www.youtube.com/watch?v=court",
                      "https://vimeo.com/channels/staffpicks", "https://www.dailymotion.com/ditp", "https://www.modernisation.gouv.fr/w/x",
                      "https://exemple.fr/video.mp4", "https://www.youtube.com/watch?v=dQw4w9WgXcQ/../x"])
    func anythingElseIsNotAVideo(address: String) {
        #expect(VideoAddress.read(address) == nil, "\(address)")
    }
}
