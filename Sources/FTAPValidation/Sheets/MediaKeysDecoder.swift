import FTAPContent
import FTAPCore
import FTAPImages
import FTAPModel

/// The keys every kind of item shares to show media (`image`, `videos`, `documents`): each file
/// written `/media/…` (the files themselves are checked against `media/` with the other files),
/// an image's alternative text required unless it is decorative, a video's transcript required
/// and its platform recognised.
enum MediaKeysDecoder {
    static let keys = ["image", "videos", "documents"]
    static let imageKeys = MediaSchema.image.map(\.key)
    static let videoKeys = MediaSchema.video.map(\.key)
    static let documentKeys = MediaSchema.document.map(\.key)

    /// The media of one item; without `videos` for a kind that has no such key (a testimonial, a quote).
    static func decode(_ reader: MappingReader, file: String, withVideos: Bool = true) -> ContentMedia {
        let image = reader.mapping("image", allowedKeys: imageKeys).flatMap(decodeImage)
        let videos = withVideos ? reader.mappingList("videos", allowedKeys: videoKeys).compactMap { decodeVideo($0, file: file) } : []
        let documents = reader.mappingList("documents", allowedKeys: documentKeys).compactMap(decodeDocument)
        return ContentMedia(image: image, videos: videos, documents: documents)
    }

    /// `image`: `fichier` and `alt`, or `decorative: true` and no `alt`.
    private static func decodeImage(_ image: MappingReader) -> ImageReference? {
        let file = mediaPath(image, "fichier", required: true, example: "/media/photos/atelier-usagers.jpg")
        let isDecorative = image.bool("decorative") ?? false
        var alt = ""
        if isDecorative {
            if image.value("alt", required: false) != nil {
                image.sink.error(DiagnosticCode.conflictingKeys,
                                 "« \(image.spoken("alt")) » et « decorative: true » se contredisent : une image décorative n'a pas de texte alternatif ; retirez l'un des deux",
                                 at: image.keyPlace("alt"))
            }
        } else if let text = image.value("alt", required: false).flatMap({ image.scalarText($0, key: "alt", expected: "un texte") }) {
            if let problem = ImageTextRules.problem(text, destination: file.map { "/media/" + $0.relativePath } ?? "") {
                image.sink.error(DiagnosticCode.missingImageText,
                                 "cette image \(problem) : écrivez dans « \(image.spoken("alt")) » ce qu'elle montre à qui ne la voit pas (critère 1.1 du RGAA), ou « decorative: true » si elle n'apporte rien au texte",
                                 at: image.value("alt", required: false).flatMap(image.place))
            }
            alt = text.trimmingWhitespace()
        } else {
            image.sink.error(DiagnosticCode.missingImageText,
                             "cette image n'a pas de texte alternatif : ajoutez « alt: » suivi de ce qu'elle montre à qui ne la voit pas (critère 1.1 du RGAA), ou « decorative: true » si elle n'apporte rien au texte",
                             at: image.position)
        }
        let caption = image.string("legende")
        let credit = image.string("credit")
        guard let file, isDecorative || !alt.isEmpty else { return nil }
        return ImageReference(relativePath: file.relativePath, alt: alt, place: file.place, caption: caption, credit: credit)
    }

