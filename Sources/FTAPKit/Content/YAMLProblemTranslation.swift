/// French wording for libyaml's English problems, with a hint an author can act on.
enum YAMLProblemTranslation {
    static func french(problem: String, context: String?) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "deux-points inattendu : une valeur qui contient « : » doit être mise entre guillemets"),
            ("could not find expected ':'", "il manque « : » après le nom de la clé"),
            ("did not find expected key", "ligne mal alignée : vérifiez l'indentation (des espaces, pas de tabulation) et les guillemets"),
            ("found character that cannot start any token", "caractère interdit en début de valeur (tabulation, « @ » ou « ` ») : mettez la valeur entre guillemets"),
            ("found unexpected end of stream", "fin de l'en-tête inattendue : un guillemet ou un crochet n'est pas refermé"),
            ("found unknown escape character", "séquence « \\ » inconnue dans un texte entre guillemets doubles : doublez la barre « \\\\ » ou utilisez des guillemets simples"),
            ("did not find expected node content", "valeur manquante ou mal placée"),
            ("did not find expected ',' or ']'", "liste entre crochets mal fermée : il manque « , » ou « ] »"),
            ("did not find expected ',' or '}'", "dictionnaire entre accolades mal fermé : il manque « , » ou « } »"),
            ("did not find expected '-' indicator", "élément de liste mal aligné : chaque élément commence par « - » à la même indentation"),
            ("found a tab character", "tabulation interdite dans l'indentation : utilisez des espaces"),
            ("found undefined alias", "alias YAML inconnu"),
            ("block sequence entries are not allowed", "« - » inattendu : une liste commence à la ligne suivant la clé"),
        ]
        for (english, french) in known where problem.contains(english) || (context?.contains(english) ?? false) {
            return "syntaxe YAML : \(french)"
        }
        return "syntaxe YAML : \(problem)"
    }
}
