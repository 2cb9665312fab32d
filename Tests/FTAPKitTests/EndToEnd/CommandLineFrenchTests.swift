import Foundation
import Testing

/// The command line's own frame (help, usage mistakes) is in French, like everything else.
@Suite struct CommandLineFrenchTests {
    static let english = ["OVERVIEW", "USAGE", "SUBCOMMANDS", "Error:", "Usage:", "Help:", "Show help", "default", "values:",
                          "is invalid", "Please provide", "Missing", "Unknown option", "for more information", "<kind>", "<slug>", "<subcommand>",
                          "unexpected", "Did you mean", "does not take", "already been set", "Invalid option"]

    static func run(_ arguments: [String]) throws -> FTAPProcess.Result {
        try FTAPProcess.run(arguments, in: FileManager.default.temporaryDirectory)
    }

    @Test(arguments: [["--help"], ["new", "--help"], ["build", "--help"], ["help", "serve"], ["help", "atelier"]])
    func helpIsInFrench(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("UTILISATION : ftap") && result.stdout.contains("Affiche cette aide."), "\(result.stdout)")
        for word in Self.english { #expect(!result.stdout.contains(word), "« \(word) » dans : \(result.stdout)") }
    }

    @Test func usageMistakesAreExplainedInFrenchWithStatus2() throws {
        let wrongKind = try Self.run(["new", "actualité", "x"])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.stderr.hasPrefix("Erreur : la valeur « actualité » n'est pas valable pour « <type> » ; valeurs possibles : "
            + "projet, temoignage, actualite, page, chiffre-officiel, execution-budgetaire."), "\(wrongKind.stderr)")
        let unknown = try Self.run(["build", "--nope"])
        #expect(unknown.status == 2 && unknown.stderr.hasPrefix("Erreur : option inconnue « --nope »"), "\(unknown.stderr)")
        let missing = try Self.run(["new"])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("Erreur : il manque l'argument « <type> »"), "\(missing.stderr)")
        let port = try Self.run(["serve", "--port", "65536"])
        #expect(port.status == 2 && port.stderr.hasPrefix("Erreur : « --port » attend un numéro de 1 à 65535, ou 0 pour un port libre choisi par le système ; reçu : 65536"), "\(port.stderr)")
        let address = try Self.run(["serve", "--bind", "localhost"])
        #expect(address.status == 2 && address.stderr.hasPrefix("Erreur : « --bind » attend une adresse IPv4, par exemple 127.0.0.1 ou, dans un conteneur, 0.0.0.0 ; reçu : localhost"), "\(address.stderr)")
        let notANumber = try Self.run(["serve", "--port", "huit"])
        #expect(notANumber.status == 2 && notANumber.stderr.hasPrefix("Erreur : la valeur « huit » n'est pas valable pour « --port <port> »"), "\(notANumber.stderr)")
        // Every kind of mistake the argument library reports, in French.
        let kinds: [([String], String)] = [
            (["build", "a", "b", "c"], "Erreur : 3 arguments inattendus : « a », « b », « c »"),
            (["build", "x"], "Erreur : argument inattendu « x »"),
            (["build", "--draft"], "Erreur : option inconnue « --draft » ; vouliez-vous dire « --drafts » ?"),
            (["build", "--drafts=3"], "Erreur : l'option « --drafts » ne prend pas de valeur, mais « 3 » lui a été donné."),
            (["build", "--output"], "Erreur : il manque la valeur de « --output <dossier> »"),
            (["new", "projet", "x.md"], "Erreur : nom « x.md » invalide : le nom s'écrit sans « .md », que ftap ajoute, par exemple « x »"),
        ]
        var results = [wrongKind, unknown, missing, port, notANumber]
        for (arguments, expected) in kinds {
            let result = try Self.run(arguments)
            #expect(result.status == 2 && result.stderr.hasPrefix(expected), "\(arguments) → \(result.stderr)")
            results.append(result)
        }
        for result in results {
            #expect(result.stderr.contains("Utilisation : ftap "))
            for word in Self.english { #expect(!result.stderr.contains(word), "« \(word) » dans : \(result.stderr)") }
        }
    }
}
