import CBrotli
import CZlib

/// The `.gz` and `.br` siblings of a text file, as GitLab Pages serves them in the file's place to
/// a browser that accepts the encoding (it never compresses on the fly). Made with the system's
/// zlib and brotli, and reproducible: the gzip header carries no time, no name and an unknown
/// system, so two builds of the same site give the same bytes.
/// Brotli's strongest quality (11) is kept for the files every page shares (`sharedFolders`:
/// the DSFR's, the site's stylesheets and scripts), fetched once at a first visit, where every
/// kilobyte counts; the pages, feeds and data files (thousands on a large site) get quality 5,
/// about fifty times faster for some 10 % more bytes (quality 11 on every file made a build of
/// 1,000 sheets take 17 s instead of a fraction of a second).
package enum Precompression {
    /// The extensions of the files that get siblings: text that compresses (fonts, images and
    /// Pagefind's chunks are already compressed).
    static let compressedExtensions: Set<String> = ["html", "css", "js", "json", "xml", "csv", "svg", "txt", "xsl", "webmanifest"]

    /// Below this size a sibling saves less than the headers of the answer that serves it.
    static let minimumBytes = 512

    /// The folders of the output whose files every page may load.
    static let sharedFolders = ["dsfr/", "assets/"]

    /// Brotli's quality for the file at this output path.
    static func brotliQuality(for path: String) -> UInt32 {
        sharedFolders.contains { path.hasPrefix($0) } ? UInt32(BROTLI_MAX_QUALITY) : 5
    }

    /// Whether a file at this output path gets siblings, by its extension.
    static func compresses(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return compressedExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The gzip form of `bytes` (RFC 1952, deflate level 9), or nil if zlib fails.
    static func gzip(_ bytes: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        // 15 bits of window, +16 for a gzip wrapper; memory level 9 (the most, for the best ratio).
        guard deflateInit2_(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var header = gz_header()
        header.os = 255  // "unknown": the same bytes whatever system builds the site
        guard deflateSetHeader(&stream, &header) == Z_OK else { return nil }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))))
        let status = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The brotli form of `bytes` (RFC 7932, text mode) at `quality` (0 to 11), or nil if the
    /// encoder fails.
    static func brotli(_ bytes: [UInt8], quality: UInt32 = UInt32(BROTLI_MAX_QUALITY)) -> [UInt8]? {
        var size = BrotliEncoderMaxCompressedSize(bytes.count)
        guard size > 0 else { return nil }
        var output = [UInt8](repeating: 0, count: size)
        let succeeded = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                BrotliEncoderCompress(Int32(quality), BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                                      input.count, input.baseAddress, &size, out.baseAddress)
            }
        }
        guard succeeded == BROTLI_TRUE else { return nil }
        return Array(output.prefix(size))
    }
}
