import Foundation
import FTAPCore
import FTAPKit

/// `ftap serve`: builds the site, serves it on 127.0.0.1, rebuilds when a file under the content
/// or templates folder changes, reloads open pages, and shows content errors in the browser.
/// The HTTP layer is the preview's own (`PreviewListener`, `PreviewConnection`, `HTTPHeadParser`),
/// on FlyingFox's socket layer, with bounded requests: see `PreviewLimits`.
public actor PreviewServer {
    private let options: BuildOptions
    private let limits: PreviewLimits
    private let polling: Bool
    private var generation = 0
    /// Requests waiting for the next generation, by number.
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    /// The page shown instead of the site while the last build failed.
    private var failure: PreviewErrorPage?
    /// The site's name from the last build that could read `site.yml`, for the error page.
    private var siteTitle: String?
    /// The path the site's pages link under (`/ftap`), served as the root is.
    private var sitePath = ""

    /// A preview of the site `options` builds.
    /// A preview of the site `options` describe; `polling` compares the folders every half
    /// second instead of waiting for the system's file events (see `SourceWatcher`).
    public init(options: BuildOptions, polling: Bool = false) {
        self.init(options: options, limits: .standard, polling: polling)
    }

    init(options: BuildOptions, limits: PreviewLimits, polling: Bool = false) {
        var options = options
        options.precompress = false  // one browser on this machine: nothing to save on the wire
        // The addresses the last build promised, before the preview's first build replaces them.
        options.lastBuildAddresses = options.lastBuildAddresses ?? PreviousAddresses(lastBuildIn: options.outputPath)
        self.options = options
        self.limits = limits
        self.polling = polling
    }

    /// Rebuilds and records the outcome; returns the diagnostics, for the terminal. The new
    /// generation is published only once the site (or the error page) it stands for is complete:
    /// a page reloaded for it always shows what this build made, never the site before it.
    @discardableResult
    public func rebuild() async -> (outcome: BuildOutcome?, error: (any Error)?) {
        defer {
            generation += 1
            for waiter in waiters.values { waiter.resume() }
            waiters = [:]
        }
        do {
            let outcome = try await SiteBuilder(options: options).build()
            siteTitle = outcome.siteTitle ?? siteTitle
            sitePath = outcome.sitePath ?? sitePath
            failure = outcome.hasErrors ? errorPage(outcome.diagnostics, outcome.sources) : nil
            return (outcome, nil)
        } catch {
            let diagnostics = [Diagnostic.failure(error)]
            failure = errorPage(diagnostics, SourceLines(reading: diagnostics))
            return (nil, error)
        }
    }

    /// Returns once the generation is no longer `seen`, or after `seconds`: an open page asks with
    /// the generation it shows and hears of the next one the moment it is published.
    func waitForGeneration(after seen: Int, atMost seconds: Double) async {
        guard generation == seen else { return }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task {
            try? await Task.sleep(for: .seconds(seconds))
            self.release(id)
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { waiters[id] = $0 }
        } onCancel: {
            Task { await self.release(id) }
        }
        timer.cancel()
    }

    /// Lets one waiting request go (its time is up, or its client left).
    private func release(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }

    private func errorPage(_ diagnostics: [Diagnostic], _ sources: SourceLines) -> PreviewErrorPage {
        PreviewErrorPage(diagnostics: diagnostics, sources: sources, workingDirectory: options.workingDirectory, siteTitle: siteTitle)
    }

    /// Serves on a bound listener until the task is cancelled, rebuilding when a source changes;
    /// `onRebuild` is told of each rebuild.
    public func run(on listener: PreviewListener,
                    onRebuild: @escaping @Sendable (BuildOutcome?, (any Error)?) -> Void) async throws {
        let watched = [options.contentPath, options.templatesPath]
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await listener.serve(limits: self.limits) { head, _ in
                    // Only a page of this preview waits: a request from elsewhere is refused at once.
                    if let seen = PreviewPages.awaitedGeneration(in: head), PreviewResponder.isAddressedHere(head, port: listener.port) {
                        await self.waitForGeneration(after: seen, atMost: PreviewPages.heldSeconds)
                    }
                    return await self.responder(port: listener.port).response(to: head)
                }
            }
            group.addTask {
                let watcher = SourceWatcher(folders: watched, polling: self.polling)
                defer { watcher.stop() }
                for await _ in watcher.changes {
                    // An editor's save is often several steps (a temporary file, then a rename):
                    // the build starts once they are done.
                    try await Task.sleep(nanoseconds: 10_000_000)
                    let (outcome, error) = await self.rebuild()
                    onRebuild(outcome, error)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The state a request is answered from; files are read outside the actor.
    private func responder(port: UInt16) -> PreviewResponder {
        PreviewResponder(output: ServedFolder(path: options.outputPath), port: port, generation: generation, failure: failure,
                         staticFiles: ServedFolder(path: join(options.templatesPath, "static")),
                         installedStaticFiles: options.installedDSFRPath.map { ServedFolder(path: ($0 as NSString).deletingLastPathComponent) },
                         sitePath: sitePath)
    }
}
