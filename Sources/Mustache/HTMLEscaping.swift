/// HTML escaping of template variables (`& < > " '`), the same as Mustache's, written straight
/// into the page's bytes.
package enum HTMLEscaping {
    /// The pragma every ftap template starts with (it names this escaping; `HTML` is the same).
    static let pragma = "{{% CONTENT_TYPE: HTML_FTAP}}"

    private static let ampersand = Array("&amp;".utf8), less = Array("&lt;".utf8), greater = Array("&gt;".utf8),
                        quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)

    /// Appends `text` escaped: runs without a special character are copied whole.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let replacement: [UInt8]
                switch bytes[index] {
                case 0x26: replacement = ampersand
                case 0x3C: replacement = less
                case 0x3E: replacement = greater
                case 0x22: replacement = quote
                case 0x27: replacement = apostrophe
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: replacement)
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// `text` escaped, as a string.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
