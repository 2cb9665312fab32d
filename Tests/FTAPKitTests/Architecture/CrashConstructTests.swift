import Foundation
@testable import Suggestions
import Testing

/// Input reaches most of the library: a `fatalError`, a `try!`, a forced unwrap or cast, or a
/// range whose bounds come from data would turn a bad file into a crash (as a build date before
/// 2017 once did). This test lists them in the sources: there must be none of the first kinds,
/// and every range with a computed bound must be one reviewed below, with why it cannot be empty.
@Suite struct CrashConstructTests {
    static let sources = FTAPProcess.packageRoot.appendingPathComponent("Sources")

    /// Ranges with a computed bound, each checked by hand: `file: code` → why its bounds hold.
    static let reviewedRanges: [String: String] = [
        "FTAPContent/ContentHistory.swift: guard let end = bytes[index...].firstIndex(of: UInt8(ascii: \"\\n\")) else { break }": "the loop runs while index < bytes.count",
        "FTAPContent/ContentHistory.swift: let header = String(decoding: bytes[index..<end], as: UTF8.self).split(separator: \" \")": "end is an index found from index on",
        "FTAPContent/ContentHistory.swift: contents[String(header[0])] = Array(bytes[index..<index + size])": "index + size <= bytes.count is checked just before; header has 3 parts",
        "FTAPWorkshop/FormField.swift: if case .flag = field.form, let match = meaning.prefixMatch(of: #/true( :)? /#) { meaning = String(meaning[match.range.upperBound...]) }": "the match is a prefix of meaning",
        "FTAPEditing/FrontMatterBlocks.swift: let value = line[..<start].trimmingCharacters(in: .whitespaces)": "start is an index of line (commentStart)",
        "FTAPEditing/FrontMatterBlocks.swift: found.append(String(line[start...]))": "start is an index of line (commentStart)",
        "FTAPEditing/FrontMatterBlocks.swift: return Array(candidates[start..<end])": "start is an index found in candidates and end stops at its count, start < end",
        "FTAPWorkshop/MultipartForm.swift: pieces.append(rest[rest.startIndex..<range.lowerBound])": "range was found in rest",
        "FTAPWorkshop/MultipartForm.swift: if end <= haystack.endIndex, haystack[found..<end].elementsEqual(needle) { return found..<end }": "found is an index of haystack and end is checked against its end first",
        "FTAPWorkshop/MultipartForm.swift: var pieces: [ArraySlice<UInt8>] = [], rest = bytes[...]": "the whole array",
        "FTAPWorkshop/MultipartForm.swift: return rest.firstIndex(of: \"\\\"\").map { String(rest[..<$0]) }": "the index was found in rest",
        "FTAPWorkshop/MultipartForm.swift: while let found = haystack[index...].firstIndex(of: first) {": "index is startIndex, then found + 1 for a found index below endIndex: at most endIndex",
        "FTAPWorkshop/MultipartForm.swift: var content = Array(part[headEnd.upperBound...])": "headEnd was found in part",
        "FTAPWorkshop/MultipartForm.swift: let rest = line[start.upperBound...]": "start was found in line",
        "FTAPWorkshop/MultipartForm.swift: rest = rest[range.upperBound...]": "range was found in rest",
        "FTAPWorkshop/MultipartForm.swift: let head = String(decoding: part[part.startIndex..<headEnd.lowerBound], as: UTF8.self)": "headEnd was found in part",
        "FTAPWorkshop/FormField.swift: return (String(meaning[..<end]), String(meaning[end...]))": "end is the lower bound of a range found in meaning",
        "FTAPEditing/FrontMatterEdit.swift: return String(rest[rest.index(after: end)...])": "end is an index of a character of rest: index(after:) is at most endIndex",
        "FTAPEditing/FrontMatterFile.swift: rest = lines[closing...].joined(separator: \"\\n\")": "closing was found among lines' indices",
        "FTAPEditing/FrontMatterFile.swift: yamlLines = lines[1..<closing].map(String.init)": "closing was found in lines.dropFirst(): at least 1",
        "FTAPEditing/FrontMatterEdit.swift: anchor = order[..<position].last { present.contains($0) }": "position is an index found in order",
        "FTAPEditing/FrontMatterBlocks.swift: leading = Array(0..<(keyLines.first ?? lines.count))": "a key line is a parsed line of these lines, 0 or more",
        "FTAPEditing/FrontMatterBlocks.swift: ranges.append(Range(block: Array(start..<end), gap: Array(end..<next)))": "key lines strictly increase (FrontMatterEdit checks it): start < end <= next",
        "FTAPRendering/PathPrefixMarkup.swift: output += html[index..<(index + length)]": "attributeStart found the attribute's text whole at index (HTMLScan.starts checks the bounds)",
        "FTAPPlan/SitePlan.swift: let afterHost = baseURL[scheme.upperBound...].drop { $0 != \"/\" }": "scheme is a range found in baseURL",
        "FTAPDiff/PageText.swift: let inside = element.firstIndex(of: \">\").map { element[element.index(after: $0)...] } ?? element[...]": "the index is one of element's, so index(after:) is at most endIndex",
        "FTAPDiff/PageText.swift: guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex) else { return nil }": "start.upperBound is an index of html, at most endIndex",
        "FTAPDiff/PageText.swift: let end = text[start.upperBound...].firstIndex(where: { $0 == \",\" || $0 == \"\\n\" || $0 == \"}\" }) ?? text.endIndex": "start is a range found in text",
        "FTAPDiff/PageText.swift: return String(html[start.upperBound..<end.lowerBound])": "end was searched from start.upperBound: it is at or after it",
        "FTAPDiff/PageText.swift: return Array((text[..<start.lowerBound] + text[end...]).utf8)": "start was found in text, end found after it or endIndex",
        "FTAPDiff/PageText.swift: let rest = String(html[official.upperBound...])": "official is a range found in html",
        "FTAPContent/ContentKind.swift: guard let dot = path.lastIndex(of: \".\"), !path[dot...].contains(\"/\") else { return \"\" }": "dot is an index of path",
        "FTAPContent/ContentKind.swift: return path[path.index(after: dot)...].lowercased()": "dot is an index of path, so index(after:) is at most endIndex",
        "FTAPRendering/DownloadLinkMarkup.swift: let tag = html[start..<tagEnd]": "start is where find found « <a », endOfTag returns an index after it, at most count",
        "FTAPRendering/DownloadLinkMarkup.swift: return output + html[copied...]": "copied is 0 or the index of a « </a » found in html",
        "FTAPRendering/DownloadLinkMarkup.swift: output += html[copied..<close]": "copied is at or before the tag's start, close after its end: both found in html",
        "FTAPValidation/Links/MediaUsageRules.swift: if let end = path.firstIndex(where: { $0 == \"?\" || $0 == \"#\" }) { path = path[..<end] }": "end is a found index of path",
        "FTAPRendering/ResponsiveImageMarkup.swift: output += html[copied..<tagStart]": "each tag is searched after the end of the one before, so tagStart is past copied",
        "FTAPRendering/ResponsiveImageMarkup.swift: return output + html[copied...]": "copied is a tag end, at most the count",
        "FTAPRendering/ResponsiveImageMarkup.swift: let tag = html[tagStart..<tagEnd]": "endOfTag returns an index past the `<` at tagStart, at most the count",
        "FTAPImages/WebPMetadata.swift: let name = Array(bytes[index..<(index + 4)])": "the loop runs while index + 8 is within bytes",
        "FTAPImages/WebPMetadata.swift: var chunk = Array(bytes[index..<end])": "end is checked to be within bytes just before",
        "Mustache/TemplateParser.swift: let whitespace = chars[index..<end]": "end starts at index and only moves forward within chars",
        "FTAPImages/ImageCache.swift: let parent = String(path[..<(path.lastIndex(of: \"/\") ?? path.endIndex)])": "a found index of path, or its end",
        "FTAPValidation/Files/ImageRules.swift: return path[..<dot] + \"-bis\" + path[dot...]": "dot is a found index of path",
        "FTAPImages/ResponsiveImage.swift: let name = relativePath[slash...]": "slash is after a found index of relativePath, or its start",
        "FTAPImages/ResponsiveImage.swift: let folder = relativePath[..<slash]": "slash is after a found index of relativePath, or its start",
        "FTAPImages/ResponsiveImage.swift: let stem = name.lastIndex(of: \".\").map { relativePath[slash..<$0] } ?? name": "a dot found in name, which starts at slash",
        "FTAPContent/MarkdownTables.swift: if bytes[index] == 0x3C, let match = byteReplacements.first(where: { bytes[index...].starts(with: $0.key) }) {": "index < bytes.count by the loop condition",
        "FTAPCore/WorkRetention.swift: package static func keep(_ values: (any Sendable)?..., when asked: Bool) {": "a variadic parameter, not a range",
        "FTAPRendering/TableCellLabels.swift: return Tag(name: name, isClosing: isClosing, range: index..<HTMLScan.endOfTag(html, at: index))": "endOfTag returns an index past the `<` at index",
        "FTAPRendering/TableCellLabels.swift: return Array(tag[..<insertion]) + Array(\"\\(stackableClass) \".utf8) + tag[insertion...]": "insertion ends a key found inside the tag",
        "FTAPRendering/TableCellLabels.swift: output += html[copied...]": "copied is the start of a `</table>` found in html, or 0",
        "FTAPRendering/TableCellLabels.swift: output += html[copied..<start]": "the next table is searched after the last one copied, so start is past copied",
        "FTAPRendering/HTMLScan.swift: return tag[valueStart..<valueEnd]": "valueEnd is found at or after valueStart",
        "FTAPRendering/TableCellLabels.swift: let table = Array(html[start..<end])": "end is searched from start",
        "FTAPRendering/HTMLScan.swift: guard let valueEnd = tag[valueStart...].firstIndex(of: 0x22) else { return nil }": "valueStart ends a key found inside the tag, at most its count",
        "FTAPRendering/TableCellLabels.swift: let name = html[nameStart..<cursor].map(CSSScan.lowercased)": "cursor only moves forward from nameStart",
        "FTAPRendering/Styles/DSFRKit.swift: return text[start...].starts(with: Array(\"/*!\".utf8)) ? CSSScan.skipSpaceAndComments(text[...], from: start, to: text.count) : 0": "licenceStart is 0 or an index after a found `;`, at most the count",
        "FTAPRendering/Styles/DSFRKit.swift: return end == 0 ? [] : Array(CSSScan.trimmed(text[licenceStart(of: text)..<end])) + [0x0A]": "a non-zero end is skipped forward from licenceStart",
        "FTAPRendering/SiteRenderer.swift: properties.formUnion(CustomProperties.references(in: bytes[...]))": "the whole array",
        "FTAPRendering/HTMLIndentation.swift: output += html[index..<end]": "endOfMarkup returns an index past the `<` at index (or the count, which is past it)",
        "FTAPRendering/Styles/StylesheetURLs.swift: var address = CSSScan.trimmed(text[(index + marker.count)..<close])": "find returns an index at or after index + marker.count, and close < endIndex is guarded",
        "FTAPRendering/Styles/CSSScan.swift: pieces.append(text[start..<index])": "find returns an index at or after start",
        "FTAPRendering/Styles/CSSRule.swift: rules(css[...], from: css.startIndex, to: css.endIndex)": "the whole array",
        "FTAPRendering/Styles/StylesheetSubset.swift: if end > index + 1 { names.append(String(decoding: selector[(index + 1)..<end], as: UTF8.self)) }": "guarded by end > index + 1; end is clamped to endIndex",
        "FTAPRendering/Styles/CustomProperties.swift: guard value[index] == 0x76, value[index..<(index + marker.count)].elementsEqual(marker) else {": "the loop runs while index + marker.count < endIndex",
        "FTAPRendering/Styles/StylesheetSubset.swift: if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }": "the loop runs while index + needle.count <= endIndex",
        "FTAPOutput/Precompression.swift: return compressedExtensions.contains(path[path.index(after: dot)...].lowercased())": "dot is a found index, so its successor is at most endIndex",
        "FTAPRendering/Styles/StylesheetSubset.swift: return Self.scriptModifiers.contains(String(name[modifier.upperBound...]))": "one-sided range from a found range's end",
        "FTAPRendering/Styles/PageClasses.swift: for name in html[(index + marker.count + 1)..<min(end, html.count)].split(whereSeparator: CSSScan.isSpace) {": "index + marker.count < count (loop), end starts one past it and only grows",
        "FTAPRendering/Styles/StylesheetURLs.swift: return found ? CSSRule(prelude: rule.prelude, body: body[...], kind: .atBlock) : nil": "the whole array",
        "FTAPRendering/Styles/PageClasses.swift: names.insert(String(decoding: script[index..<end], as: UTF8.self))": "end starts at index + 3 and only grows, at most count",
        "FTAPRendering/Styles/StylesheetURLs.swift: return output + body[copied...]": "copied is the end of a url found in body, at most its endIndex",
        "FTAPRendering/Styles/DSFRKit.swift: output += Array(\"{\\n\".utf8) + text[Self.licenceEnd(of: text)...] + Array(\"\\n}\\n\".utf8)": "licenceEnd is 0 or an index found in the text, at most its count",
        "FTAPRendering/Styles/CustomProperties.swift: return CSSRule(prelude: rule.prelude, body: body[...], kind: .style)": "the whole array",
        "FTAPRendering/Styles/StylesheetURLs.swift: for source in CSSScan.split(text[(colon + 1)...], on: 0x2C) {": "colon is a found index, so its successor is at most endIndex",
        "FTAPRendering/Styles/StylesheetSubset.swift: return CSSRule(prelude: prelude[...], body: rule.body, kind: .style)": "the whole array",
        "FTAPRendering/Styles/CSSScan.swift: return text[first...last]": "first is the first and last the last index of a non-space byte: first <= last",
        "FTAPRendering/Styles/PageClasses.swift: guard script[index] == 0x66, script[index..<(index + marker.count)].elementsEqual(marker),": "the loop runs while index + marker.count < count",
        "FTAPRendering/Styles/StylesheetURLs.swift: guard text[index] == 0x75, text[index..<(index + marker.count)].elementsEqual(marker) else {": "the loop runs while index + marker.count < endIndex",
        "FTAPRendering/Styles/StylesheetURLs.swift: return CSSRule(prelude: rule.prelude, body: try rewritingURLs(rule.body)[...], kind: rule.kind)": "the whole array",
        "FTAPRendering/Styles/CustomProperties.swift: if end > start { names.append(String(decoding: value[start..<end], as: UTF8.self)) }": "guarded by end > start, both at most endIndex",
        "FTAPRendering/Styles/StylesheetURLs.swift: found.append((index..<end, String(decoding: address, as: UTF8.self)))": "end is past index by the marker and the closing parenthesis",
        "FTAPRendering/Styles/CSSRule.swift: let prelude = CSSScan.trimmed(css[preludeStart..<index])": "find returns an index at or after preludeStart",
        "FTAPRendering/Styles/CustomProperties.swift: return (String(decoding: CSSScan.trimmed(text[..<colon]), as: UTF8.self), text[(colon + 1)...])": "colon is a found index, so its successor is at most endIndex",
        "FTAPRendering/Styles/PageClasses.swift: guard html[index] == 0x20, html[index..<(index + marker.count)].elementsEqual(marker) else {": "the loop runs while index + marker.count < count",
        "FTAPRendering/Styles/StylesheetSubset.swift: return String(decoding: bytes[..<(index - 1)], as: UTF8.self)": "index starts at 1",
        "FTAPRendering/Styles/CSSRule.swift: let bodyRange = (index + 1)..<close": "matchingBrace returns an index after the brace at index, or end, which is past index",
        "FTAPRendering/Styles/StylesheetURLs.swift: output += body[copied..<url.range.lowerBound]": "urls are found in order without overlap; copied is the previous one's end",
        "FTAPOutput/Precompression.swift: guard let dot = path.lastIndex(of: \".\"), !path[dot...].contains(\"/\") else { return false }": "one-sided range from a found index",
        "FTAPRendering/TemplateAnchors.swift: let value = rest[marked.upperBound...].prefix { $0 != UInt8(ascii: \"\\\"\") }": "one-sided range from a found range's end",
        "FTAPRendering/TemplateAnchors.swift: rest = rest[value.endIndex...]": "value is a prefix of rest from a found index, its end at most rest's end",
        "FTAPValidation/Links/InternalLinkRules.swift: let fragment = String(destination[destination.index(after: hash)...])": "hash is a found index, so its successor is at most endIndex",
        "FTAPContent/MarkdownBody+Unlinking.swift: if let href = Self.href(in: rest[open.lowerBound..<afterTag]), isHidden(href),": "open precedes tagEnd, found after it; afterTag is tagEnd's successor",
        "FTAPContent/MarkdownBody+Unlinking.swift: let close = rest[afterTag...].range(of: \"</a>\") {": "afterTag is at most rest's end",
        "FTAPContent/MarkdownBody+Unlinking.swift: let value = tag[start.upperBound...].prefix { $0 != \"\\\"\" }": "one-sided range from a found range's end",
        "FTAPContent/MarkdownBody+Unlinking.swift: rest = rest[afterTag...]": "afterTag is at most rest's end",
        "FTAPContent/MarkdownBody+Unlinking.swift: rest = rest[close.upperBound...]": "one-sided range from a found range's end",
        "FTAPContent/MarkdownBody+Unlinking.swift: result += rest[..<afterTag]": "afterTag is at most rest's end",
        "FTAPContent/MarkdownBody+Unlinking.swift: result += rest[..<open.lowerBound]": "one-sided range to a found range's start",
        "FTAPContent/MarkdownBody+Unlinking.swift: result += rest[afterTag..<close.lowerBound]": "close was searched from afterTag",
        "FTAPContent/MarkdownBody+Unlinking.swift: var rest = html[...]": "the whole string",
        "FTAPContent/MarkdownBody+Unlinking.swift: while let open = rest.range(of: \"<a \"), let tagEnd = rest[open.upperBound...].firstIndex(of: \">\") {": "one-sided range from a found range's end",
        "FTAPContent/TextDecoding.swift: for k in 1..<length {": "length is 2, 3 or 4 in this branch",
        "FTAPContent/TextDecoding.swift: guard (low...high).contains(c) else { return SourcePosition(line: line, column: column) }": "constants with low < high",
        "FTAPContent/TextDecoding.swift: var bytes = bytes[...]": "the whole array",
        "FTAPContent/YAMLFrontMatterParser.swift: let column = String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1": "one-sided range from a found index or the start",
        "FTAPContent/FrontMatter.swift: guard isFence(utf8[..<(utf8.firstIndex(of: newline) ?? utf8.endIndex)]) else {": "one-sided range on a found index or the end",
        "FTAPContent/FrontMatter.swift: let end = utf8[start...].firstIndex(of: newline)": "start is after a line end, at most endIndex",
        "FTAPContent/FrontMatter.swift: if isFence(utf8[start..<(end ?? utf8.endIndex)]) {": "end is found after start, or is endIndex",
        "FTAPContent/FrontMatter.swift: let yaml = yamlStart < start ? String(text[yamlStart..<utf8.index(before: start)]) : \"\"": "start follows a line end at or after yamlStart's, so before(start) >= yamlStart when yamlStart < start",
        "FTAPContent/FrontMatter.swift: let body = end.map { String(text[utf8.index(after: $0)...]) } ?? \"\"": "end is a found line end, so after it is at most endIndex",
        "FTAPContent/YAMLSafetyScan.swift: let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count": "the loop runs while lineStart <= count",
        "FTAPContent/YAMLSafetyScan.swift: let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])": "lineEnd is found at or after lineStart, or is count",
        "FTAPContent/YAMLSafetyScan.swift: let column = String(decoding: UnsafeBufferPointer(rebasing: line[..<i]), as: UTF8.self).unicodeScalars.count + 1": "one-sided range, i < line.count",
        "FTAPContent/YAMLSafetyScan.swift: if let hash = (0..<max(0, line.count - 1)).first(where: { line[$0] == space && line[$0 + 1] == UInt8(ascii: \"#\") }) {": "clamped at 0",
        "FTAPContent/YAMLSafetyScan.swift: guard let marker = (0..<end).last(where: { line[$0] == UInt8(ascii: \"|\") || line[$0] == UInt8(ascii: \">\") }) else { return false }": "end only decreases while > 0",
        "FTAPContent/YAMLSafetyScan.swift: let indicators = line[(marker + 1)..<end]": "marker < end",
        "FTAPCore/TextTrimming.swift: return String(String.UnicodeScalarView(scalars[first...last]))": "first and last found in the same scalars, first <= last",
        "Mustache/TemplateParser.swift: return Array(chars[start..<index])": "index only moves forward from start",
        "Mustache/HTMLEscaping.swift: output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))": "start is at most index: it moves to just after an index already passed",
        "Mustache/HTMLEscaping.swift: output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))": "start is at most count (just after the last index)",
        "Mustache/TemplateParser.swift: nodes.append(.text(start..<text.count))": "start is the count before appending",
        "Mustache/CompiledTemplates.swift: return start..<Int32(operations.count)": "start is the count before appending",
        "FTAPModel/EntityName.swift: bytes += foldBytes[foldStarts[value]..<foldStarts[value + 1]]": "starts only grow: each is the byte count after the fold before",
        "FTAPCore/ParallelMap.swift: let (left, right) = concurrently({ items[..<middle].sorted(by: areInIncreasingOrder) },": "one-sided range, middle = count / 2",
        "FTAPCore/ParallelMap.swift: { items[middle...].sorted(by: areInIncreasingOrder) })": "one-sided range, middle = count / 2",
        "Mustache/TemplateRenderer.swift: output.append(contentsOf: UnsafeBufferPointer(rebasing: program.text[Int(start)..<Int(end)]))": "a text node's range, moved by where its template's text starts",
        "Mustache/TemplateRenderer.swift: let body = Int32(index + 1)..<end": "a body's end is set after its body is appended, so it is at least index + 1",
        "Mustache/TemplateRenderer.swift: write(given ?? Int32(index + 1)..<end, program, &context, into: &output)": "a body's end is set after its body is appended, so it is at least index + 1",
        "FTAPPlan/SitePlan.swift: pages += (1...count).dropFirst().map { .listPage(list, page: $0, of: count) }": "count = max(1, …)",
        "FTAPContent/YAMLMisreading.swift: if let colon = rest.range(of: \": \") { rest = rest[colon.upperBound...] }": "one-sided range after a found range",
        "FTAPContent/YAMLMisreading.swift: value[value.index(after: inner)...].first.map({ $0.isLetter }) == true {": "one-sided range after a found index",
        "FTAPValidation/Values/PlaceName.swift: let number = Int(part[part.index(after: open)...].dropLast()), number >= 1 else { return nil }": "one-sided range after a found index",
        "FTAPValidation/Values/PlaceName.swift: return (String(part[..<open]), number)": "one-sided range on a found index",
        "FTAPCore/ContentDate.swift: (1...ContentDate.daysIn(month: month, year: year)).contains(day) else { return nil }": "a month has 28 days or more",
        "FTAPPlan/SitePlan.swift: pages += (1...newsPages).map { .newsList(page: $0, of: newsPages) }": "newsPages = max(1, …)",
        "Suggestions/KeySuggestion.swift: var previous = Array(0...b.count)": "count >= 0",
        "Suggestions/KeySuggestion.swift: for i in 1...a.count {": "empty strings return before",
        "Suggestions/KeySuggestion.swift: for j in 1...b.count {": "empty strings return before",
        "FTAPRendering/ViewModels+News.swift: \"pages\": (1...count).map { n -> TemplateObject in": "only called with count > 1",
        "Mustache/TemplateObject.swift: package init(dictionaryLiteral elements: (String, (any TemplateConvertible)?)...) {": "a variadic parameter, not a range",
        "FTAPServing/HTTPHeadParser.swift: headers.append(.init(name: String(text[..<colon]), value: value))": "one-sided range on a found index",
        "FTAPServing/HTTPHeadParser.swift: let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)": "one-sided range after a found index",
        "FTAPServing/HTTPHeadParser.swift: !text[..<colon].contains(where: \\.isWhitespace) else { return .rejected(.badRequest) }": "one-sided range on a found index",
        "FTAPFileSystem/RegularFileIO.swift: bytes.append(contentsOf: buffer[0..<count])": "count > 0 here",
        "FTAPContent/YAMLPlainComposer.swift: let inside = start + 1..<end - 1": "end - start >= 2 is checked on the line before",
        "FTAPContent/YAMLPlainComposer.swift: let scalar = YAMLNode.Scalar(string: text(start..<index), style: .plain, mark: mark(of: start, in: line))": "index only grows from start",
        "FTAPContent/YAMLPlainComposer.swift: for index in start..<end - 1 where bytes[index + 1] == UInt8(ascii: \"#\") || bytes[index + 1] == Self.space {": "end > start: bytes[start] is not a space, so trimming stops after it",
        "FTAPContent/YAMLPlainComposer.swift: return .scalar(.init(string: text(start..<end), style: .plain, mark: mark))": "end > start: bytes[start] is not a space",
        "FTAPContent/YAMLPlainComposer.swift: let scalars = bytes[line.start..<index].count { $0 & 0xC0 != 0x80 }": "index is a place in this line, at or after its start",
        "FTAPContent/YAMLPlainComposer.swift: let end = bytes[start...].firstIndex(of: Self.newline) ?? bytes.count": "the loop runs while start <= count",
        "FTAPContent/MarkdownLimits.swift: let line = utf8[start..<end]": "end is found at or after start",
        "FTAPContent/MarkdownLimits.swift: let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex": "start is a valid index or endIndex",
        "FTAPValidation/Sheets/ExampleValueRule.swift: if let text = example(body.text[start..<end], among: ScaffoldExample.bodies, lengths: bodyLengths) {": "end is found at or after start",
        "FTAPValidation/Sheets/ExampleValueRule.swift: let end = utf8[start...].firstIndex(of: UInt8(ascii: \"\\n\")) ?? utf8.endIndex": "start is a valid index or endIndex",
        "FTAPValidation/Values/WebAddress.swift: let rest = bytes[scheme.count...]": "the text starts with the scheme: count >= scheme.count",
        "FTAPValidation/Values/WebAddress.swift: let authority = rest[..<authorityEnd]": "one-sided range on an index of rest",
        "FTAPValidation/Values/WebAddress.swift: let path = rest[authorityEnd...]": "one-sided range on an index of rest",
        "FTAPValidation/Values/WebAddress.swift: let name = authority[..<(colon ?? authority.endIndex)]": "one-sided range on an index of authority",
        "FTAPValidation/Values/WebAddress.swift: let port = authority[authority.index(after: colon)...]": "one-sided range after a found index",
        "FrenchTypesetting/FrenchTypesetter.swift: output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))": "guarded by start < end",
        "FrenchTypesetting/FrenchTypesetter+HTMLSource.swift: return String(decoding: UnsafeBufferPointer(rebasing: input[index..<end]), as: UTF8.self).lowercased()": "end only moves forward from index",
        "FrenchTypesetting/FrenchTypesetter+HTMLSource.swift: let name = String(decoding: UnsafeBufferPointer(rebasing: input[(index + 1)..<end]), as: UTF8.self).lowercased()": "guarded by end > index + 1",
        "FTAPContent/MarkdownTypography.swift: typesetter.typeset(UnsafeBufferPointer(rebasing: text[start..<end]), into: &output)": "start is the text's count before a node's bytes are appended, end the count after",
        "FTAPContent/MarkdownTypography.swift: cmark_node_set_literal(node, start < end ? String(decoding: output[start..<end], as: UTF8.self) : \"\")": "guarded by start < end",
        "FTAPContent/MarkdownTypography.swift: if !cuts.isEmpty || !output[start..<end].elementsEqual(text[piece.start..<piece.end]) {": "the output's pieces end one after the other (segment ends never decrease); a node's start and end are the text's count before and after its bytes",
        "Mustache/TemplateTypography.swift: result.nodes.append(.text(start..<result.text.count))": "start is the count before appending",
    ]

