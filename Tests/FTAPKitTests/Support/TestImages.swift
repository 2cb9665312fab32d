import CZlib
import Foundation
@testable import FTAPImages

/// Real images for tests, made here: a gradient written as PPM and encoded by libvips, a PNG with
/// an alpha channel written by hand (zlib for its data), and the EXIF block of a phone's photo
/// with its GPS position.
enum TestImages {
    /// A JPEG of `width` × `height`, with the EXIF block of `exifWithGPS` when asked.
    static func jpeg(width: Int, height: Int, gps: Bool = false) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ftap-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var ppm = Array("P6\n\(width) \(height)\n255\n".utf8)
        ppm.reserveCapacity(ppm.count + width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                ppm += [UInt8(x * 255 / max(1, width - 1)), UInt8(y * 255 / max(1, height - 1)), UInt8((x + y) % 256)]
            }
        }
        let source = folder.appendingPathComponent("source.ppm")
        try Data(ppm).write(to: source)
        let made = try ImageLibrary.variant(of: source.path, width: width, format: .jpeg, quality: 85).get()
        return gps ? withEXIF(made.bytes) : made.bytes
    }

    /// The EXIF block a phone writes, reduced to its GPS position (latitude 48° 51' N).
    static let exifWithGPS: [UInt8] = {
        func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: Int) -> [UInt8] { u16(v & 0xFFFF) + u16(v >> 16) }
        var tiff: [UInt8] = Array("II".utf8) + u16(42) + u32(8)
        // IFD0: one entry, the GPS IFD's offset (26).
        tiff += u16(1) + u16(0x8825) + u16(4) + u32(1) + u32(26) + u32(0)
        // GPS IFD: latitude reference "N" and latitude 48/1, 51/1, 0/1 (data at 56).
        tiff += u16(2) + u16(0x0001) + u16(2) + u32(2) + Array("N".utf8) + [0, 0, 0]
        tiff += u16(0x0002) + u16(5) + u32(3) + u32(56) + u32(0)
        tiff += u32(48) + u32(1) + u32(51) + u32(1) + u32(0) + u32(1)
        return Array("Exif".utf8) + [0, 0] + tiff
    }()

    /// `jpeg` with an APP1 EXIF segment right after its start marker.
    static func withEXIF(_ jpeg: [UInt8]) -> [UInt8] {
        let length = exifWithGPS.count + 2
        return Array(jpeg.prefix(2)) + [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + exifWithGPS + jpeg.dropFirst(2)
    }

    /// A PNG of `width` × `height` in RGBA, transparent on its left half.
    static func png(width: Int, height: Int) -> [UInt8] {
        func u32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            let crc = body.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, uInt($0.count))) }
            return u32(data.count) + body + u32(crc)
        }
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width { raw += [UInt8(x % 256), UInt8(y % 256), 0x80, x < width / 2 ? 0 : 255] }
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        _ = compress2(&compressed, &compressedLength, raw, uLong(raw.count), 6)
        let header = u32(width) + u32(height) + [8, 6, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
            + chunk("IDAT", Array(compressed.prefix(Int(compressedLength)))) + chunk("IEND", [])
    }

    /// Whether `bytes` hold an EXIF block or a GPS tag's reference.
    static func holdsMetadata(_ bytes: [UInt8]) -> Bool {
        let exif = Array("Exif\0\0".utf8), xmp = Array("http://ns.adobe.com/xap".utf8)
        return [exif, xmp].contains { needle in
            bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
    }
}
