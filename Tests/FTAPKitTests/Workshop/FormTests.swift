import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPEditing
@testable import FTAPValidation
@testable import FTAPWorkshop
import Testing

/// The atelier's forms are drawn from the schema, and a form sent back unchanged writes the file
/// it was loaded from, byte for byte.
@Suite struct FormTests {
    /// What a browser sends for a form: hidden and text inputs, checked boxes, the chosen option
    /// of each list, each text area (its first line break dropped, as HTML reads it), in order.
    static func submitted(_ html: String) -> [(name: String, value: String)] {
        let controls = /<input [^>]*>|<select [^>]*name="([^"]*)"[^>]*>(.*?)<\/select>|<textarea [^>]*name="([^"]*)"[^>]*>(.*?)<\/textarea>/.dotMatchesNewlines()
        return html.matches(of: controls).compactMap { match in
            let tag = String(match.0)
            if tag.hasPrefix("<input") {
                guard let name = attribute("name", of: tag), !tag.contains("type=\"checkbox\"") || tag.contains(" checked") else { return nil }
                return (name, attribute("value", of: tag) ?? "")
            }
            if let name = match.1, let options = match.2 {
                let chosen = options.firstMatch(of: /<option value="([^"]*)" selected>/).map { unescaped(String($0.1)) } ?? ""
                return (unescaped(String(name)), chosen)
            }
            if let name = match.3, let content = match.4 {
                let text = unescaped(String(content))
                return (unescaped(String(name)), text.hasPrefix("\n") ? String(text.dropFirst()) : text)
            }
            return nil
        }
    }

    static func attribute(_ name: String, of tag: String) -> String? {
        guard let regex = try? Regex(" \(name)=\"([^\"]*)\"", as: (Substring, Substring).self),
              let match = tag.firstMatch(of: regex) else { return nil }
        return unescaped(String(match.1))
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The values of a file, as the form starts with them.
    static func values(of text: String) throws -> [FrontMatterEntry] {
        try FrontMatterEditTests.values(of: text)
    }

    static func page(_ text: String, schema: KindSchema, context: FormContext = FormContext()) throws -> FormPage {
        FormPage(title: "Essai", schema: schema, values: try values(of: text), body: FrontMatterEdit.body(of: text) ?? "",
                 context: context, action: "/enregistrer", token: "jeton-de-session", version: "v1")
    }

    /// The file a form writes once sent back.
    static func saved(_ text: String, schema: KindSchema, fields: [(name: String, value: String)]) throws -> String {
        let submission = FormSubmission(fields: fields)
        let body = fields.first { $0.name == "texte" }?.value.replacingOccurrences(of: "\r\n", with: "\n")
        let unchangedBody = body == FrontMatterEdit.body(of: text)
        return try FrontMatterEdit(text, values: submission.values(schema: schema, original: try values(of: text)), schema: schema,
                                   body: unchangedBody ? nil : body).text
    }

    @Test func everyExampleFileOpenedInItsFormAndSentBackIsTheSameBytes() throws {
        let files = try FrontMatterEditTests.exampleFiles()
        for file in files {
            let html = try Self.page(file.text, schema: file.schema).html
            let saved = try Self.saved(file.text, schema: file.schema, fields: Self.submitted(html))
            let difference = zip(saved.split(separator: "\n", omittingEmptySubsequences: false), file.text.split(separator: "\n", omittingEmptySubsequences: false))
                .first { $0 != $1 }.map { "« \($0.1) » devenu « \($0.0) »" } ?? "longueur"
            #expect(saved == file.text, "\(file.path) : \(difference)")
        }
        #expect(files.count > 50)
    }

    @Test func everyKeyOfTheSchemaHasItsInputAndAKeyAddedShowsWithNoFormCode() throws {
        let text = "---\ntitre: \"Essai\"\n---\nTexte.\n"
        var fields = ContentSchema.page.fields
        fields.append(FieldDescription("nouvelle_cle", meaning: "une clé ajoutée au schéma", values: "texte", form: .text()))
        let html = try Self.page(text, schema: KindSchema(table: "pages", fields: fields)).html
        #expect(html.contains("name=\"nouvelle_cle\""))
        #expect(html.contains("<label class=\"fr-label\" for=\"champ-nouvelle-cle\">Une clé ajoutée au schéma"))
        let project = try Self.page(try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("content/projets/cloud-etat.md"), encoding: .utf8),
                                    schema: ContentSchema.project).html
        for name in ["titre", "porteur.nom", "porteur.type", "montant", "jalons.0.date", "jalons.0.etat", "versements.0.montant", "sources.0.url",
                     "image.fichier", "videos.0.transcription", "documents.0.langue", "brouillon", "leviers"] {
            #expect(project.contains("name=\"\(name)\""), "\(name)")
        }
    }

    /// Every label says what its key means in words: a box says what ticking it does, never
    /// « True ».
    @Test func everyLabelSaysWhatItsKeyMeansInWords() throws {
        func all(_ fields: [FieldDescription]) -> [FieldDescription] {
            fields.flatMap { field -> [FieldDescription] in
                switch field.form {
                case let .group(children, _), let .repeated(children, _): [field] + all(children)
                default: [field]
                }
            }
        }
        for field in ContentSchema.all.flatMap({ all($0.fields) }) {
            let label = FormField(field: field, name: field.key, value: nil, context: FormContext()).label
            #expect(!label.lowercased().hasPrefix("true") && !label.contains("`") && label.count > 3, "\(field.key): \(label)")
        }
        let draft = try #require(ContentSchema.project.field(at: "brouillon"))
        #expect(FormField(field: draft, name: "brouillon", value: nil, context: FormContext()).label == "La fiche est vérifiée mais pas publiée")
    }

    @Test func aMilestoneAPaymentAndAnAmountTypedAsReadAreWrittenAsTheGuideWritesThem() throws {
        let path = FTAPProcess.packageRoot.appendingPathComponent("content/projets/cloud-etat.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        var fields = Self.submitted(try Self.page(text, schema: ContentSchema.project).html)
        func set(_ name: String, _ value: String) {
            if let index = fields.firstIndex(where: { $0.name == name }) { fields[index].value = value } else { fields.append((name, value)) }
        }
        set("montant", "25 000 000 €")
        set("jalons.0.date", "2026-03-01")
        set("jalons.0.libelle", "Mise en service")
        set("jalons.0.etat", "prevu")
        set("versements.0.date", "2019-01-15")
        set("versements.0.montant", "5 000 000")
        let saved = try Self.saved(text, schema: ContentSchema.project, fields: fields)
        #expect(saved.contains("\nmontant: 25000000\n"))
        #expect(saved.contains("\njalons:\n  - date: 2026-03-01\n    libelle: \"Mise en service\"\n    etat: prevu\n"), "\(saved)")
        #expect(saved.contains("\nversements:\n  - date: 2019-01-15\n    montant: 5000000\n"), "\(saved)")
        let result = TestContent.validate([TestContent.file(.project, "cloud-etat", saved)])
        #expect(result.diagnostics.filter { $0.severity == .error && $0.file.hasSuffix("cloud-etat.md") }.isEmpty, "\(result.diagnostics)")
    }

    @Test func aPaymentAboveTheGrantIsShownBesideThePaymentsAndSummedUp() throws {
        let text = TestContent.project("versements:\n  - date: 2019-01-15\n    montant: 2000000\n")
        let file = TestContent.file(.project, "essai", text)
        let diagnostics = TestContent.validate([file]).diagnostics
        let split = try #require(try? FrontMatterSplitter.split(text, file: file.path).get())
        let root = try #require(YAMLFrontMatterParser.parse(split.yaml, firstLine: split.yamlFirstLine, file: file.path).node)
        let sorted = FieldPlaces(root, firstLine: split.yamlFirstLine).sort(diagnostics, file: file.path)
        let messages = try #require(sorted.byField["versements"], "\(diagnostics)")
        #expect(messages.contains { $0.contains("dépasse le montant accordé") })
        let html = try Self.page(text, schema: ContentSchema.project, context: FormContext(errors: sorted.byField)).html
        #expect(html.contains("fr-fieldset--error\" id=\"champ-versements\""))
        #expect(html.contains("<h2 class=\"fr-alert__title\">1 problème à corriger</h2>"))
        #expect(html.contains("<a href=\"#champ-versements\">La somme des versements"))
    }
}
