/// The metadata chunks of a WebP file taken out: libvips 8.14 writes an `EXIF` chunk (orientation,
/// resolution) even when asked to strip metadata. A WebP file is a RIFF container: the image's
/// own chunks are kept byte for byte, `EXIF`, `XMP ` and `ICCP` are dropped, and the flags of the
/// `VP8X` header and the RIFF size are updated to match.
enum WebPMetadata {
    static let dropped: Set<[UInt8]> = [Array("EXIF".utf8), Array("XMP ".utf8), Array("ICCP".utf8)]
    /// The VP8X flags of an ICC profile, EXIF and XMP.
    static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    /// `bytes` without their metadata chunks; unchanged when they are not a WebP file as expected.
    static func stripped(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return bytes }
        var output = Array(bytes[0..<12])
        var index = 12
        while index + 8 <= bytes.count {
            let size = Int(bytes[index + 4]) | Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]) << 16 | Int(bytes[index + 7]) << 24
            let end = index + 8 + size + (size & 1)
            guard end <= bytes.count else { return bytes }
            let name = Array(bytes[index..<(index + 4)])
            if !dropped.contains(name) {
                var chunk = Array(bytes[index..<end])
                if name.elementsEqual("VP8X".utf8), chunk.count > 8 { chunk[8] &= ~metadataFlags }
                output += chunk
            }
            index = end
        }
        let riffSize = output.count - 8
        output[4] = UInt8(riffSize & 0xFF)
        output[5] = UInt8(riffSize >> 8 & 0xFF)
        output[6] = UInt8(riffSize >> 16 & 0xFF)
        output[7] = UInt8(riffSize >> 24 & 0xFF)
        return output
    }
}
