import ArgumentParser
import Foundation
import FTAPKit
import FTAPServing

struct Atelier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "L'atelier des auteurs : la liste du contenu et un formulaire par fichier, dans le navigateur, sur 127.0.0.1.")

    @Option(name: .long, help: ArgumentHelp("Dossier du contenu.", valueName: "dossier"))
    var content = "content"
    @Option(name: .long, help: ArgumentHelp("Dossier des gabarits (pour l'apparence de l'atelier).", valueName: "dossier"))
    var templates = "templates"
    @Option(name: .long, help: ArgumentHelp("Port d'écoute sur 127.0.0.1 (0 : un port libre, choisi par le système).", valueName: "port"))
    var port: Int = 8080
    @Option(name: .long, help: ArgumentHelp("Adresse d'écoute, 127.0.0.1 par défaut ; 0.0.0.0 dans un conteneur (Docker, Podman), dont on publie le port sur 127.0.0.1 de l'ordinateur. L'atelier ne répond de toute façon qu'aux adresses http://127.0.0.1:port/ et http://localhost:port/.", valueName: "adresse"))
    var bind = "127.0.0.1"

    func validate() throws {
        try CommonOptions.validate(port: port)
        try CommonOptions.validate(bind: bind)
    }

    func run() async throws {
        var options: BuildOptions
        do {
            options = BuildOptions(buildDate: try BuildOptions.buildDate(environment: ProcessInfo.processInfo.environment,
                                                                        now: Date().timeIntervalSince1970))
        } catch {
            Report.fail(error, format: .text)
        }
        options.contentPath = content
        options.templatesPath = templates
        options.workingDirectory = FileManager.default.currentDirectoryPath
        options.installedDSFRPath = CommonOptions.installedDSFR
        let listener: PreviewListener
        do {
            listener = try PreviewListener.bind(port: UInt16(clamping: port), address: bind)
        } catch {
            Report.fail(error, format: .text)
        }
        FileHandle.standardError.write(Data("Atelier sur http://127.0.0.1:\(listener.port)/ — Ctrl+C pour arrêter.\n".utf8))
        do {
            try await AtelierServer(options: options, listener: listener).run()
        } catch {
            Report.fail(error, format: .text)
        }
    }
}