    /// Multiplications, each checked by hand: `file: code` → why it cannot overflow. Amounts and
    /// sums of amounts are multiplied on 128 bits only (amounts are at most 10 Md€ each).
    static let reviewedMultiplications: [String: String] = [
        "FTAPImages/ResponsiveImage.swift: max(1, Int((Double(info.height) * Double(width) / Double(info.width)).rounded()))": "in Double, of sizes libvips gives (at most 10,000,000 pixels a side, width at least 1)",
        "FTAPImages/ImageInfo.swift: package var megapixels: Int { width * height / 1_000_000 }": "two sizes of at most 10,000,000 pixels (libvips): far below Int.max",
        "FTAPRendering/TableCellLabels.swift: output.reserveCapacity(table.count * 2)": "a table of a rendered page, far below Int.max",
        "ftap/SummaryLine.swift: let hundredths = Int(seconds) * 100 + Int(attoseconds / 10_000_000_000_000_000)": "a run's duration in seconds",
        "FTAPKit/BuildOptions.swift: let days = 365 * (y - 1969) + (y / 4 - 492) - (y / 100 - 19) + (y / 400 - 4)": "y is a year of 4 digits from SOURCE_DATE_EPOCH's date, checked before",
        "FTAPKit/BuildOptions.swift: return days * 86_400": "days since 1970 of a 4-digit year",
        "FTAPContent/MarkdownLimits.swift: cells += 2 * columns": "columns counted in a text of at most a few MB",
        "FTAPContent/TextDecoding.swift: func mostlyZero(_ half: [UInt8]) -> Bool { half.count(where: { $0 == 0 }) * 4 >= half.count * 3 }": "counts of at most 32 bytes",
        "FTAPContent/MarkdownBody.swift: let own = table.columns * table.rows": "columns and rows counted in a text of at most 5 MB: below 2^50",
        "FTAPCore/FrenchFormat.swift: bytes.reserveCapacity(digits.count * 2)": "at most 20 digits",
        "FTAPCore/FrenchFormat.swift: let hundredths = (amount * 100 + unit / 2) / unit": "Int128 from Int: no Int times 100 overflows 128 bits",
        "FTAPCore/FrenchFormat.swift: return decimal(Int128(part) * 100, unit: Int128(whole)) + noBreakSpace + \"%\"": "Int128 from Int, then × 100 once more inside: below 2^127",
        "FTAPCore/ContentDate.swift: value = value * 10 + digit": "at most 4 digits",
        "FTAPCore/ContentDate.swift: let doe = z - era * 146_097": "era from a date of SOURCE_DATE_EPOCH, checked to a 4-digit year before",
        "FTAPCore/ContentDate.swift: let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)": "yoe < 400",
        "FTAPCore/ContentDate.swift: let mp = (5 * doy + 2) / 153": "doy < 366",
        "FTAPCore/ContentDate.swift: let d = doy - (153 * mp + 2) / 5 + 1": "mp < 12",
        "FTAPCore/ContentDate.swift: let y = yoe + era * 400 + (m <= 2 ? 1 : 0)": "era of a 4-digit year",
        "FTAPServing/PreviewConnection.swift: private static let drainLimit = 4 * 1024 * 1024": "constants",
        "FTAPServing/PreviewConnection.swift: drained += try await socket.read(atMost: 64 * 1024).count": "constants; drained stops at drainLimit",
        "FTAPServing/PreviewLimits.swift: var requestLine = 8 * 1024": "constants",
        "FTAPServing/PreviewLimits.swift: var headerLine = 8 * 1024": "constants",
        "FTAPServing/PreviewLimits.swift: var headerBlock = 16 * 1024": "constants",
        "FTAPServing/Deadline.swift: try? await Task.sleep(nanoseconds: UInt64(max(seconds, 0) * 1_000_000_000))": "a Double: it cannot trap; seconds are the server's own timeouts",
        "FTAPValidation/Values/MappingReader+Values.swift: amount = amount * 10 + Int(byte - 0x30)": "at most 11 digits (count < 12)",
        "FTAPValidation/Values/PublishedAmountText.swift: let scale = fraction.reduce(1) { scale, _ in scale * 10 }": "at most 9 decimals: 10^9",
        "FTAPValidation/Values/PublishedAmountText.swift: guard !overflow, (decimals * unit) % scale == 0 else { return nil }": "decimals < 10^9 and unit ≤ 10^9: below 10^18",
        "FTAPValidation/Values/PublishedAmountText.swift: let (sum, sumOverflow) = product.addingReportingOverflow(decimals * unit / scale)": "decimals < 10^9 and unit ≤ 10^9: below 10^18",
        "FTAPRendering/Feeds.swift: let yoe = y - era * 400": "a content date: year 1990 to 2099",
        "FTAPRendering/Feeds.swift: let doy = (153 * mp + 2) / 5 + date.day - 1": "mp < 12",
        "FTAPRendering/Feeds.swift: let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy": "yoe < 400",
        "FTAPRendering/Feeds.swift: let days = era * 146_097 + doe - 719_468": "a content date: year 1990 to 2099",
        "FTAPRendering/ViewModels+Projects.swift: let first = (current - 1) * SitePlan.listPageSize + 1": "a page number of the plan, at most the number of items",
        "FTAPRendering/ViewModels+Projects.swift: items.dropFirst((number - 1) * SitePlan.listPageSize).prefix(SitePlan.listPageSize)": "a page number of the plan, at most the number of items",
        "FTAPRendering/ViewModels+News.swift: let items = site.news.dropFirst((number - 1) * SitePlan.newsPerPage).prefix(SitePlan.newsPerPage)": "a page number of the plan, at most the number of items",
        "FTAPRendering/Charts.swift: let height = rows.count * rowHeight + 4": "rows are groups of the site (years, types): a few dozen",
        "FTAPRendering/Charts.swift: let y = index * rowHeight + 4": "rows are groups of the site (years, types): a few dozen",
        "FTAPRendering/Charts.swift: let groupHeight = { (bars: Int) in labelHeight + bars * (barHeight + 4) + gap }": "two bars a group",
        "FTAPRendering/Charts.swift: let share = whole > 0 ? Int(min(100, Int128(max(0, part)) * 100 / Int128(whole))) : 0": "Int128, and at most 100 before it becomes an Int",
        "FTAPRendering/Charts.swift: max(2, Int(Int128(max(0, value)) * Int128(barWidth) / Int128(maximum)))": "Int128; value ≤ maximum, so at most barWidth before it becomes an Int",
    ]

