import Foundation
import Testing

/// Issue 28, point 4: in a git repository, a sheet and an official figure show « Modifié le »
/// (the last commit that changed a figure, not its wording) and the history of their amounts;
/// a shallow clone, or a folder outside git, says nothing.
@Suite(.serialized) struct FigureHistoryTests {
    /// Runs git in the folder, its commits dated `date` (noon in Paris) and signed by a test author.
    static func git(_ arguments: [String], in folder: URL, date: String = "2025-01-01") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@exemple.gouv.fr", "GIT_COMMITTER_NAME": "Test",
                             "GIT_COMMITTER_EMAIL": "test@exemple.gouv.fr", "GIT_AUTHOR_DATE": "\(date)T12:00:00+01:00",
                             "GIT_COMMITTER_DATE": "\(date)T12:00:00+01:00", "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.path] {
            environment[key] = value
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static func sheet(amount: String, text: String) -> String {
        TestContent.project(title: "Projet suivi", amount: amount).replacingOccurrences(of: "Corps du texte.", with: text)
    }

    static let figure = """
    ---
    titre: "Lauréats de l'appel 2019"
    date: 2019-07-01
    emetteur: etat
    emetteur_nom: "DITP"
    appel: 2019
    projets: %@
    montant: %@
    sources:
      - titre: "Communiqué"
        url: "https://exemple.gouv.fr/communique"
    ---

    """

    static func commit(_ folder: TemporaryContent, _ message: String, on date: String) throws {
        try git(["add", "-A"], in: folder.root, date: date)
        try git(["commit", "-q", "-m", message], in: folder.root, date: date)
    }

    /// A page of the built site, its no-break spaces read as spaces.
    static func page(_ folder: URL, _ path: String) throws -> String {
        String(decoding: try #require(filesByPath(in: folder.appendingPathComponent("public"))[path], "\(path) absent"), as: UTF8.self)
            .replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    @Test func theAmountsHistoryComesFromTheCommitsThatChangedThem() throws {
        let folder = try TemporaryContent()
        try Self.git(["init", "-q", "-b", "main"], in: folder.root)
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1000000", text: "Premier texte."))
        try folder.write("content/chiffres-officiels/laureats-2019.md", String(format: Self.figure, "10", "50_000_000"))
        try Self.commit(folder, "Première version", on: "2025-01-10")
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1_200_000", text: "Texte revu."))
        try Self.commit(folder, "Montant et texte", on: "2025-03-04")
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1_500_000", text: "Texte revu."))
        try folder.write("content/chiffres-officiels/laureats-2019.md", String(format: Self.figure, "12", "50_000_000"))
        try Self.commit(folder, "Nouveau montant", on: "2025-06-20")
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1_500_000", text: "Texte revu encore, sans chiffre changé."))
        try Self.commit(folder, "Texte seul", on: "2025-09-15")

        let built = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root)
        #expect(built.status == 0, "\(built.stderr)")
        let sheet = try Self.page(folder.root, "projets/suivi/index.html")
        #expect(sheet.contains("Modifié le <time datetime=\"2025-06-20\">20 juin 2025</time>"), "« Modifié le » : le dernier commit qui change un montant, pas le texte")
        let changes = sheet.components(separatedBy: "<li><time").dropFirst().map { String($0.prefix { $0 != "\n" }) }
            .filter { $0.contains("Montant accordé") }
        #expect(changes.count == 2, "\(changes)")
        #expect(sheet.contains("<li><time datetime=\"2025-03-04\">4 mars 2025</time> — Montant accordé : 1 000 000 € → 1 200 000 €</li>"), "\(changes)")
        #expect(sheet.contains("<li><time datetime=\"2025-06-20\">20 juin 2025</time> — Montant accordé : 1 200 000 € → 1 500 000 €</li>"), "\(changes)")
        let call = try Self.page(folder.root, "appels/2019/index.html")
        #expect(call.contains("Modifié le <time datetime=\"2025-06-20\">20 juin 2025</time>") && call.contains("Projets annoncés : 10 → 12</li>"), "le chiffre publié aussi")

        // A change not committed yet: its page says nothing rather than a history that ends elsewhere.
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1_600_000", text: "Texte revu."))
        #expect(try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root).status == 0)
        #expect(!(try Self.page(folder.root, "projets/suivi/index.html")).contains("Modifié le"))
        try folder.write("content/projets/suivi.md", Self.sheet(amount: "1_500_000", text: "Texte revu encore, sans chiffre changé."))

        // historique_depuis: the changes committed before that day are not shown.
        try folder.write("content/site.yml", "titre: \"Site de test\"\nurl: \"https://exemple.gouv.fr\"\ndescription: \"Test\"\nhistorique_depuis: 2025-05-01\n")
        #expect(try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: folder.root).status == 0)
        let since = try Self.page(folder.root, "projets/suivi/index.html")
        #expect(!since.contains("4 mars 2025</time> — Montant") && since.contains("20 juin 2025</time> — Montant accordé"), "\(since)")

        // A shallow clone has no whole history: no history, no date.
        let clone = try TemporaryContent()
        try FileManager.default.removeItem(at: clone.root)
        try Self.git(["clone", "-q", "--depth", "1", "file://\(folder.root.path)", clone.root.path], in: folder.root)
        let shallow = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "public"], in: clone.root)
        #expect(shallow.status == 0, "\(shallow.stderr)")
        let page = try Self.page(clone.root, "projets/suivi/index.html")
        #expect(!page.contains("Modifié le") && !page.contains("Historique des montants"))
    }
}
