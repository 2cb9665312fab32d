import Foundation
import FTAPKit
import FTAPWorkshop

/// `ftap atelier`: the authors' workshop in the browser, on a bound listener until the task is
/// cancelled; each request is answered from the files as they are on disk at that moment.
package struct AtelierServer: Sendable {
    private let options: BuildOptions
    private let listener: PreviewListener
    private let session: WorkshopSession

    /// The atelier of the content `options` name, on `listener`; its session's token is drawn now.
    package init(options: BuildOptions, listener: PreviewListener) {
        self.options = options
        self.listener = listener
        self.session = WorkshopSession(port: listener.port)
    }

    /// The limits of a request: the preview's, with a form's body read, files sent with it
    /// included (25 MB at most, the largest photo or document `media/` accepts).
    static var limits: PreviewLimits {
        var limits = PreviewLimits.standard
        limits.bodyBytes = 26_214_400
        return limits
    }

    /// Answers requests until the task is cancelled.
    package func run() async throws {
        let responder = AtelierResponder(options: options, session: session,
                                         staticFiles: ServedFolder(path: options.templatesPath + "/static"),
                                         installedStaticFiles: options.installedDSFRPath.map { ServedFolder(path: ($0 as NSString).deletingLastPathComponent) })
        try await listener.serve(limits: Self.limits) { head, body in
            await responder.response(to: head, body: body)
        }
    }
}
