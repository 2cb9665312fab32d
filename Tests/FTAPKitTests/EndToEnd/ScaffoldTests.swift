import Foundation
@testable import FTAPValidation
import Testing

/// `ftap new` cannot publish by mistake: every kind that can be a draft starts as one, and an
/// example text left in a published file is an error at its line.
@Suite(.serialized) struct ScaffoldTests {
    /// The lines of a file that hold one of the scaffolds' example texts.
    static func exampleLines(of text: String) -> Set<Int> {
        let examples = ScaffoldExample.values.map { "\"\($0)\"" } + Array(ScaffoldExample.bodies)
        return Set(text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.hasPrefix("#") || line.hasPrefix("  #") ? nil : examples.contains { line.contains($0) } ? index + 1 : nil
        })
    }

    static func codesAndLines(_ result: FTAPProcess.Result, file: String) throws -> [(code: String, line: Int?)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return ((object["diagnostics"] as? [[String: Any]]) ?? []).filter { $0["file"] as? String == file }
            .map { ($0["code"] as? String ?? "", $0["line"] as? Int) }
    }

    @Test func everyKindThatCanBeADraftStartsAsOneAndChecksClean() throws {
        let folder = try TemporaryContent()
        for kind in ["projet", "temoignage", "actualite"] {
            #expect(try FTAPProcess.run(["new", kind, "exemple"], in: folder.root).status == 0)
        }
        for path in ["projets", "temoignages", "actualites"].map({ "content/\($0)/exemple.md" }) {
            let text = try String(contentsOf: folder.root.appendingPathComponent(path), encoding: .utf8)
            #expect(text.contains("\nbrouillon: true\n"), "\(path) doit commencer en brouillon")
        }
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("non publié : 3 brouillons"), "\(result.stderr)")
    }

    /// A name `check` would refuse is refused by `ftap new` too, before anything is written.
    @Test func aReservedNameIsRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryContent()
        let news = try FTAPProcess.run(["new", "actualite", "s-abonner"], in: folder.root)
        #expect(news.status == 2)
        #expect(news.stderr == "erreur : content/actualites/s-abonner.md : le nom « s-abonner » est réservé à une page de la rubrique Actualités (/actualites/s-abonner/) : choisissez un autre nom ; rien n'a été écrit\n", "\(news.stderr)")
        let page = try FTAPProcess.run(["new", "page", "projets"], in: folder.root)
        #expect(page.status == 2 && page.stderr.contains("le nom « projets » est réservé à une rubrique du site"), "\(page.stderr)")
        for path in ["content/actualites/s-abonner.md", "content/pages/projets.md"] {
            #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(path).path), "\(path)")
        }
        // Free for a project or a testimonial.
        #expect(try FTAPProcess.run(["new", "projet", "s-abonner"], in: folder.root).status == 0)
    }

    /// A disk that refuses the file (here the account's file size limit, as a full disk does)
    /// leaves no empty file behind: `check` is not blocked and a retry works.
    @Test func aWriteRefusedByTheDiskLeavesNoFile() throws {
        let folder = try TemporaryContent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 0; exec \"$0\" new projet plein", FTAPProcess.binary.path]
        process.currentDirectoryURL = folder.root
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1764028800"]) { _, new in new }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "erreur : content/projets/plein.md : écriture impossible : fichier trop grand pour ce disque\n", "\(message)")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("content/projets/plein.md").path))
        #expect(try FTAPProcess.run(["new", "projet", "plein"], in: folder.root).status == 0)
    }

    @Test func aProjectScaffoldSetToPublishGetsExampleValueErrorsAtItsLines() throws {
        let folder = try TemporaryContent()
        #expect(try FTAPProcess.run(["new", "projet", "x"], in: folder.root).status == 0)
        let url = folder.root.appendingPathComponent("content/projets/x.md")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\nbrouillon: true\n", with: "\nbrouillon: false\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(result.status == 1)
        let found = try Self.codesAndLines(result, file: "content/projets/x.md")
        #expect(found.allSatisfy { $0.code == "valeur-exemple" }, "seules les valeurs d'exemple sont fautives : \(found)")
        let expected = Self.exampleLines(of: text)
        #expect(expected.count == 4, "titre, résumé, porteur et texte : \(expected.sorted())")
        #expect(Set(found.compactMap(\.line)) == expected && found.count == expected.count, "\(found) au lieu de \(expected.sorted())")
    }

    @Test func aTestimonialScaffoldSetToPublishNamesItsExampleAuthor() throws {
        let folder = try TemporaryContent()
        #expect(try FTAPProcess.run(["new", "temoignage", "t"], in: folder.root).status == 0)
        let url = folder.root.appendingPathComponent("content/temoignages/t.md")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\nbrouillon: true\n", with: "\nbrouillon: false\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/temoignages/t.md:2:9: erreur: « auteur » a encore le texte d'exemple « Prénom Nom »"), "\(result.stderr)")
        #expect(Self.exampleLines(of: text).count == 3)
    }

    /// Issue 22, point 7: every kind starts as a draft, so the check and the preview stay up
    /// while it is filled in; once « brouillon: false », its example texts are errors at their lines.
    @Test func everyKindStartsAsADraftWhoseExamplesAreErrorsOncePublished() throws {
        let folder = try TemporaryContent()
        let kinds = [("projet", "content/projets/x.md"), ("temoignage", "content/temoignages/x.md"), ("actualite", "content/actualites/x.md"),
                     ("page", "content/pages/x.md"), ("chiffre-officiel", "content/chiffres-officiels/x.md"),
                     ("execution-budgetaire", "content/execution-budgetaire/2024.md")]
        for (kind, _) in kinds {
            #expect(try FTAPProcess.run(["new", kind, kind == "execution-budgetaire" ? "2024" : "x"], in: folder.root).status == 0)
        }
        // The budget year needs an amount, which no source gives the scaffold.
        let execution = folder.root.appendingPathComponent("content/execution-budgetaire/2024.md")
        try String(contentsOf: execution, encoding: .utf8).replacingOccurrences(of: "# cp_consommes: 0", with: "cp_consommes: 103_000_000")
            .write(to: execution, atomically: true, encoding: .utf8)
        let drafts = try FTAPProcess.run(["check"], in: folder.root)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        #expect(drafts.stderr.contains("non publié : 6 brouillons"), "\(drafts.stderr)")
        for (_, path) in kinds {
            let url = folder.root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains("\nbrouillon: true\n"), "\(path)")
            try text.replacingOccurrences(of: "\nbrouillon: true\n", with: "\nbrouillon: false\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let published = try FTAPProcess.run(["check", "--format", "json"], in: folder.root)
        #expect(published.status == 1)
        for (_, path) in kinds {
            let found = try Self.codesAndLines(published, file: path)
            #expect(found.contains { $0.code == "valeur-exemple" }, "\(path) : \(found)")
        }
    }

    /// A year of budget execution is named by its year; once its amounts and sources are real,
    /// it checks clean.
    @Test func aBudgetExecutionScaffoldIsNamedByItsYear() throws {
        let folder = try TemporaryContent()
        #expect(try FTAPProcess.run(["new", "execution-budgetaire", "2024"], in: folder.root).status == 0)
        let url = folder.root.appendingPathComponent("content/execution-budgetaire/2024.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("\nannee: 2024\n"))
        let real = text.replacingOccurrences(of: "# cp_consommes: 0", with: "cp_consommes: 103_000_000")
            .replacingOccurrences(of: ScaffoldExample.sourceTitle, with: "Sénat, rapport spécial")
            .replacingOccurrences(of: "\nbrouillon: true\n", with: "\n")
        try real.write(to: url, atomically: true, encoding: .utf8)
        let clean = try Self.codesAndLines(try FTAPProcess.run(["check", "--format", "json"], in: folder.root), file: "content/execution-budgetaire/2024.md")
        #expect(clean.isEmpty, "\(clean)")
        #expect(try FTAPProcess.run(["new", "execution-budgetaire", "budget"], in: folder.root).status == 2, "a year names the file")
    }
}