    /// Every Swift line of the library and the command line, as `Target/File.swift: code`, without
    /// comments and with string literals emptied (so words inside messages are not code).
    static func codeLines() throws -> [(place: String, code: String)] {
        var lines: [(String, String)] = []
        for (relative, _) in filesByPath(in: sources) where relative.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") { continue }
                lines.append((relative, trimmed))
            }
        }
        return lines
    }

    static func withoutStrings(_ code: String) -> String {
        code.replacingOccurrences(of: #""(\\.|[^"\\])*""#, with: "\"\"", options: .regularExpression)
            .replacingOccurrences(of: #"//.*$"#, with: "", options: .regularExpression)
    }

    @Test func noTrapsOnAPathInputReaches() throws {
        let traps = try Self.codeLines().filter { _, code in
            let bare = Self.withoutStrings(code)
            return bare.contains("fatalError(") || bare.contains("try!") || bare.contains("as!")
                || bare.contains("precondition(") || bare.contains("preconditionFailure(")
                || bare.range(of: #"[\w\)\]]!(?!=)"#, options: .regularExpression) != nil
        }
        #expect(traps.isEmpty, "\(traps.map { "\($0.place): \($0.code)" })")
    }

    /// Arithmetic on input trapped once (sums of amounts × 10 000 in a percentage): every
    /// multiplication must be one reviewed above, with why it cannot overflow.
    @Test func everyMultiplicationIsReviewed() throws {
        let products = try Self.codeLines().filter { _, code in
            let bare = Self.withoutStrings(code)
            return bare.range(of: #"[\w\)\]] ?\* ?[\w\(]"#, options: .regularExpression) != nil || bare.contains("*=")
        }.map { "\($0.place): \($0.code)" }
        let unreviewed = Set(products).subtracting(Self.reviewedMultiplications.keys)
        #expect(unreviewed.isEmpty, "multiplications à examiner : \(unreviewed.sorted())")
        let stale = Set(Self.reviewedMultiplications.keys).subtracting(products)
        #expect(stale.isEmpty, "multiplications examinées disparues : \(stale.sorted())")
    }

    @Test func everyComputedRangeIsReviewed() throws {
        let ranges = try Self.codeLines().filter { _, code in
            let bare = Self.withoutStrings(code)
            guard bare.contains("...") || bare.contains("..<") else { return false }
            let literal = #"(\"\"|\d[\d_x]*|0x[0-9A-Fa-f_]+)"#
            let onlyLiterals = bare.replacingOccurrences(of: literal + #"\s*(\.\.\.|\.\.<)\s*"# + literal, with: "",
                                                         options: .regularExpression)
            return onlyLiterals.contains("...") || onlyLiterals.contains("..<")
        }.map { "\($0.place): \($0.code)" }
        let unreviewed = Set(ranges).subtracting(Self.reviewedRanges.keys)
        #expect(unreviewed.isEmpty, "plages à examiner : \(unreviewed.sorted())")
        let stale = Set(Self.reviewedRanges.keys).subtracting(ranges)
        #expect(stale.isEmpty, "plages examinées disparues : \(stale.sorted())")
    }
}
