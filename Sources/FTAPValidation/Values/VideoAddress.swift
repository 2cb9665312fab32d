import FTAPModel

/// The address of a video on a platform, as an author copies it from the browser or from the
/// platform's « Partager » button, read into the platform and its player's address. The player
/// chosen sends as little as the platform allows: YouTube's privacy-enhanced domain
/// (`youtube-nocookie.com`), Vimeo's « do not track ».
enum VideoAddress {
    /// The platform's video for `address` (an https address already checked by `WebAddress`);
    /// nil when it is not the address of one video of PeerTube, YouTube, Dailymotion or Vimeo.
    static func read(_ address: String) -> VideoPlatformAddress? {
        guard let parts = Parts(address) else { return nil }
        if let id = youTubeID(parts) {
            return VideoPlatformAddress(platform: .youTube, watchURL: "https://www.youtube.com/watch?v=\(id)",
                                        playerURL: "https://www.youtube-nocookie.com/embed/\(id)", host: "www.youtube-nocookie.com")
        }
        if let id = dailymotionID(parts) {
            return VideoPlatformAddress(platform: .dailymotion, watchURL: "https://www.dailymotion.com/video/\(id)",
                                        playerURL: "https://geo.dailymotion.com/player.html?video=\(id)", host: "geo.dailymotion.com")
        }
        if let (id, hash) = vimeoID(parts) {
            let watch = "https://vimeo.com/\(id)" + (hash.map { "/\($0)" } ?? "")
            let player = "https://player.vimeo.com/video/\(id)?dnt=1" + (hash.map { "&h=\($0)" } ?? "")
            return VideoPlatformAddress(platform: .vimeo, watchURL: watch, playerURL: player, host: "player.vimeo.com")
        }
        if let id = peerTubeID(parts) {
            return VideoPlatformAddress(platform: .peerTube, watchURL: "https://\(parts.host)/w/\(id)",
                                        playerURL: "https://\(parts.host)/videos/embed/\(id)", host: parts.host)
        }
        return nil
    }

    /// The host (lower case, without `www.` kept apart), the path's segments and the query's values.
    private struct Parts {
        var host: String
        var segments: [String]
        var query: [String: String]

        init?(_ address: String) {
            guard address.lowercased().hasPrefix("https://") else { return nil }
            let rest = address.dropFirst("https://".count)
            let beforeFragment = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? rest
            let pathAndQuery = beforeFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let hostAndPath = pathAndQuery.first ?? ""
            let pieces = hostAndPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            guard let host = pieces.first, !host.contains(":") else { return nil }
            self.host = host.lowercased()
            segments = Array(pieces.dropFirst())
            var query: [String: String] = [:]
            if pathAndQuery.count == 2 {
                for pair in pathAndQuery[1].split(separator: "&") {
                    let keyValue = pair.split(separator: "=", maxSplits: 1)
                    if keyValue.count == 2 { query[String(keyValue[0])] = String(keyValue[1]) }
                }
            }
            self.query = query
        }

        func isHost(_ names: [String]) -> Bool { names.contains(host) }
    }

    private static func youTubeID(_ parts: Parts) -> String? {
        let id: String?
        if parts.isHost(["youtu.be"]) {
            id = parts.segments.first
        } else if parts.isHost(["youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"]) {
            switch parts.segments.first {
            case "watch"?: id = parts.segments.count == 1 ? parts.query["v"] : nil
            case "embed"?, "shorts"?, "live"?, "v"?: id = parts.segments.count == 2 ? parts.segments[1] : nil
            default: id = nil
            }
        } else {
            id = nil
        }
        guard let id, id.count == 11, id.allSatisfy(isIDCharacter) else { return nil }
        return id
    }

    private static func dailymotionID(_ parts: Parts) -> String? {
        let id: String?
        if parts.isHost(["dai.ly"]) {
            id = parts.segments.count == 1 ? parts.segments[0] : nil
        } else if parts.isHost(["dailymotion.com", "www.dailymotion.com", "geo.dailymotion.com"]) {
            switch parts.segments {
            case let segments where segments.count == 2 && segments[0] == "video": id = segments[1]
            case let segments where segments.count == 3 && segments[0] == "embed" && segments[1] == "video": id = segments[2]
            case ["player.html"]: id = parts.query["video"]
            default: id = nil
            }
        } else {
            id = nil
        }
        // « x8abc12_titre-de-la-video »: the identifier is before the underscore.
        guard let id = id?.split(separator: "_").first.map(String.init), !id.isEmpty, id.count <= 24,
              id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return id
    }

    private static func vimeoID(_ parts: Parts) -> (String, String?)? {
        var segments = parts.segments
        if parts.isHost(["player.vimeo.com"]) {
            guard segments.first == "video" else { return nil }
            segments.removeFirst()
        } else if !parts.isHost(["vimeo.com", "www.vimeo.com"]) {
            return nil
        }
        guard let id = segments.first, !id.isEmpty, id.count <= 12, id.allSatisfy(\.isASCIIDigit) else { return nil }
        let hash = segments.count == 2 ? segments[1] : parts.query["h"]
        if let hash, !(hash.count <= 20 && hash.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })) { return nil }
        guard segments.count <= 2 else { return nil }
        return (id, hash)
    }

    /// PeerTube runs on many servers: a video's address is `https://<server>/w/<id>`,
    /// `/videos/watch/<uuid>` or `/videos/embed/<id>`.
    private static func peerTubeID(_ parts: Parts) -> String? {
        let id: String?
        switch parts.segments {
        case let segments where segments.count == 2 && segments[0] == "w": id = segments[1]
        case let segments where segments.count == 3 && segments[0] == "videos" && (segments[1] == "watch" || segments[1] == "embed"):
            id = segments[2]
        default: id = nil
        }
        guard let id, (22...36).contains(id.count), id.allSatisfy({ isIDCharacter($0) && $0 != "_" }) else { return nil }
        return id
    }

    private static func isIDCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }
}
