import Foundation
@testable import FTAPImages
import Testing

/// A site with a phone's photo (4,000 × 3,000, its GPS position in EXIF) and a transparent PNG, as
/// `ftap build` publishes it: widths in WebP and in the image's format, none over 2,000 pixels,
/// none with metadata, `<picture>` with `srcset`, `width` and `height`; a second build reads the
/// cache and writes the same bytes.
@Suite struct ImagePublishingTests {
    @Test func photosArePublishedInSeveralWidthsWithoutMetadataAndTheCacheChangesNoByte() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteYAML)
        try folder.write("content/media/reunions/lancement.jpg", bytes: try TestImages.jpeg(width: 4000, height: 3000, gps: true))
        try folder.write("content/media/logo.png", bytes: TestImages.png(width: 600, height: 400))
        try folder.write("content/media/videos/lancement.mp4", "video")
        try folder.write("content/media/videos/lancement.vtt", "WEBVTT\n")
        // A large PDF (6 MB), to download: its format and size are said, computed.
        try folder.write("content/media/documents/reglement.pdf", bytes: Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: 6_000_000))
        try folder.write("content/pages/galerie.md", """
            ---
            titre: "Galerie"
            image:
              fichier: /media/reunions/lancement.jpg
              alt: "La salle de la réunion de lancement"
              legende: "La réunion de lancement"
              credit: "DITP"
            documents:
              - titre: "Règlement de l'appel"
                fichier: /media/documents/reglement.pdf
            videos:
              - titre: "Le lancement"
                fichier: /media/videos/lancement.mp4
                sous_titres: /media/videos/lancement.vtt
                vignette: /media/reunions/lancement.jpg
                transcription: |
                  Les participants se présentent.
            ---
            ![Les participants de la réunion de lancement autour d'une table](/media/reunions/lancement.jpg)

            ![Logo du fonds](/media/logo.png)

            Lire [le règlement](/media/documents/reglement.pdf).

            """)
        for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(slug).md", "---\ntitre: \"\(slug)\"\n---\nTexte.\n")
        }
        let build = ["build", "--templates", FTAPProcess.templates, "--cache", "cache"]
        let first = try FTAPProcess.run(build, in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        let site = folder.files(under: "public")

        let images = site.filter { path, _ in path.hasPrefix("media/") && [".jpg", ".png", ".webp"].contains { path.hasSuffix($0) } }
        #expect(Set(images.keys) == [
            "media/reunions/lancement-400w.webp", "media/reunions/lancement-800w.webp", "media/reunions/lancement-1200w.webp",
            "media/reunions/lancement-2000w.webp", "media/reunions/lancement-400w.jpg", "media/reunions/lancement-800w.jpg",
            "media/reunions/lancement-1200w.jpg", "media/reunions/lancement.jpg",
            "media/logo-400w.webp", "media/logo-600w.webp", "media/logo-400w.png", "media/logo.png",
        ])
        let scratch = folder.root.appendingPathComponent("probe")
        for (path, data) in images {
            #expect(!TestImages.holdsMetadata(Array(data)), "\(path) holds metadata")
            try data.write(to: scratch)
            let info = try ImageLibrary.probe(scratch.path).get()
            #expect(info.width <= 2000, "\(path) is \(info.width) pixels wide")
        }

        let page = String(decoding: site["galerie/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<picture><source type=\"image/webp\" srcset=\"/media/reunions/lancement-400w.webp 400w, /media/reunions/lancement-800w.webp 800w, /media/reunions/lancement-1200w.webp 1200w, /media/reunions/lancement-2000w.webp 2000w\""), "\(page)")
        #expect(page.contains("<img src=\"/media/reunions/lancement.jpg\" alt=\"Les participants de la réunion de lancement autour d’une table\" srcset=\"/media/reunions/lancement-400w.jpg 400w, /media/reunions/lancement-800w.jpg 800w, /media/reunions/lancement-1200w.jpg 1200w, /media/reunions/lancement.jpg 2000w\""))
        #expect(page.contains("width=\"2000\" height=\"1500\" loading=\"lazy\" decoding=\"async\"></picture>"))
        #expect(page.contains("srcset=\"/media/logo-400w.png 400w, /media/logo.png 600w\""))
        // The page's image: a DSFR figure with its caption and credit, and what a shared link shows.
        #expect(page.contains("<figure class=\"fr-content-media ftap-illustration\">\n<picture><source type=\"image/webp\""), "\(page)")
        #expect(page.contains("alt=\"La salle de la réunion de lancement\""))
        #expect(page.contains("<figcaption class=\"fr-content-media__caption\">La réunion de lancement – Crédit&nbsp;: DITP</figcaption>"), "\(page)")
        #expect(page.contains("<meta property=\"og:image\" content=\"https://exemple.gouv.fr/media/reunions/lancement-1200w.jpg\">"))
        #expect(page.contains("<meta property=\"og:image:height\" content=\"900\">"))
        // A video of media/: played by the browser with its captions and still image, its transcript under it.
        #expect(page.contains("<video class=\"ftap-video__file\" controls preload=\"none\" poster=\"/media/reunions/lancement.jpg\">\n<source src=\"/media/videos/lancement.mp4\" type=\"video/mp4\">\n<track kind=\"captions\" src=\"/media/videos/lancement.vtt\" srclang=\"fr\" label=\"Français\" default>"), "\(page)")
        #expect(page.contains("<div class=\"fr-transcription__content ftap-body\"><p>Les participants se présentent.</p>"))
        #expect(!page.contains("videos.js"), "no platform's video: no script to load one")
        // The PDF, copied as it is, shown with its format and size in the download block and in the text.
        #expect(site["media/documents/reglement.pdf"]?.count == 6_000_009)
        #expect(page.contains("href=\"/media/documents/reglement.pdf\" download>Règlement de l’appel <span class=\"fr-link__detail\">PDF – 6\u{00A0}Mo</span></a>"), "\(page)")
        #expect(page.contains("<a href=\"/media/documents/reglement.pdf\">le règlement (PDF, 6\u{00A0}Mo)</a>"), "\(page)")

        // The second build reads every width from the cache: the same bytes, file by file.
        let cached = (try? FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("cache/images").path)) ?? []
        #expect(!cached.isEmpty, "nothing kept in the cache")
        let second = try FTAPProcess.run(build, in: folder.root)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(folder.files(under: "public") == site)
    }

    @Test func anImageThatDoesNotDecodeOrIsTooLargeIsAnErrorAtItsFile() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteYAML)
        let jpeg = try TestImages.jpeg(width: 640, height: 480)
        try folder.write("content/media/tronquee.jpg", bytes: Array(jpeg.prefix(jpeg.count / 2)))
        try folder.write("content/media/lourde.png", bytes: [UInt8](repeating: 0, count: 25_000_001))
        try folder.write("content/media/photo.jpg", bytes: jpeg)
        try folder.write("content/media/photo-400w.webp", bytes: jpeg)
        try folder.write("content/media/Ma Réunion.jpg", bytes: jpeg)
        try folder.write("content/media/inutile.jpg", bytes: jpeg)
        try folder.write("content/media/entretien.mp4", "video")
        try folder.write("content/pages/page.md", "---\ntitre: \"Page\"\n---\n![La salle](/media/Ma%20R%C3%A9union.jpg)\n\n![La salle à moitié](/media/tronquee.jpg)\n\n![L'entretien](/media/entretien.mp4)\n")
        let result = try FTAPProcess.run(["check", "--format", "json", "--cache", "cache"], in: folder.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let found = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { diagnostic -> String? in
            guard let code = diagnostic["code"] as? String, let file = diagnostic["file"] as? String else { return nil }
            return "\(file.split(separator: "/").last ?? "") \(code)"
        }
        #expect(found.contains("tronquee.jpg image-illisible"), "\(found)")
        // And at the line of the text that shows it.
        let shown = (object["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "media-refuse" }
        #expect(shown.map { $0["line"] as? Int } == [6, 8] && shown.allSatisfy { ($0["file"] as? String)?.hasSuffix("pages/page.md") == true },
                "\(shown)")
        #expect((shown.last?["message"] as? String)?.contains("donnez-la dans la clé") == true, "\(shown)")
        #expect(found.contains("lourde.png image-trop-grande"), "\(found)")
        #expect(found.contains("photo-400w.webp nom-de-media-reserve"), "\(found)")
        #expect(found.contains("inutile.jpg image-inutilisee"), "\(found)")
        #expect(found.contains("Ma Réunion.jpg nom-de-media-a-changer"), "\(found)")
        #expect(!found.contains("Ma Réunion.jpg image-inutilisee"), "a link written with %20 and %C3%A9 shows it: \(found)")
        let rename = (object["diagnostics"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "nom-de-media-a-changer" }
        #expect((rename?["message"] as? String)?.contains("renommez-le « ma-reunion.jpg »") == true, "\(String(describing: rename))")
    }

    @Test func aCacheInsideTheContentOrTheSiteIsRefused() throws {
        let folder = try TemporaryContent()
        try folder.write("content/site.yml", TestContent.siteYAML)
        for (command, cache) in [("check", "content/cache"), ("build", "public/.cache")] {
            let result = try FTAPProcess.run([command, "--templates", FTAPProcess.templates, "--cache", cache], in: folder.root)
            #expect(result.status == 2, "\(command) --cache \(cache)")
            #expect(result.stderr.contains("dossier de cache refusé : il est dans le dossier"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(cache).path))
        }
    }

    @Test func theDefaultImageIsWhatASharedPageShowsAndAMissingOneIsAnErrorAtItsLine() throws {
        let folder = try TemporaryContent()
        let site = TestContent.siteYAML + "\nimage_par_defaut:\n  fichier: /media/partage.jpg\n  alt: \"Le logo du fonds\"\n"
        try folder.write("content/site.yml", site)
        for slug in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(slug).md", "---\ntitre: \"\(slug)\"\n---\nTexte.\n")
        }
        let missing = try FTAPProcess.run(["check", "--format", "json", "--cache", "cache"], in: folder.root)
        #expect(missing.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(missing.stdout.utf8)) as? [String: Any])
        let error = (object["diagnostics"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "lien-interne-casse" }
        let line = site.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("fichier: /media/partage.jpg") }.map { $0 + 1 }
        #expect(error?["line"] as? Int == line, "\(String(describing: error))")
        #expect((error?["message"] as? String)?.contains("« fichier de l’image par défaut » : « /media/partage.jpg » n'est pas dans content/media/") == true)

        try folder.write("content/media/partage.jpg", bytes: try TestImages.jpeg(width: 1600, height: 900))
        let build = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--cache", "cache"], in: folder.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("image-inutilisee"), "the default image is used: \(build.stderr)")
        let home = String(decoding: folder.files(under: "public")["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("<meta property=\"og:image\" content=\"https://exemple.gouv.fr/media/partage-1200w.jpg\">"), "\(home)")
        #expect(home.contains("<meta name=\"twitter:image\" content=\"https://exemple.gouv.fr/media/partage-1200w.jpg\">"), "\(home)")
        #expect(home.contains("<meta property=\"og:image:width\" content=\"1200\">") && home.contains("<meta property=\"og:image:height\" content=\"675\">"))
        #expect(home.contains("<meta property=\"og:image:alt\" content=\"Le logo du fonds\">"))
        #expect(home.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    }
}