    /// A video: `titre`, `url` or `fichier`, `transcription`, `sous_titres` and `vignette`.
    private static func decodeVideo(_ video: MappingReader, file: String) -> Video? {
        let title = video.string("titre", required: true)
        let hasURL = video.value("url", required: false) != nil, hasFile = video.value("fichier", required: false) != nil
        var source: VideoSource?
        switch (hasURL, hasFile) {
        case (true, true):
            video.sink.error(DiagnosticCode.conflictingKeys,
                             "une vidéo vient soit d'une plateforme (« url »), soit d'un fichier de content/media/ (« fichier ») : gardez l'un des deux",
                             at: video.keyPlace("fichier"))
        case (false, false):
            video.sink.error(DiagnosticCode.missingKey,
                             "cette vidéo n'a ni « url » (son adresse sur PeerTube, YouTube, Dailymotion ou Vimeo) ni « fichier » (une vidéo MP4 ou WebM de content/media/) : ajoutez l'un des deux",
                             at: video.position)
        case (true, false):
            if let address = video.url("url", httpsOnly: true) {
                if let platform = VideoAddress.read(address) {
                    source = .platform(platform)
                } else {
                    video.sink.error(DiagnosticCode.unknownVideoAddress,
                                     "« \(address) » n'est pas l'adresse d'une vidéo de PeerTube, YouTube, Dailymotion ou Vimeo : copiez l'adresse de la page de la vidéo (par exemple « https://www.youtube.com/watch?v=… » ou « https://video.exemple.fr/w/… »), ou déposez la vidéo dans content/media/ et donnez « fichier »",
                                     at: video.value("url", required: false).flatMap(video.place))
                }
            }
        case (false, true):
            if let path = mediaPath(video, "fichier", required: true, example: "/media/videos/entretien.mp4") {
                if videoFormats.contains(MediaFile.fileExtension(of: path.relativePath)) {
                    source = .file(path)
                } else {
                    video.sink.error(DiagnosticCode.refusedMedia,
                                     "« \(video.spoken("fichier")) » : « /media/\(path.relativePath) » n'est pas une vidéo que les navigateurs lisent ; enregistrez-la en MP4 (H.264) ou en WebM",
                                     at: path.place)
                }
            }
        }
        let transcript = decodeTranscript(video, file: file)
        let captions = mediaPath(video, "sous_titres", required: false, example: "/media/videos/entretien.vtt")
        if let captions, MediaFile.fileExtension(of: captions.relativePath) != "vtt" {
            video.sink.error(DiagnosticCode.refusedMedia,
                             "« \(video.spoken("sous_titres")) » : les sous-titres d'une vidéo sont un fichier WebVTT (« .vtt ») ; « /media/\(captions.relativePath) » n'en est pas un",
                             at: captions.place)
        }
        if captions != nil, case .platform? = source {
            video.sink.error(DiagnosticCode.conflictingKeys,
                             "« \(video.spoken("sous_titres")) » sert aux vidéos déposées dans content/media/ : pour une vidéo de plateforme, ajoutez les sous-titres sur la plateforme et retirez cette ligne",
                             at: captions?.place)
        }
        let still = mediaPath(video, "vignette", required: false, example: "/media/videos/entretien.jpg")
        guard let title, let source, let transcript else { return nil }
        return Video(title: title, source: source, transcript: transcript, captions: captions, still: still)
    }

    /// The transcript, Markdown: its links and images checked like those of a body.
    private static func decodeTranscript(_ video: MappingReader, file: String) -> MarkdownBody? {
        guard let node = video.value("transcription", required: false) else {
            video.sink.error(DiagnosticCode.missingTranscript,
                             "cette vidéo n'a pas de transcription : ajoutez « transcription: | » suivi, sur les lignes d'en dessous et en retrait, de ce qui est dit et montré (critère 4.1 du RGAA : sans elle, la vidéo est inaccessible à qui ne l'entend ou ne la voit pas)",
                             at: video.position)
            return nil
        }
        guard let text = video.scalarText(node, key: "transcription", expected: "un texte"), let scalar = node.scalar else { return nil }
        guard !text.trimmingWhitespace().isEmpty else {
            video.sink.error(DiagnosticCode.missingTranscript, "la transcription de cette vidéo est vide : écrivez ce qui est dit et montré (critère 4.1 du RGAA)",
                             at: video.place(of: node))
            return nil
        }
        let start = video.place(of: node)?.line ?? video.position.line
        // A block (« | ») starts on the line after its indicator.
        let firstLine = scalar.style == .literal || scalar.style == .folded ? start + 1 : start
        let (body, problems) = MarkdownBody.parse(text, firstLine: firstLine, file: file)
        for problem in problems { video.sink.record(problem) }
        return body
    }

    /// A document: `titre`, `fichier`, `langue`.
    private static func decodeDocument(_ document: MappingReader) -> DownloadableDocument? {
        let title = document.string("titre", required: true)
        let file = mediaPath(document, "fichier", required: true, example: "/media/documents/reglement-appel-2025.pdf")
        var language = document.string("langue")
        if let code = language, !(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLowercase }) {
            document.sink.error(DiagnosticCode.invalidEnum,
                                "« \(document.spoken("langue")) » est le code de la langue du document en deux lettres minuscules, par exemple « en » pour l'anglais ou « de » pour l'allemand (trouvé : « \(code) ») ; omettez-la pour un document en français",
                                at: document.value("langue", required: false).flatMap(document.place))
            language = nil
        }
        guard let title, let file else { return nil }
        return DownloadableDocument(title: title, file: file, language: language == "fr" ? nil : language)
    }

    /// A file of `media/` written `/media/…`.
    static func mediaPath(_ reader: MappingReader, _ key: String, required: Bool, example: String) -> MediaPath? {
        guard let file = reader.string(key, required: required) else { return nil }
        let place = reader.value(key, required: false).flatMap(reader.place)
        guard file.hasPrefix("/media/"), file.count > "/media/".count else {
            reader.sink.error(DiagnosticCode.invalidURL,
                              "« \(reader.spoken(key)) » est l'adresse d'un fichier de content/media/, écrite à partir de /media/ (par exemple « \(example) » ; trouvé : « \(file) »)",
                              at: place)
            return nil
        }
        return MediaPath(relativePath: String(file.dropFirst("/media/".count)), place: place)
    }

    static let videoFormats: Set<String> = ["mp4", "webm"]
}
