import ArgumentParser
import Foundation
import FTAPKit
import FTAPServing

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Construit le site, le sert sur 127.0.0.1 (--bind pour une autre adresse) et le reconstruit à chaque modification ; les erreurs s'affichent dans la page.")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp("Port d'écoute (0 : un port libre, choisi par le système).", valueName: "port"))
    var port: Int = 8080
    @Option(name: .long, help: ArgumentHelp("Adresse d'écoute, 127.0.0.1 par défaut ; 0.0.0.0 dans un conteneur (Docker, Podman), dont on publie le port sur 127.0.0.1 de l'ordinateur. L'aperçu ne répond de toute façon qu'aux adresses http://127.0.0.1:port/ et http://localhost:port/.", valueName: "adresse"))
    var bind = "127.0.0.1"
    @Flag(name: .long, help: "Relit les dossiers toutes les demi-secondes au lieu d'attendre les signaux du système : pour un dossier partagé avec un conteneur (Docker, Podman), où les modifications faites hors du conteneur n'en donnent pas.")
    var poll = false

    func validate() throws {
        try CommonOptions.validate(port: port)
        try CommonOptions.validate(bind: bind)
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
            listener = try PreviewListener.bind(port: UInt16(clamping: port), address: bind)
        } catch {
            Report.fail(error, format: format)
        }
        let server = PreviewServer(options: options, polling: poll)
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
        let elsewhere = bind == "127.0.0.1" ? "" : " (à l'écoute sur \(bind) : dans un conteneur, ouvrez cette adresse depuis l'ordinateur qui l'héberge)"
        FileHandle.standardError.write(Data("Aperçu sur http://127.0.0.1:\(listener.port)/\(elsewhere) — Ctrl+C pour arrêter.\n".utf8))
        do {
            try await server.run(on: listener, onRebuild: report)
        } catch {
            Report.fail(error, format: format)
        }
    }
}
