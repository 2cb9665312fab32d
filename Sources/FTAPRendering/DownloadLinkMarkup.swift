import FTAPContent
import FTAPCore
import FTAPPlan

/// Every link of a text to a document of `media/` (`[le règlement](/media/reglement.pdf)`) says,
/// inside the link, the file's format and size — « le règlement (PDF, 1,24 Mo) » — as the RGAA
/// asks of a link to download (criterion 6.1). Links the templates write (`download`, or a class)
/// already say it, and are left as they are; so are links to images and pages.
struct DownloadLinkMarkup: Sendable {
    /// « PDF, 1,24 Mo », by the address of each document (`/media/reglement.pdf`).
    var details: [String: String]

    init(_ media: [MediaFile]) {
        var details: [String: String] = [:]
        for file in media where file.image == nil && !file.isPicture {
            details[SitePlan.media(file.relativePath)] = ViewModels.formatAndSize(file).replacingOccurrences(of: " – ", with: ", ")
        }
        self.details = details
    }

    /// `html` with the links of its texts to documents saying their format and size.
    func applied(to html: [UInt8]) -> [UInt8] {
        guard !details.isEmpty, var start = HTMLScan.find(Self.mediaLink, in: html, from: 0) else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(html.count + 256)
        var copied = 0
        while true {
            let tagEnd = HTMLScan.endOfTag(html, at: start)
            let tag = html[start..<tagEnd]
            if let href = HTMLScan.attribute("href", in: tag), let detail = details[String(decoding: href, as: UTF8.self)],
               HTMLScan.attribute("class", in: tag) == nil, HTMLScan.find(Self.downloadAttribute, in: Array(tag), from: 0) == nil,
               let close = HTMLScan.find(Self.closingTag, in: html, from: tagEnd) {
                output += html[copied..<close]
                output += Array(" (\(detail))".utf8)
                copied = close
            }
            guard let next = HTMLScan.find(Self.mediaLink, in: html, from: tagEnd) else { break }
            start = next
        }
        return output + html[copied...]
    }

    private static let mediaLink = Array("<a href=\"/media/".utf8)
    private static let closingTag = Array("</a>".utf8)
    private static let downloadAttribute = Array(" download".utf8)
}
