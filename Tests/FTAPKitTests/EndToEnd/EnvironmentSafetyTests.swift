import Foundation
@testable import FTAPContent
@testable import FTAPCore
@testable import FTAPFileSystem
@testable import FTAPKit
@testable import FTAPRendering
@testable import FTAPValidation
import Testing

/// What the machine gives the tool (environment variables, odd files in the content) never
/// crashes it and never makes it publish something from outside the content.
@Suite(.serialized) struct EnvironmentSafetyTests {
    @Test(arguments: ["0", "315532800", "-1", "abc", "", "1480000000", "99999999999999999999"])
    func unusableSourceDateEpochIsAClearError(value: String) throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        for command in ["check", "build"] {
            let result = try FTAPProcess.run([command, "--templates", FTAPProcess.templates], in: folder.root,
                                             environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 2, "\(command) \(value): \(result.stderr)")
            #expect(result.stderr.contains("SOURCE_DATE_EPOCH=\(value) refusé"), "\(result.stderr)")
            #expect(result.stderr.contains("git log -1 --format=%ct"))
        }
        #expect(FileKind(atPath: folder.root.appendingPathComponent("public").path) == .missing)
    }

    @Test func farFutureSourceDateEpochIsAUsableDate() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        for command in ["check", "build"] {
            let result = try FTAPProcess.run([command, "--templates", FTAPProcess.templates], in: folder.root,
                                             environment: ["SOURCE_DATE_EPOCH": "99999999999"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try BuildOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "99999999999"], now: 0).iso == "5138-11-16")
    }

    @Test func firstSecondOfAYearIsExact() {
        #expect(BuildOptions.firstSecond(of: 1970) == 0)
        #expect(BuildOptions.firstSecond(of: 2017) == 1_483_228_800)
        #expect(ContentDate(secondsSince1970: BuildOptions.firstSecond(of: 2400)).iso == "2400-01-01")
    }

    @Test func buildDateBeforeTheFirstCallGivesAnErrorNotACrash() {
        var context = ValidationContext(buildDate: ContentDate(year: 1970, month: 1, day: 1)!)
        context.firstCallYear = 2017
        let source = ContentSource(root: "content", siteSettingsBytes: Array(TestContent.siteYAML.utf8),
                                   files: [TestContent.file(.project, "x", TestContent.project())])
        let (_, diagnostics) = ContentValidator.validate(source, context: context)
        #expect(diagnostics.contains { $0.code == .invalidYear })
    }

    /// A link to a system file, a dangling link, a loop and a FIFO in `media/`: each is reported,
    /// nothing is published, and the build never hangs on the FIFO.
    @Test func onlyRegularFilesOfTheContentArePublished() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        try folder.write("content/media/vrai.txt", "vrai")
        let media = folder.root.appendingPathComponent("content/media").path
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: media + "/passwd.txt", withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: media + "/casse.png", withDestinationPath: "absent.png")
        try fm.createSymbolicLink(atPath: media + "/boucle", withDestinationPath: "boucle")
        try fm.createSymbolicLink(atPath: media + "/dossier", withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: media + "/interne.txt", withDestinationPath: "vrai.txt")
        #expect(mkfifo(media + "/tube", 0o644) == 0)
        try fm.createDirectory(at: folder.root.appendingPathComponent("content/pages"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: folder.root.appendingPathComponent("content/pages/secret.md").path,
                                  withDestinationPath: "/etc/passwd")
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--format", "json"], in: folder.root)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let refused = ((object["diagnostics"] as? [[String: Any]]) ?? [])
            .filter { $0["code"] as? String == DiagnosticCode.notARegularFile.rawValue }.compactMap { $0["file"] as? String }
        #expect(Set(refused) == Set(["passwd.txt", "casse.png", "boucle", "dossier", "tube"].map { "content/media/\($0)" }
                                    + ["content/pages/secret.md"]))
        #expect(!result.stdout.contains("root:"), "le contenu de /etc/passwd ne doit jamais être lu")
        #expect(FileKind(atPath: folder.root.appendingPathComponent("public").path) == .missing)

        for name in ["passwd.txt", "casse.png", "boucle", "dossier", "tube"] { try fm.removeItem(atPath: media + "/" + name) }
        try fm.removeItem(atPath: folder.root.appendingPathComponent("content/pages/secret.md").path)
        let build = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(build.status == 0, "\(build.stderr)")
        let published = folder.root.appendingPathComponent("public/media").path
        #expect(FileKind(atPath: published + "/interne.txt") == .regular)
        #expect(fm.contents(atPath: published + "/interne.txt") == Data("vrai".utf8))
    }

    /// A name that is not UTF-8 (Latin-1 « café », from an old Windows or a ZIP archive) is said
    /// to be one, with a name to give it; never « lien symbolique cassé ».
    @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        try folder.write("content/media/vrai.txt", "vrai")
        for (folderName, latin1Name) in [("content/projets/", [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64]),
                                         ("content/media/", [0x72, 0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x2E, 0x70, 0x64, 0x66])] as [(String, [UInt8])] {
            let path = Array(folder.root.appendingPathComponent(folderName).path.utf8) + [0x2F] + latin1Name + [0]
            let descriptor = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
            }
            try #require(descriptor >= 0)
            close(descriptor)
        }
        let result = try FTAPProcess.run(["check", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("lien symbolique"), "\(result.stderr)")
        for suggestion in ["cafe.md", "resume.pdf"] {
            #expect(result.stderr.contains("nom de fichier illisible : il n'est pas écrit en UTF-8, comme il arrive aux fichiers venus d'un ancien Windows ou d'une archive ZIP ; il n'est ni lu ni publié. Renommez-le, par exemple « \(suggestion) » [fichier-illisible]"), "\(result.stderr)")
        }
    }

    @Test func linkOutOfTheTemplatesStaticFolderIsRefused() throws {
        let folder = try TemporaryContent()
        try folder.write("gabarits/static/style.css", "p{}")
        try FileManager.default.createSymbolicLink(atPath: folder.root.appendingPathComponent("gabarits/static/cle").path,
                                                   withDestinationPath: "/etc/passwd")
        let (files, refused) = TemplateSet.staticFiles(in: folder.root.appendingPathComponent("gabarits").path)
        #expect(files.map(\.relative) == ["style.css"])
        #expect(refused.map(\.code) == [DiagnosticCode.notARegularFile])
    }

    /// A full disk names the file that could not be written, in French, and leaves nothing behind.
    /// Needs a small tmpfs, so it runs as root only (as CI does).
    @Test(.enabled(if: getuid() == 0)) func fullDiskNamesTheDestinationInFrench() throws {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        try folder.write("content/media/gros.pdf", bytes: [UInt8](repeating: 7, count: 900_000))
        let disk = folder.root.appendingPathComponent("disque").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mount = try Process.run(URL(fileURLWithPath: "/bin/mount"), arguments: ["-t", "tmpfs", "-o", "size=600k", "tmpfs", disk])
        mount.waitUntilExit()
        try #require(mount.terminationStatus == 0, "tmpfs impossible à monter ici")
        defer { try? Process.run(URL(fileURLWithPath: "/bin/umount"), arguments: [disk]).waitUntilExit() }
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "disque/site"], in: folder.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("disque/site/"), "\(result.stderr)")
        #expect(result.stderr.contains("écriture impossible : disque plein"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == [".site-verrou"])
    }
}
