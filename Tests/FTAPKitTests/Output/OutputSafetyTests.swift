import Foundation
@testable import FTAPFileSystem
@testable import FTAPOutput
import Testing

/// `build` replaces its output folder entirely, so it must refuse every folder that is not its own
/// to replace, and swap the new site in so the output is never missing.
@Suite(.serialized) struct OutputSafetyTests {
    /// Every path under a folder (folders too) with the bytes of each file, to prove nothing moved.
    static func snapshot(_ root: URL) -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            result[relative] = FileKind(atPath: path) == .regular ? FileManager.default.contents(atPath: path) : nil
        }
        return result
    }

    /// A project folder with content, a small templates folder, a stranger's folder and a file.
    static func project() throws -> TemporaryContent {
        let folder = try TemporaryContent()
        try folder.write("content/projets/x.md", TestContent.project())
        try folder.write("content/media/image.txt", "image")
        try folder.write("gabarits/layout.mustache", "{{titre}}")
        try folder.write("gabarits/static/style.css", "p{}")
        try folder.write("docs/these.txt", "Chapitre 1")
        try folder.write("fichier.txt", "notes")
        try folder.write("site/content/site.yml", "titre: \"S\"\nurl: \"https://exemple.gouv.fr\"\ndescription: \"D\"\n")
        try folder.write("maison/.profile", "export X=1")
        try folder.write("projet/content/site.yml", "titre: \"S\"\nurl: \"https://exemple.gouv.fr\"\ndescription: \"D\"\n")
        return folder
    }

    @Test(arguments: [
        (["--output", "content"], "c'est le dossier de contenu"),
        (["--output", "."], "dossier courant"),
        (["--output", ""], "aucun dossier"),
        (["--output", "content/media"], "il est dans le dossier de contenu"),
        (["--content", "site/content", "--output", "site"], "il contient le dossier de contenu"),
        (["--output", "docs"], "n'a pas été construit par ftap"),
        (["--output", "fichier.txt"], "c'est un fichier"),
        (["--templates", "gabarits", "--output", "gabarits/static"], "il est dans le dossier de gabarits"),
        (["--templates", "gabarits", "--output", "gabarits"], "c'est le dossier de gabarits"),
        (["--output", "/"], "racine du disque"),
        (["--output", "maison"], "dossier personnel"),
        (["--output", "lien-vers-contenu"], "c'est le dossier de contenu"),
    ])
    func dangerousOutputIsRefusedAndNothingIsTouched(arguments: [String], reason: String) throws {
        let folder = try Self.project()
        try FileManager.default.createSymbolicLink(atPath: folder.root.appendingPathComponent("lien-vers-contenu").path,
                                                   withDestinationPath: "content")
        let before = Self.snapshot(folder.root)
        var command = ["build", "--templates", FTAPProcess.templates] + arguments
        if arguments.contains("--templates") { command = ["build"] + arguments }
        let home = folder.root.appendingPathComponent("maison").path
        let result = try FTAPProcess.run(command, in: folder.root, environment: ["HOME": home])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("refusé"), "\(result.stderr)")
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(Self.snapshot(folder.root) == before, "\(arguments) a modifié des fichiers")
    }

    @Test func parentOfTheCurrentFolderIsRefused() throws {
        let folder = try Self.project()
        let before = Self.snapshot(folder.root)
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", ".."],
                                         in: folder.root.appendingPathComponent("projet"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("dossier courant ou l'un de ses parents"))
        #expect(Self.snapshot(folder.root) == before)
    }

    @Test func previousBuildAndEmptyFolderAreReplaced() throws {
        let folder = try Self.project()
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("vide"), withIntermediateDirectories: true)
        for output in ["vide", "public", "public"] {
            let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", output], in: folder.root)
            #expect(result.status == 0, "\(output): \(result.stderr)")
            #expect(FileKind(atPath: folder.root.appendingPathComponent("\(output)/\(OutputFolder.markerName)").path) == .regular)
        }
    }

    /// An output that is a mount point (a container's volume: another file system, or a bind
    /// mount of the same one) cannot be swapped: its entries are replaced instead, build after
    /// build, and nothing of the builds' own folders is left in it. Mounting needs root.
    @Test(.enabled(if: getuid() == 0), arguments: ["tmpfs", "bind"])
    func anOutputThatIsAMountPointIsFilledInPlace(mount kind: String) throws {
        let folder = try Self.project()
        let output = folder.root.appendingPathComponent("volume").path
        let source = folder.root.appendingPathComponent("volume-source").path
        for path in [output, source] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        let arguments = kind == "tmpfs" ? ["-t", "tmpfs", "tmpfs", output] : ["--bind", source, output]
        let mount = try Process.run(URL(fileURLWithPath: "/bin/mount"), arguments: arguments)
        mount.waitUntilExit()
        try #require(mount.terminationStatus == 0, "montage impossible ici")
        defer { try? Process.run(URL(fileURLWithPath: "/bin/umount"), arguments: [output]).waitUntilExit() }
        #expect(MountPoint.isMountPoint(PathResolution.real(output)))
        for round in 0..<2 {
            try folder.write("content/projets/tour-\(round).md", TestContent.project(title: "Tour \(round)"))
            let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "volume"], in: folder.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileKind(atPath: output + "/projets/tour-\(round)/index.html") == .regular)
            let entries = try FileManager.default.contentsOfDirectory(atPath: output)
            #expect(entries.contains(OutputFolder.markerName) && !entries.contains { $0.hasPrefix(".ftap-construction-") || $0.hasPrefix(".ftap-precedent-") },
                    "\(entries.sorted())")
        }
        // The second build replaced the first: a sheet removed since is gone from the volume.
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("content/projets/tour-0.md"))
        #expect(try FTAPProcess.run(["build", "--templates", FTAPProcess.templates, "--output", "volume"], in: folder.root).status == 0)
        #expect(FileKind(atPath: output + "/projets/tour-0") == .missing)
    }

    @Test func mountPointsAreToldFromFolders() throws {
        #expect(MountPoint.isMountPoint("/"))
        #expect(MountPoint.isMountPoint("/proc"))
        let folder = try TemporaryContent()
        #expect(!MountPoint.isMountPoint(PathResolution.real(folder.root.path)))
        #expect(MountPoint.unescaped("/srv/mon\\040site\\011x\\134y") == "/srv/mon site\tx\\y")
    }

    @Test func symlinkedOutputStaysALinkAndItsTargetIsReplaced() throws {
        let folder = try Self.project()
        let link = folder.root.appendingPathComponent("public").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "www/site")
        for _ in 0..<2 {
            let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileKind(atPath: link) == .symbolicLink)
            #expect(FileKind(atPath: folder.root.appendingPathComponent("www/site/projets/x/index.html").path) == .regular)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.root.appendingPathComponent("www").path)
        #expect(leftovers.sorted() == [".site-verrou", "site"])
    }

    @Test func readOnlyPreviousSiteIsReplacedWithoutLeftovers() throws {
        let folder = try Self.project()
        #expect(try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root).status == 0)
        let public_ = folder.root.appendingPathComponent("public")
        for relative in ["", "projets", "projets/x"] {
            chmod(public_.appendingPathComponent(relative).path, 0o555)
        }
        let result = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.root.path)
        #expect(!names.contains { $0.hasPrefix(".public-construction") || $0.hasPrefix(".public-precedent") }, "\(names)")
    }

    /// Two builds of one output at once, twenty times: the output exists at every moment polled
    /// and holds a complete site at the end.
    @Test func concurrentBuildsNeverLeaveTheOutputMissing() throws {
        let folder = try Self.project()
        let first = try FTAPProcess.run(["build", "--templates", FTAPProcess.templates], in: folder.root)
        #expect(first.status == 0, "\(first.stderr)")
        let output = folder.root.appendingPathComponent("public")
        let complete = Set(filesByPath(in: output).keys)
        var polls = 0, missing = 0
        for _ in 0..<20 {
            let builds = try (0..<2).map { _ in try FTAPProcess.start(["build", "--templates", FTAPProcess.templates], in: folder.root) }
            while builds.contains(where: \.isRunning) {
                polls += 1
                if FileKind(atPath: output.path) != .directory || FileKind(atPath: output.path + "/index.html") != .regular { missing += 1 }
                usleep(200)
            }
            #expect(builds.allSatisfy { $0.terminationStatus == 0 })
        }
        #expect(polls > 100)
        #expect(missing == 0, "public/ absent \(missing) fois sur \(polls)")
        #expect(Set(filesByPath(in: output).keys) == complete)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.root.path)
        #expect(!names.contains { $0.hasPrefix(".public-construction") || $0.hasPrefix(".public-precedent") }, "\(names)")
    }
}
