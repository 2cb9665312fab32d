import Foundation
@testable import FTAPImages
import Testing

/// libvips through `ImageLibrary`, `ResponsiveImage` and `ImageCache`: the widths made of a photo,
/// without its metadata, the same bytes from the cache as made anew.
@Suite struct ImageLibraryTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The preview does not read an unchanged photo again to hash it; a photo replaced, even by
    /// one of the same size, is hashed anew.
    @Test func aPhotosHashIsRememberedUntilItsFileChanges() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("photo.jpg").path
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: path))
        let first = try #require(ImageHashes.hash(ofFileAt: path))
        #expect(first == ImageLibrary.sha256([UInt8](repeating: 1, count: 4096)))
        #expect(ImageHashes.hash(ofFileAt: path) == first)
        // Another photo of the same size, written in place (its modification time changes).
        try Data(repeating: 2, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(ImageHashes.hash(ofFileAt: path) == ImageLibrary.sha256([UInt8](repeating: 2, count: 4096)))
        #expect(ImageHashes.hash(ofFileAt: folder.appendingPathComponent("absente.jpg").path) == nil)
    }

    @Test func aPhotoWithItsGPSPositionIsPublishedInFourWidthsWithoutIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try TestImages.jpeg(width: 4000, height: 3000, gps: true)
        #expect(TestImages.holdsMetadata(original), "the test photo must carry its EXIF block")
        let path = folder.appendingPathComponent("photo.jpg").path
        try Data(original).write(to: URL(fileURLWithPath: path))

        let info = try ImageLibrary.probe(path).get()
        #expect(info == ImageInfo(width: 4000, height: 3000, format: .jpeg, hasAlpha: false))
        let image = ResponsiveImage(relativePath: "reunions/photo.jpg", info: info)
        #expect(image.publishedWidths == [400, 800, 1200, 2000])
        #expect(image.largestHeight == 1500)
        #expect(image.variants.map(\.relativePath) == [
            "reunions/photo-400w.webp", "reunions/photo-800w.webp", "reunions/photo-1200w.webp", "reunions/photo-2000w.webp",
            "reunions/photo-400w.jpg", "reunions/photo-800w.jpg", "reunions/photo-1200w.jpg", "reunions/photo.jpg",
        ])

        let cache = ImageCache(folder: folder.appendingPathComponent("cache").path)
        let hash = ImageLibrary.sha256(original)
        #expect(try cache.info(source: path, hash: hash).get() == info)
        for variant in image.variants {
            let bytes = try cache.bytes(of: variant, source: path, hash: hash).get()
            #expect(!TestImages.holdsMetadata(bytes), "\(variant.relativePath) holds metadata")
            let madePath = folder.appendingPathComponent("made").path
            try Data(bytes).write(to: URL(fileURLWithPath: madePath))
            let made = try ImageLibrary.probe(madePath).get()
            #expect(made.width == variant.width && made.format == variant.format, "\(variant.relativePath): \(made)")
            // Made again without the cache: the same bytes (reproducible), and from the cache too.
            #expect(try ImageLibrary.variant(of: path, width: variant.width, format: variant.format, quality: ImageCache.quality).get().bytes == bytes)
            #expect(try cache.bytes(of: variant, source: "/nowhere.jpg", hash: hash).get() == bytes)
        }
        #expect(try cache.info(source: "/nowhere.jpg", hash: hash).get() == info)
    }

    @Test func aSmallPNGKeepsItsWidthAndItsTransparency() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("logo.png").path
        try Data(TestImages.png(width: 600, height: 400)).write(to: URL(fileURLWithPath: path))
        let info = try ImageLibrary.probe(path).get()
        #expect(info == ImageInfo(width: 600, height: 400, format: .png, hasAlpha: true))
        let image = ResponsiveImage(relativePath: "logo.png", info: info)
        #expect(image.publishedWidths == [400, 600])
        #expect(image.variants.map(\.relativePath) == ["logo-400w.webp", "logo-600w.webp", "logo-400w.png", "logo.png"])
        for variant in image.variants {
            let made = folder.appendingPathComponent("made").path
            try Data(ImageLibrary.variant(of: path, width: variant.width, format: variant.format, quality: 80).get().bytes)
                .write(to: URL(fileURLWithPath: made))
            #expect(try ImageLibrary.probe(made).get().hasAlpha, "\(variant.relativePath) lost its transparency")
        }
    }

    @Test func aTruncatedOrFakeImageIsRefused() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = try TestImages.jpeg(width: 800, height: 600)
        let cases: [String: [UInt8]] = ["tronquee.jpg": Array(jpeg.prefix(jpeg.count / 2)), "texte.jpg": Array("pas une image".utf8),
                                        "vide.png": []]
        for (name, bytes) in cases {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(throws: ImageLibrary.Failure.self, "\(name)") { try ImageLibrary.probe(path).get() }
        }
    }
}
