import CImageShim

/// libvips, through `CImageShim`: the only code that decodes or encodes an image. Safe to call
/// from several threads at once (libvips is; its cache is off).
package enum ImageLibrary {
    /// Why libvips could not read or write an image, in its own (English) words.
    package struct Failure: Error, Sendable, Equatable {
        package var message: String
    }

    /// Whether libvips started; every call below checks it first.
    private static let started: Bool = ftap_image_start() == 0

    /// The image at `path`: its size, format and alpha, after decoding every pixel (a truncated
    /// or corrupt file fails here, not in the build). A format not resized (SVG, GIF, TIFF…) fails.
    package static func probe(_ path: String) -> Result<ImageInfo, Failure> {
        guard started else { return .failure(Failure(message: "libvips ne démarre pas")) }
        var width: Int32 = 0, height: Int32 = 0, alpha: Int32 = 0, pages: Int32 = 0
        var loader = [CChar](repeating: 0, count: 64)
        guard ftap_image_probe(path, &width, &height, &alpha, &pages, &loader, loader.count) == 0 else {
            return .failure(lastFailure())
        }
        let loaderName = String(decoding: loader.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let format = ImageFormat(loader: loaderName) else {
            return .failure(Failure(message: "format \(loaderName) not resized"))
        }
        return .success(ImageInfo(width: Int(width), height: Int(height), format: format, hasAlpha: alpha != 0))
    }

    /// The image at `path` at `width` pixels (never wider than it is), upright, in sRGB, encoded
    /// as `format` without any metadata; with the size made.
    package static func variant(of path: String, width: Int, format: ImageFormat, quality: Int)
        -> Result<(bytes: [UInt8], width: Int, height: Int), Failure> {
        guard started else { return .failure(Failure(message: "libvips ne démarre pas")) }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        var madeWidth: Int32 = 0, madeHeight: Int32 = 0
        guard ftap_image_variant(path, Int32(clamping: width), format.rawValue, Int32(clamping: quality),
                                 &bytes, &length, &madeWidth, &madeHeight) == 0, let bytes else {
            return .failure(lastFailure())
        }
        defer { ftap_image_free(bytes) }
        let copied = Array(UnsafeRawBufferPointer(start: bytes, count: length))
        return .success((format == .webp ? WebPMetadata.stripped(copied) : copied, Int(madeWidth), Int(madeHeight)))
    }

    /// The SHA-256 of `bytes` in hexadecimal (GLib's, linked with libvips).
    package static func sha256(_ bytes: [UInt8]) -> String {
        var hex = [CChar](repeating: 0, count: 65)
        bytes.withUnsafeBytes { ftap_image_sha256($0.baseAddress, $0.count, &hex) }
        return String(decoding: hex.prefix(64).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func lastFailure() -> Failure {
        var buffer = [CChar](repeating: 0, count: 1024)
        ftap_image_error(&buffer, buffer.count)
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Failure(message: text.split(separator: "\n").first.map(String.init) ?? "")
    }
}
