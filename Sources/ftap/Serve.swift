import ArgumentParser
import Foundation
import FTAPKit
import FTAPServing

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Construit le site, le sert sur 127.0.0.1 et le reconstruit à chaque modification ; les erreurs s'affichent dans la page.")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp("Port d'écoute sur 127.0.0.1 (0 : un port libre, choisi par le système).", valueName: "port"))
    var port: Int = 8080

    func validate() throws {
        guard UInt16(exactly: port) != nil else {
            throw ValidationError("« --port » attend un numéro de 1 à 65535, ou 0 pour un port libre choisi par le système ; reçu : \(port)")
        }
    }

    func run() async throws {
        let format = common.format
        let options: BuildOptions
        do {
            options = try common.buildOptions()
        } catch {
            Report.fail(error, format: format)
        }
        // Listen first: a taken port is reported before anything claims the preview runs.
        let listener: PreviewListener
        do {
            listener = try PreviewListener.bind(port: UInt16(clamping: port))
        } catch {
            Report.fail(error, format: format)
        }
        let server = PreviewServer(options: options)
        let report: @Sendable (BuildOutcome?, (any Error)?) -> Void = { outcome, error in
            if let error {
                Report.printFailure(error, format: format)
            } else if let outcome {
                Report.printDiagnostics(outcome.diagnostics, sources: outcome.sources, format: format)
                let line = SummaryLine(success: "Site reconstruit", failure: "l'aperçu montre les erreurs")
                Report.summary(line.text(outcome, pages: outcome.pagesWritten, elapsed: nil))
            }
        }
        let (outcome, error) = await server.rebuild()
        report(outcome, error)
        FileHandle.standardError.write(Data("Aperçu sur http://127.0.0.1:\(listener.port)/ — Ctrl+C pour arrêter.\n".utf8))
        do {
            try await server.run(on: listener, onRebuild: report)
        } catch {
            Report.fail(error, format: format)
        }
    }
}
