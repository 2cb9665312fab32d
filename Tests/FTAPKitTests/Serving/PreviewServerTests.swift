import Foundation
@testable import FTAPKit
@testable import FTAPPlan
@testable import FTAPServing
import Testing

/// The preview server in-process, spoken to over loopback sockets: one client, however large or
/// slow its request, never stops another from being served, and nothing outside the output
/// folder is ever read. Timeouts below only guard against hanging; no test asserts a duration.
@Suite(.serialized) struct PreviewServerTests {
    /// A built site served on a free port of 127.0.0.1 until the value is released.
    final class RunningPreview {
        let folder: TemporaryContent
        let port: UInt16
        private let task: Task<Void, any Error>

        init(limits: PreviewLimits = .standard) async throws {
            folder = try TemporaryContent()
            try folder.write("content/projets/x.md", TestContent.project())
            var options = BuildOptions(buildDate: TestContent.buildDate)
            options.contentPath = folder.root.appendingPathComponent("content").path
            options.templatesPath = FTAPProcess.templates
            options.outputPath = folder.root.appendingPathComponent("public").path
            let server = PreviewServer(options: options, limits: limits)
            let (outcome, _) = await server.rebuild()
            #expect(outcome?.hasErrors == false)
            let listener = try PreviewListener.bind(port: 0)
            port = listener.port
            task = Task { try await server.run(on: listener) { _, _ in } }
        }

        deinit { task.cancel() }

        func path(_ relative: String) -> String { folder.root.appendingPathComponent(relative).path }

        /// Sends `request` from a thread of its own (blocking sockets stay off the test's executor).
        func exchange(_ request: [UInt8]) async -> LoopbackExchange {
            await LoopbackExchange.run(port: port, request: request)
        }

        func get(_ path: String, host: String? = nil) async -> LoopbackExchange {
            await exchange(Array("GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n\r\n".utf8))
        }
    }

