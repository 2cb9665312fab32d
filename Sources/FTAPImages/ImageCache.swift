#if canImport(Glibc)
import Glibc
#endif
import FTAPFileSystem

/// The images made, kept between builds in a folder of their own (never the output, never the
/// content): a file is named by the SHA-256 of the original's bytes and the recipe, so an
/// unchanged photo is read from the cache instead of being read and made again, and a changed
/// one, or a new recipe, makes new files. libvips encodes the same bytes the same way, so a build
/// is reproducible with or without the cache. Without a folder, nothing is kept.
package struct ImageCache: Sendable {
    /// What decides the bytes made besides the original: change it when a width, a quality or the
    /// encoding options change.
    package static let recipe = "r1"
    /// Quality of WebP and JPEG files (PNG is lossless).
    package static let quality = 80

    /// The cache folder (`.cache/ftap/images` by default, from the command line), or nil.
    package var folder: String?

    package init(folder: String?) {
        self.folder = folder
    }

    /// What the original at `sourcePath`, whose bytes hash to `hash`, is (`ImageLibrary.probe`,
    /// which decodes every pixel): kept, so a build reads an unchanged photo's pixels only to
    /// make a missing file. A failure is not kept.
    package func info(source sourcePath: String, hash: String) -> Result<ImageInfo, ImageLibrary.Failure> {
        let kept = place(hash, "info")
        if let kept, case let .success(bytes) = RegularFileIO.read(kept), let info = Self.info(reading: bytes) { return .success(info) }
        return ImageLibrary.probe(sourcePath).map { info in
            if let kept { keep(Array("\(info.width) \(info.height) \(info.format.rawValue) \(info.hasAlpha ? 1 : 0)".utf8), at: kept) }
            return info
        }
    }

    /// The bytes of `variant` of the original at `sourcePath`, whose bytes hash to `hash`: from
    /// the cache when they are there, else made and kept (a cache that cannot be written only
    /// costs the time of making them again).
    package func bytes(of variant: ResponsiveImage.Variant, source sourcePath: String, hash: String)
        -> Result<[UInt8], ImageLibrary.Failure> {
        let kept = place(hash, "\(variant.width).\(variant.format.fileExtension)")
        if let kept, case let .success(bytes) = RegularFileIO.read(kept), !bytes.isEmpty { return .success(bytes) }
        return ImageLibrary.variant(of: sourcePath, width: variant.width, format: variant.format, quality: Self.quality).map { made in
            if let kept { keep(made.bytes, at: kept) }
            return made.bytes
        }
    }

    private func place(_ hash: String, _ name: String) -> String? {
        folder.map { "\($0)/\(hash.prefix(2))/\(hash)-\(Self.recipe)-\(name)" }
    }

    /// Written beside, then renamed: a build reading the cache at the same time never sees half a file.
    private func keep(_ bytes: [UInt8], at path: String) {
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard RegularFileIO.makeFolders(parent) == nil else { return }
        let partial = "\(path).\(getpid()).partial"
        if RegularFileIO.write(bytes, to: partial) == nil, rename(partial, path) == 0 { return }
        unlink(partial)
    }

    private static func info(reading bytes: [UInt8]) -> ImageInfo? {
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard fields.count == 4, let width = Int(fields[0]), let height = Int(fields[1]), width > 0, height > 0,
              let format = ImageFormat(rawValue: String(fields[2])) else { return nil }
        return ImageInfo(width: width, height: height, format: format, hasAlpha: fields[3] == "1")
    }
}
