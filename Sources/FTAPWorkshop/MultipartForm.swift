import Foundation

/// The body of an HTML form sent as `multipart/form-data` (a form with a file input): each part's
/// name, and its text, or for a file its name on the author's computer and its bytes.
package struct MultipartForm: Sendable {
    /// One file sent.
    package struct File: Sendable, Equatable {
        package var field: String
        package var fileName: String
        package var bytes: [UInt8]
    }

    package var fields: [(name: String, value: String)] = []
    package var files: [File] = []

    /// The boundary a `Content-Type: multipart/form-data; boundary=…` header announces.
    package static func boundary(inContentType contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// The parts of `body`; nil when it is not a multipart body with that boundary.
    package init?(_ body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        var parts = Self.split(body, by: delimiter)
        guard parts.count >= 2 else { return nil }
        parts.removeFirst()  // the preamble
        for part in parts {
            // « --boundary-- » ends the body.
            if part.starts(with: Array("--".utf8)) { break }
            guard let headEnd = Self.firstRange(of: Array("\r\n\r\n".utf8), in: part) else { continue }
            let head = String(decoding: part[part.startIndex..<headEnd.lowerBound], as: UTF8.self)
            var content = Array(part[headEnd.upperBound...])
            if content.suffix(2) == [13, 10] { content.removeLast(2) }
            guard let disposition = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = Self.parameter("name", in: String(disposition)) else { continue }
            if let fileName = Self.parameter("filename", in: String(disposition)) {
                if !fileName.isEmpty || !content.isEmpty { files.append(File(field: name, fileName: fileName, bytes: content)) }
            } else {
                fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
    }

    /// A quoted parameter of a header line: `name="value"`.
    static func parameter(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: " \(name)=\"") ?? line.range(of: ";\(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The pieces of `bytes` between occurrences of `delimiter`.
    static func split(_ bytes: [UInt8], by delimiter: [UInt8]) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = [], rest = bytes[...]
        while let range = firstRange(of: delimiter, in: rest) {
            pieces.append(rest[rest.startIndex..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }

    /// The first place of `needle` in `haystack`.
    static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        while let found = haystack[index...].firstIndex(of: first) {
            let end = found + needle.count
            if end <= haystack.endIndex, haystack[found..<end].elementsEqual(needle) { return found..<end }
            index = found + 1
        }
        return nil
    }
}