    private static let megabyte = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)

    @Test func hugeRequestLineGets414WhileAnotherClientIsServed() async throws {
        let preview = try await RunningPreview()
        let port = preview.port, request = Array("GET /".utf8) + Self.megabyte + Array(" HTTP/1.1\r\n\r\n".utf8)
        async let huge = LoopbackExchange.run(port: port, request: request)
        let page = await preview.get("/projets/x/")
        #expect(page.status == 200)
        #expect(page.body.contains("Projet test"))
        #expect(await huge.status == 414)
    }

    @Test func hugeHeaderGets431WhileAnotherClientIsServed() async throws {
        let preview = try await RunningPreview()
        let port = preview.port
        let request = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Long: ".utf8) + Self.megabyte + Array("\r\n\r\n".utf8)
        async let huge = LoopbackExchange.run(port: port, request: request)
        #expect(await preview.get("/").status == 200)
        #expect(await huge.status == 431)
    }

    @Test func tooManyHeadersGet431() async throws {
        let preview = try await RunningPreview()
        let headers = (0..<150).map { "X-\($0): 1\r\n" }.joined()
        let reply = await preview.exchange(Array("GET / HTTP/1.1\r\nHost: localhost\r\n\(headers)\r\n".utf8))
        #expect(reply.status == 431)
    }

    @Test func slowClientDoesNotBlockOthersAndIsCutAfterTheLimit() async throws {
        var limits = PreviewLimits.standard
        limits.headTimeout = 1
        let preview = try await RunningPreview(limits: limits)
        let slow = try LoopbackConnection(port: preview.port)
        #expect(slow.send(Array("GET / HTTP/1.1\r\nHost: loc".utf8)))
        #expect(await preview.get("/").status == 200)
        let cut = await LoopbackExchange.receive(on: slow)
        #expect(cut.status == 408)
    }

    @Test func foreignHostIsRefusedLoopbackNamesAreServed() async throws {
        let preview = try await RunningPreview()
        let refused = await preview.get("/", host: "evil.example")
        #expect(refused.status == 421)
        #expect(refused.body.contains("Hôte refusé"))
        #expect(await preview.get("/", host: "evil.example:\(preview.port)").status == 421)
        #expect(await preview.exchange(Array("GET / HTTP/1.1\r\n\r\n".utf8)).status == 421)
        #expect(await preview.get("/", host: "127.0.0.1:\(preview.port)").status == 200)
        #expect(await preview.get("/", host: "localhost:\(preview.port)").status == 200)
        #expect(await preview.get("/", host: "localhost").status == 200)
        #expect(await preview.get("/", host: "[::1]:\(preview.port)").status == 200)
    }

    @Test func symlinksFifosAndParentPathsGetTheSite404() async throws {
        let preview = try await RunningPreview()
        let fm = FileManager.default
        try fm.createDirectory(atPath: preview.path("public/media"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: preview.path("public/media/passwd.txt"), withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: preview.path("public/systeme"), withDestinationPath: "/etc")
        #expect(mkfifo(preview.path("public/media/tube.txt"), 0o644) == 0)
        for path in ["/media/passwd.txt", "/systeme/passwd", "/media/tube.txt", "/../../../../etc/passwd",
                     "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/systeme/"] {
            let reply = await preview.get(path)
            #expect(reply.status == 404, "\(path)")
            #expect(reply.body.contains("Page non trouvée"), "\(path)")
            #expect(!reply.body.contains("root:"), "\(path)")
        }
        #expect(await preview.get("/").status == 200)
    }

    /// What a browser shows: the page and the generation its reload script waits after.
    static func shown(_ reply: LoopbackExchange) -> (generation: Int, html: String) {
        let generation = reply.body.firstMatch(of: /var g=([0-9]+);/).flatMap { Int($0.output.1) } ?? -1
        return (generation, reply.body)
    }

    /// Saves in quick succession (a good version, a broken one, its fix, 50 times) while a client
    /// does what the page's script does (waits for the next generation, then reloads): after each
    /// fix, the client shows it by itself. A generation published before its build was complete
    /// left the page on the site before it, never to reload again (one save in three).
    @Test func aPageReloadedForANewGenerationShowsWhatThatBuildMade() async throws {
        let preview = try await RunningPreview()
        var shown = Self.shown(await preview.get("/projets/x/"))
        #expect(shown.generation >= 0)
        for round in 0..<50 {
            try preview.folder.write("content/projets/x.md", TestContent.project(title: "Version \(round)"))
            try await Task.sleep(nanoseconds: UInt64.random(in: 0...30_000_000))
            try preview.folder.write("content/projets/x.md", TestContent.project("montnat: 3"))
            try await Task.sleep(nanoseconds: UInt64.random(in: 0...30_000_000))
            try preview.folder.write("content/projets/x.md", TestContent.project(title: "Version \(round) corrigée"))
            let deadline = ContinuousClock.now + .seconds(10)
            while !shown.html.contains("Version \(round) corrigée"), ContinuousClock.now < deadline {
                let next = await preview.get("\(PreviewPages.generationPath)?apres=\(shown.generation)")
                guard let generation = Int(next.body), generation != shown.generation else { continue }
                shown = Self.shown(await preview.get("/projets/x/"))
            }
            #expect(shown.html.contains("Version \(round) corrigée"), "tour \(round) : la page reste à la génération \(shown.generation)")
        }
    }

    /// A file of the site is sent from the disk in pieces: byte for byte, with its length
    /// announced, and to `HEAD` without its body.
    @Test func aLargeFileIsSentWholeInPieces() async throws {
        let preview = try await RunningPreview()
        let text = (0..<200_000).map { "ligne \($0)\n" }.joined()
        try FileManager.default.createDirectory(atPath: preview.path("public/media"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: preview.path("public/media/gros.txt")))
        let reply = await preview.get("/media/gros.txt")
        #expect(reply.status == 200)
        #expect(reply.raw.contains("Content-Length: \(text.utf8.count)\r\n"))
        #expect(reply.body == text)
        let head = await preview.exchange(Array("HEAD /media/gros.txt HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8))
        #expect(head.raw.contains("Content-Length: \(text.utf8.count)\r\n") && head.body.isEmpty)
        // Piece by piece: never more than one piece of the file at a time in memory.
        let served = try #require(ServedFolder(path: preview.path("public")).file(atURLPath: "/media/gros.txt"))
        let response = PreviewResponse(status: .ok, contentType: "text/plain", file: served)
        let pieces = PieceCounter()
        #expect(try await response.send(includingBody: true, pieceSize: 65_536) { await pieces.add($0.count) })
        #expect(await pieces.largest == 65_536)
        #expect(await pieces.total == response.head.count + text.utf8.count)
    }

    actor PieceCounter {
        var largest = 0, total = 0, first = true
        func add(_ count: Int) {
            // The head is the first piece; the file's pieces follow.
            if !first { largest = max(largest, count) }
            first = false
            total += count
        }
    }

    /// A reload asks for the DSFR's files again and gets `304` while they are unchanged; pages
    /// are never cached.
    @Test func unchangedFilesAre304AndPagesAreNeverCached() async throws {
        let preview = try await RunningPreview()
        let first = await preview.get("/assets/ftap.css")
        #expect(first.status == 200 && first.raw.contains("Cache-Control: no-cache\r\n"), "\(first.raw.prefix(300))")
        let tag = try #require(first.raw.split(separator: "\r\n").first { $0.hasPrefix("ETag: ") }?.dropFirst(6))
        let again = await preview.exchange(Array("GET /assets/ftap.css HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nIf-None-Match: W/\"x\", \(tag)\r\n\r\n".utf8))
        #expect(again.status == 304 && again.body.isEmpty && !again.raw.contains("Content-Length"), "\(again.raw)")
        let other = await preview.exchange(Array("GET /assets/ftap.css HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nIf-None-Match: \"autre\"\r\n\r\n".utf8))
        #expect(other.status == 200 && !other.body.isEmpty)
        let page = await preview.get("/projets/x/")
        #expect(page.raw.contains("Cache-Control: no-store\r\n") && !page.raw.contains("ETag"))
    }

    @Test func headGetsHeadersWithoutBodyAndOtherMethodsAreRefused() async throws {
        let preview = try await RunningPreview()
        let head = await preview.exchange(Array("HEAD / HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.raw.contains("Cache-Control: no-store"))
        let post = await preview.exchange(Array("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n".utf8))
        #expect(post.status == 405)
    }

    @Test func listeningOnATakenPortSaysSoInFrench() throws {
        let first = try PreviewListener.bind(port: 0)
        defer { first.close() }
        #expect(throws: PreviewServerError.portInUse(port: first.port)) { try PreviewListener.bind(port: first.port) }
        #expect(PreviewServerError.portInUse(port: 8080).description
            == "le port 8080 est déjà utilisé : arrêtez l'autre aperçu ou choisissez un autre port avec --port")
    }

    @Test func permissionDeniedIsExplainedInFrench() {
        #expect(PreviewListener.refusal(errno: EACCES, port: 80) == .permissionDenied(port: 80))
        #expect(PreviewServerError.permissionDenied(port: 80).description.hasPrefix("le port 80 est refusé par le système"))
    }

    private func parse(_ text: String, limits: PreviewLimits = .standard) -> HTTPHeadParser.Outcome {
        var parser = HTTPHeadParser(limits: limits)
        var outcome = HTTPHeadParser.Outcome.incomplete
        for byte in text.utf8 where outcome == .incomplete {
            outcome = parser.consume([byte])
        }
        return outcome
    }

    @Test func headIsReadByteByByteWithBareLineFeedsAndALeadingBlankLine() {
        let head = HTTPRequestHead(method: "GET", target: "/a?b=1", version: "HTTP/1.1",
                                   headers: [.init(name: "Host", value: "localhost"), .init(name: "Accept", value: "*/*")])
        #expect(parse("\r\nGET /a?b=1 HTTP/1.1\nHost: localhost\r\nAccept:  */* \r\n\r\n") == .complete(head))
        #expect(head.path == "/a")
    }

    @Test func malformedHeadsAreRefused() {
        #expect(parse("GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n\r\n") == .rejected(.badRequest))
        #expect(parse("GET / HTTP/1.1\r\nHost : localhost\r\n\r\n") == .rejected(.badRequest))
        #expect(parse("GET http://evil.example/ HTTP/1.1\r\n\r\n") == .rejected(.badRequest))
        #expect(parse("GET / HTTP/2.0\r\n\r\n") == .rejected(.versionNotSupported))
    }

    @Test func headerCountLimitIsExact() {
        var limits = PreviewLimits.standard
        limits.headerCount = 3
        let three = (0..<3).map { "X-\($0): 1\r\n" }.joined()
        #expect(parse("GET / HTTP/1.1\r\n\(three)\r\n", limits: limits) != .rejected(.headerFieldsTooLarge))
        #expect(parse("GET / HTTP/1.1\r\n\(three)X-3: 1\r\n\r\n", limits: limits) == .rejected(.headerFieldsTooLarge))
    }
}
