import Foundation

/// `ftap serve`: builds the site, serves it on 127.0.0.1, rebuilds when a file under the content
/// or templates folder changes, reloads open pages, and shows content errors in the browser.
/// The HTTP layer is the preview's own (`PreviewListener`, `PreviewConnection`, `HTTPHeadParser`),
/// on FlyingFox's socket layer, with bounded requests: see `PreviewLimits`.
public actor PreviewServer {
    private let options: BuildOptions
    private let limits: PreviewLimits
    private var generation = 0
    /// The page shown instead of the site while the last build failed.
    private var failure: PreviewErrorPage?
    /// The site's name from the last build that could read `site.yml`, for the error page.
    private var siteTitle: String?

    /// A preview of the site `options` builds.
    public init(options: BuildOptions) {
        self.init(options: options, limits: .standard)
    }

    init(options: BuildOptions, limits: PreviewLimits) {
        self.options = options
        self.limits = limits
    }

    /// Rebuilds and records the outcome; returns the diagnostics, for the terminal.
    @discardableResult
    public func rebuild() async -> (outcome: BuildOutcome?, error: (any Error)?) {
        generation += 1
        do {
            let outcome = try await SiteBuilder(options: options).build()
            siteTitle = outcome.siteTitle ?? siteTitle
            failure = outcome.hasErrors ? errorPage(outcome.diagnostics, outcome.sources) : nil
            return (outcome, nil)
        } catch {
            let diagnostics = [Diagnostic.failure(error)]
            failure = errorPage(diagnostics, SourceLines(reading: diagnostics))
            return (nil, error)
        }
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
                try await listener.serve(limits: self.limits) { head in
                    await self.responder(port: listener.port).response(to: head)
                }
            }
            group.addTask {
                var fingerprint = SourceFingerprint(folders: watched)
                while !Task.isCancelled {
                    try await Task.sleep(nanoseconds: 500_000_000)
                    let now = SourceFingerprint(folders: watched)
                    guard now != fingerprint else { continue }
                    fingerprint = now
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
                         staticFiles: ServedFolder(path: join(options.templatesPath, "static")))
    }
}
