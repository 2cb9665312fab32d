import Foundation
import Testing

/// The closing line of `ftap check` and `ftap build`: what is published, what is not and until
/// when, the pages written and the time taken, in French; colours only on a terminal.
@Suite(.serialized) struct SummaryLineTests {
    /// A site with one published sheet, a draft testimonial, a sheet and a news item waiting for
    /// their dates (the build date is 2025-11-25), and the mandatory pages.
    static func content() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/publie.md", TestContent.project())
        try folder.write("content/projets/plus-tard.md", TestContent.project("date_publication: 2026-03-01", title: "Plus tard", amount: "2000000"))
        try folder.write("content/actualites/annonce.md", "---\ntitre: \"Annonce\"\ndate: 2025-12-01\nresume: \"Bientôt.\"\n---\nTexte.\n")
        try folder.write("content/temoignages/brouillon.md", "---\nauteur: \"A\"\nfonction: \"B\"\ndate: 2025-01-01\nbrouillon: true\n---\nCitation.\n")
        for page in ["accessibilite", "mentions-legales", "donnees-personnelles"] {
            try folder.write("content/pages/\(page).md", "---\ntitre: \"\(page)\"\n---\nTexte.\n")
        }
        return folder
    }

    static let counts = "publié : 1 projet, 0 actualité, 0 témoignage, 3 pages, 0 chiffre officiel ; "
        + "non publié : 1 brouillon et 2 programmés (content/actualites/annonce.md le 1er décembre 2025, "
        + "content/projets/plus-tard.md le 1er mars 2026)"

    static func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func checkSaysWhatIsPublishedWhatWaitsAndHowLongItTook() throws {
        let folder = try Self.content()
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let line = Self.lastLine(result.stderr)
        #expect(line.hasPrefix("Contenu valide — " + Self.counts + " ("), "\(line)")
        #expect(line.contains(/\(\d+,\d\d? s\)\.$/), "\(line)")
        #expect(!result.stderr.contains("\u{1B}["), "pas de couleur hors d'un terminal")
    }

    @Test func buildAlsoCountsThePagesItWrote() throws {
        let folder = try Self.content()
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let pages = folder.files(under: "public").keys.filter { $0.hasSuffix(".html") }.count
        let line = Self.lastLine(result.stderr)
        #expect(line.hasPrefix("Site construit dans « public » : \(pages) pages écrites — " + Self.counts + " ("), "\(line)")
    }

    @Test func withDraftsTheDraftIsPublishedAndNothingIsLeftOutButScheduledItems() throws {
        let folder = try Self.content()
        let result = try FTAPProcess.run(["check", "--drafts"], in: folder.root)
        #expect(Self.lastLine(result.stderr).contains("0 actualité, 1 témoignage, 3 pages, 0 chiffre officiel ; non publié : 2 programmés ("),
                "\(result.stderr)")
    }

    /// Years of news prepared in advance still give one line: the next three, then a count.
    @Test func aLongScheduleShowsTheNextThreeAndCountsTheRest() throws {
        let folder = try Self.content()
        for day in 10...19 {
            try folder.write("content/actualites/suite-\(day).md", "---\ntitre: \"Suite\"\ndate: 2026-01-\(day)\nresume: \"R.\"\n---\nTexte.\n")
        }
        let result = try FTAPProcess.run(["check"], in: folder.root)
        #expect(Self.lastLine(result.stderr).contains("non publié : 1 brouillon et 12 programmés (content/actualites/annonce.md le 1er décembre 2025, "
            + "content/actualites/suite-10.md le 10 janvier 2026, content/actualites/suite-11.md le 11 janvier 2026, et 9 autres) ("), "\(result.stderr)")
    }

    @Test func errorsAreCountedAndNothingIsSaidPublished() throws {
        let folder = try Self.content()
        try folder.write("content/projets/faute.md", TestContent.project("montnat: 3\nstatut: fini"))
        let check = try FTAPProcess.run(["check"], in: folder.root)
        #expect(check.status == 1)
        // The README's wording, for both commands.
        #expect(Self.lastLine(check.stderr).contains(/^2 erreurs et 0 avertissement : rien n'a été publié \(\d+,\d\d? s\)\.$/), "\(check.stderr)")
        let build = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(Self.lastLine(build.stderr).contains(/^2 erreurs et 0 avertissement : rien n'a été publié \(\d+,\d\d? s\)\.$/), "\(build.stderr)")
        // The README quotes this very line (its time aside).
        let readme = try String(contentsOf: FTAPProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        let quoted = Self.lastLine(check.stderr).replacingOccurrences(of: #"\(\d+,\d+ s\)"#, with: "(0,05 s)", options: .regularExpression)
        #expect(readme.contains("« \(quoted) »"), "\(quoted)")
    }

    /// `script` gives the command a terminal: the counts are then coloured.
    @Test func aTerminalGetsColours() throws {
        let folder = try Self.content()
        let command = "\(FTAPProcess.binary.path) check 2>&1"
        let result = try Self.runInTerminal(command, in: folder.root)
        #expect(result.contains("\u{1B}[32mContenu valide\u{1B}[0m — publié"), "\(result)")
        let plain = try Self.runInTerminal("NO_COLOR=1 " + command, in: folder.root)
        #expect(plain.contains("Contenu valide — publié") && !plain.contains("\u{1B}["), "\(plain)")
    }

    static func runInTerminal(_ command: String, in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1764028800"
        environment["TERM"] = "xterm"
        environment.removeValue(forKey: "NO_COLOR")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
