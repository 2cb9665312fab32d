/// swift-argument-parser writes the frame of its help and usage errors in English; the people
/// who run ftap read French. Its words, put into French (a test runs every kind of message).
enum FrenchFrame {
    private static let words: [(String, String)] = [
        ("OVERVIEW:", "PRÉSENTATION :"), ("USAGE:", "UTILISATION :"), ("ARGUMENTS:", "ARGUMENTS :"),
        ("OPTIONS:", "OPTIONS :"), ("SUBCOMMANDS:", "COMMANDES :"),
        ("Show help information.", "Affiche cette aide."),
        ("See 'ftap help <subcommand>' for detailed help.", "L'aide d'une commande : « ftap help <commande> »."),
        ("<subcommand>", "<commande>"),
        ("Usage: ", "Utilisation : "), ("Help: ", "Aide : "), ("Error: ", "Erreur : "),
    ]

    /// The text with the library's English replaced.
    static func french(_ text: String) -> String {
        var text = text
        for (english, french) in words { text = text.replacing(english, with: french) }
        // « (par défaut) » is three letters longer: as many spaces fewer keep the column.
        text = text.replacing(/\ \(default\)( +)/) { " (par défaut)" + String(repeating: " ", count: max(1, $0.output.1.count - 3)) }
        text = text.replacing(/See '([^']+)' for more information\./) { "Plus de détails : « \($0.output.1) »." }
        text = text.replacing(/\(default: ([^)]*)\)/) { "(par défaut : \($0.output.1))" }
        // A default cut at the end of a line.
        text = text.replacing(/\(default:(\s+)([^)]*)\)/) { "(par défaut :\($0.output.1)\($0.output.2))" }
        text = text.replacing(/\(values: ([^)]*)\)/) { "(valeurs : \($0.output.1))" }
        // Values and default together, possibly cut across lines.
        text = text.replacing(/\(values:(\s+)/) { "(valeurs :\($0.output.1)" }
        text = text.replacing(/; default:(\s+)([^)]*)\)/) { " ; par défaut :\($0.output.1)\($0.output.2))" }
        // Six choices or more come as a list, one « - value » per line.
        text = text.replacing(/The value '([^']*)' is invalid for '([^']*)'\. Please provide one of the following:((?:\n\s*- [^\n]*)+)/) { match in
            let choices = match.output.3.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).dropFirst(2) }.filter { !$0.isEmpty }
            return "la valeur « \(match.output.1) » n'est pas valable pour « \(match.output.2) » ; valeurs possibles : \(choices.joined(separator: ", "))."
        }
        text = text.replacing(/The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\./) { match in
            let choices = match.output.3.replacing("' or '", with: "', '").replacing("'", with: "")
            return "la valeur « \(match.output.1) » n'est pas valable pour « \(match.output.2) » ; valeurs possibles : \(choices)."
        }
        // Any other value the library cannot read (a number that is not one, …).
        text = text.replacing(/The value '([^']*)' is invalid for '([^']*)'(?:: [^\n]*)?/) { match in
            "la valeur « \(match.output.1) » n'est pas valable pour « \(match.output.2) »"
        }
        text = text.replacing(/Missing expected argument '([^']*)'/) { "il manque l'argument « \($0.output.1) »" }
        text = text.replacing(/Missing one of: '([^\n]*)'/) { "il manque l'un de « \($0.output.1.replacing("', '", with: " », « ")) »" }
        text = text.replacing(/Unknown option '([^']*)'\. Did you mean '([^']*)'\?/) {
            "option inconnue « \($0.output.1) » ; vouliez-vous dire « \($0.output.2) » ?"
        }
        text = text.replacing(/Unknown option '([^']*)'/) { "option inconnue « \($0.output.1) »" }
        text = text.replacing(/Unexpected argument '([^']*)'/) { "argument inattendu « \($0.output.1) »" }
        text = text.replacing(/([0-9]+) unexpected arguments: '([^\n]*)'/) {
            "\($0.output.1) arguments inattendus : « \($0.output.2.replacing("', '", with: " », « ")) »"
        }
        text = text.replacing(/Missing value for '([^']*)'/) { "il manque la valeur de « \($0.output.1) »" }
        text = text.replacing(/The option '([^']*)' does not take any value, but '([^']*)' was specified\./) {
            "l'option « \($0.output.1) » ne prend pas de valeur, mais « \($0.output.2) » lui a été donné."
        }
        text = text.replacing(/Value to be set with ([^\n]*) had already been set with ([^\n]*)/) {
            "la même option est donnée deux fois (\($0.output.2.replacing("'", with: "")), puis \($0.output.1.replacing("'", with: ""))) : gardez-en une"
        }
        text = text.replacing(/Invalid option: ([^\n]*)/) { "option invalide : « \($0.output.1) »" }
        text = text.replacing("Missing required subcommand.", with: "il manque la commande (build, check, serve ou new).")
        text = text.replacing(/\bflag '([^']*)'/) { "« \($0.output.1) »" }
        return text
    }
}
