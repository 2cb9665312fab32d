import ArgumentParser
import Foundation
import FTAPCore
import FTAPKit
import FTAPServing

@main
struct FTAPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ftap",
        abstract: "Construit le site de compte rendu public du Fonds pour la transformation de l'action publique.",
        subcommands: [Build.self, Check.self, Serve.self, Atelier.self, New.self, Diff.self],
        defaultSubcommand: Build.self
    )

    /// Parses and runs the command; a usage mistake exits with status 2, as DESIGN.md fixes it
    /// (argument-parser's own default is 64).
    static func main() async {
        // A file past the size limit of the account (`ulimit -f`) is a write error to report in
        // French, with nothing half written left behind, not a signal that kills ftap.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // Help and usage errors, in French.
            let text = FrenchFrame.french(fullMessage(for: error)) + "\n"
            if exitCode(for: error) == .success {
                FileHandle.standardOutput.write(Data(text.utf8))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data(text.utf8))
            Foundation.exit(2)
        }
    }
}

/// Options shared by every command that reads the content.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dossier du contenu (fiches, témoignages, actualités, pages).", valueName: "dossier"))
    var content = "content"
    @Option(name: .long, help: ArgumentHelp("Dossier des gabarits Mustache et des fichiers statiques.", valueName: "dossier"))
    var templates = "templates"
    @Option(name: .long, help: ArgumentHelp("Dossier où écrire le site.", valueName: "dossier"))
    var output = "public"
    @Flag(name: .long, help: "Publie aussi les brouillons (aperçu seulement).")
    var drafts = false
    @Flag(name: .long, help: "Construction pour la mise en ligne : « site.yml » doit alors nommer l'éditeur et l'hébergeur du site (clés « editeur » et « hebergeur »), que la loi impose d'indiquer dans les mentions légales.")
    var production = false
    @Option(name: .long, help: ArgumentHelp("Format des messages : text (pour les personnes), github (annotations GitHub Actions), json (un objet, sur la sortie standard) ou gitlab (rapport Code Quality de GitLab, sur la sortie standard).", valueName: "format"))
    var format: DiagnosticFormat = .text
    @Option(name: .long, help: ArgumentHelp("Dossier où garder, d'une construction à l'autre, les largeurs déjà faites des photos de media/.", valueName: "dossier"))
    var cache = ".cache/ftap"

    func buildOptions() throws -> BuildOptions {
        let date = try BuildOptions.buildDate(environment: ProcessInfo.processInfo.environment,
                                              now: Date().timeIntervalSince1970)
        var options = BuildOptions(buildDate: date)
        options.contentPath = content
        options.templatesPath = templates
        options.outputPath = output
        options.includeDrafts = drafts
        options.production = production
        options.cachePath = cache
        options.workingDirectory = FileManager.default.currentDirectoryPath
        options.installedDSFRPath = Self.installedDSFR
        return options
    }

    /// Refuses a port that is not one (`--port` of `serve` and `atelier`).
    static func validate(port: Int) throws {
        guard UInt16(exactly: port) != nil else {
            throw ValidationError("« --port » attend un numéro de 1 à 65535, ou 0 pour un port libre choisi par le système ; reçu : \(port)")
        }
    }

    /// Refuses a listening address that is not an IPv4 address (`--bind`).
    static func validate(bind: String) throws {
        guard PreviewListener.isIPv4Address(bind) else {
            throw ValidationError("« --bind » attend une adresse IPv4, par exemple 127.0.0.1 ou, dans un conteneur, 0.0.0.0 ; reçu : \(bind)")
        }
    }

    /// The DSFR installed with this program (`share/ftap/dsfr` beside its `bin/`, through links).
    static var installedDSFR: String? {
        Bundle.main.executableURL.map { BuildOptions.installedDSFR(forExecutable: $0.resolvingSymlinksInPath().path) }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
