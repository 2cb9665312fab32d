import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FTAPContent
import FTAPCore
import FTAPFileSystem

/// `media/` is published as it is, on the site's own address: a page or an image that runs a
/// script there would bypass every check of the content. Only inert formats are published (an
/// allow-list by extension), and an SVG image only when it holds no script, event handler,
/// foreign object, entity declaration or reference outside itself.
package enum MediaRules {
    /// The formats `media/` may hold, by extension, with what they are (for the message and the guide).
    static let allowedKinds: [(kind: String, extensions: [String])] = [
        ("images", MediaFile.pictureFormats),
        ("documents", ["pdf", "odt", "ods", "odp", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "json", "zip"]),
        ("sons et vidéos", ["mp3", "ogg", "oga", "mp4", "webm", "ogv"]),
        ("sous-titres", ["vtt", "srt"]),
    ]
    static let allowedExtensions = Set(allowedKinds.flatMap(\.extensions))

    /// Every media file that may not be published, with why.
    static func check(_ media: [MediaFile], root: String) -> [Diagnostic] {
        media.sorted { $0.relativePath < $1.relativePath }.compactMap { file in
            let shownPath = join(join(root, "media"), file.relativePath)
            let fileExtension = file.fileExtension
            guard allowedExtensions.contains(fileExtension) else {
                let formats = allowedKinds.map { "\($0.kind) (\($0.extensions.joined(separator: ", ")))" }.joined(separator: " ; ")
                let why = ["html", "htm", "xhtml", "xml", "js", "mjs", "svgz"].contains(fileExtension)
                    ? "ce format peut exécuter un script sur le site, qui contournerait toutes ses vérifications"
                    : "ce format n'est pas dans la liste des formats publiés"
                return Diagnostic(file: shownPath, position: nil, code: DiagnosticCode.refusedMedia,
                                  message: "« \(file.relativePath) » ne peut pas être publié : \(why). Formats acceptés : \(formats). Une page s'écrit dans « pages/ », en Markdown")
            }
            guard fileExtension == "svg" else { return nil }
            let bytes = (try? RegularFileIO.read(file.sourcePath).get()) ?? []
            guard let problem = SVGInspection.activeContent(in: Data(bytes)) else { return nil }
            return Diagnostic(file: shownPath, position: nil, code: DiagnosticCode.refusedMedia,
                              message: "l'image « \(file.relativePath) » \(problem) : une image SVG publiée sur le site ne doit rien exécuter ni rien charger d'ailleurs ; exportez-la sans script ni lien (ou en PNG)")
        }
    }
}

/// Reads an SVG image and tells what in it could run or load something.
final class SVGInspection: NSObject, XMLParserDelegate {
    private var problem: String?
    /// The open elements, to tell a well-formed file (the system's parser forgives some faults).
    private var open: [String] = []
    private var elements = 0

    /// nil when the image is inert; else what is wrong with it, in French, as it follows « l'image … ».
    static func activeContent(in data: Data) -> String? {
        // Entity declarations are refused before any parsing: an entity can hide or expand anything.
        if String(decoding: data, as: UTF8.self).range(of: "<!entity", options: .caseInsensitive) != nil {
            return "déclare une entité XML (« <!ENTITY … > »)"
        }
        let inspection = SVGInspection()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = inspection
        let parsed = parser.parse()
        if let problem = inspection.problem { return problem }
        guard parsed, inspection.open.isEmpty, inspection.elements > 0 else { return "n'est pas un fichier SVG lisible (XML mal formé)" }
        return nil
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard open.popLast() == elementName else { return refuse("n'est pas un fichier SVG lisible (XML mal formé)", parser) }
    }

    private func refuse(_ why: String, _ parser: XMLParser) {
        if problem == nil { problem = why }
        parser.abortParsing()
    }

    static let activeElements: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video"]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elementName)
        elements += 1
        let name = (elementName.split(separator: ":").last.map(String.init) ?? elementName).lowercased()
        if Self.activeElements.contains(name) { return refuse("contient un élément « \(elementName) »", parser) }
        if name == "set" || name.hasPrefix("animate"), let target = attributes.first(where: { $0.key.lowercased() == "attributename" })?.value.lowercased(),
           target.hasPrefix("on") || target.hasSuffix("href") {
            return refuse("anime l'attribut « \(target) »", parser)
        }
        for (attribute, value) in attributes.sorted(by: { $0.key < $1.key }) {
            let key = attribute.lowercased()
            if key.hasPrefix("on") { return refuse("contient un attribut d'événement « \(attribute) », qui exécute un script", parser) }
            if key == "href" || key.hasSuffix(":href"), !Self.isInertReference(value) {
                return refuse("contient une référence externe (« \(attribute) » vers « \(value.prefix(60)) »)", parser)
            }
            if Self.loadsFromOutside(value) { return refuse("charge quelque chose d'ailleurs (attribut « \(attribute) »)", parser) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if Self.loadsFromOutside(string) { refuse("charge quelque chose d'ailleurs (dans une feuille de style)", parser) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if Self.loadsFromOutside(String(decoding: CDATABlock, as: UTF8.self)) { refuse("charge quelque chose d'ailleurs (dans une feuille de style)", parser) }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse("déclare une entité XML (« \(name) »)", parser)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse("déclare une entité XML externe (« \(name) »)", parser)
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        refuse("contient une instruction de traitement « <?\(target) … ?> »", parser)
    }

    /// A reference inside the image (`#id`) or an embedded raster image.
    static func isInertReference(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.hasPrefix("#") || ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains { trimmed.hasPrefix($0) }
    }

    /// `javascript:`, `@import` or a `url(…)` that is not `url(#…)`: something run or loaded.
    static func loadsFromOutside(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.contains("url(") || lowered.contains("@import") || lowered.contains("javascript:") || lowered.contains("expression(") else { return false }
        if lowered.contains("@import") || lowered.contains("javascript:") || lowered.contains("expression(") { return true }
        // What follows each « url( », quotes and spaces aside, must be « # ».
        return lowered.components(separatedBy: "url(").dropFirst().contains { after in
            !after.drop { $0 == " " || $0 == "'" || $0 == "\"" }.hasPrefix("#")
        }
    }
}
