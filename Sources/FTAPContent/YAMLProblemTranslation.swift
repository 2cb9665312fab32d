/// French wording for libyaml's English problems, with a hint an author can act on. Every
/// problem libyaml can report gets French words; one not listed gets a general French sentence,
/// never the English text.
enum YAMLProblemTranslation {
    static let known: [(english: String, french: String)] = [
        ("mapping values are not allowed", "deux-points inattendu : une valeur qui contient « : » doit être mise entre guillemets"),
        ("could not find expected ':'", "il manque « : » après le nom de la clé"),
        ("did not find expected key", "ligne mal alignée : vérifiez l'indentation (des espaces, pas de tabulation) et les guillemets"),
        ("found character that cannot start any token", "caractère interdit en début de valeur (tabulation, « @ » ou « ` ») : mettez la valeur entre guillemets"),
        ("found unexpected end of stream", "fin de l'en-tête inattendue : un guillemet ou un crochet n'est pas refermé"),
        ("found unknown escape character", "séquence « \\ » inconnue dans un texte entre guillemets doubles : doublez la barre « \\\\ » ou utilisez des guillemets simples"),
        ("found invalid Unicode character escape code", "séquence « \\u » ou « \\x » invalide dans un texte entre guillemets doubles : doublez la barre « \\\\ » ou utilisez des guillemets simples"),
        ("did not find expected hexdecimal number", "séquence « \\u » ou « \\x » incomplète dans un texte entre guillemets doubles : doublez la barre « \\\\ » ou utilisez des guillemets simples"),
        ("did not find expected comment or line break", "texte en trop après la valeur : mettez toute la valeur entre les guillemets"),
        ("did not find expected node content", "valeur manquante ou mal placée"),
        ("did not find expected ',' or ']'", "liste entre crochets mal fermée : il manque « , » ou « ] »"),
        ("did not find expected ',' or '}'", "dictionnaire entre accolades mal fermé : il manque « , » ou « } »"),
        ("did not find expected '-' indicator", "élément de liste mal aligné : chaque élément commence par « - » à la même indentation"),
        ("found a tab character", "tabulation interdite dans l'indentation : utilisez des espaces"),
        ("found undefined alias", "alias YAML inconnu"),
        ("block sequence entries are not allowed", "« - » inattendu : une liste commence à la ligne suivant la clé"),
        ("Maximum nesting level reached", "imbrication trop profonde : aucune clé n'en demande autant"),
        ("found unexpected document indicator", "ligne « --- » ou « ... » inattendue au milieu d'une valeur"),
        ("did not find expected <document start>", "texte inattendu après la fin de l'en-tête (« ... ») : retirez cette ligne"),
        ("did not find expected alphabetic or numeric character", "caractère inattendu après « & », « * » ou « ! » : mettez la valeur entre guillemets"),
        ("found undefined tag handle", "étiquette YAML inconnue (« ! ») : mettez la valeur entre guillemets"),
        ("did not find expected tag URI", "étiquette YAML incomplète (« ! ») : mettez la valeur entre guillemets"),
        ("did not find expected whitespace or line break", "caractère inattendu : mettez la valeur entre guillemets"),
        ("did not find URI escaped octet", "étiquette YAML mal formée : mettez la valeur entre guillemets"),
        ("found an incorrect", "caractère mal encodé : enregistrez le fichier en UTF-8"),
        ("control characters are not allowed", "caractère de contrôle invisible (souvent venu d'un copier-coller) : effacez la valeur et retapez-la"),
        ("found an indentation indicator equal to 0", "indicateur d'indentation « 0 » interdit après « | » ou « > »"),
        ("did not find expected indentation indicator", "indicateur invalide après « | » ou « > » : seuls un chiffre, « + » ou « - » sont permis"),
        ("directive", "ligne commençant par « % » : une directive YAML n'a pas sa place dans l'en-tête ; mettez la valeur entre guillemets"),
        ("found unexpected ':'", "deux-points inattendu : mettez la valeur entre guillemets"),
        ("while parsing a flow", "liste ou dictionnaire entre crochets mal formé"),
        ("while scanning a quoted scalar", "texte entre guillemets jamais refermé"),
        ("while scanning a simple key", "il manque « : » après le nom de la clé"),
    ]

    static func french(problem: String, context: String?) -> String {
        for (english, french) in known where problem.contains(english) || (context?.contains(english) ?? false) {
            return "syntaxe YAML : \(french)"
        }
        return "syntaxe YAML incorrecte à cet endroit : vérifiez les guillemets, les deux-points et l'indentation (des espaces, pas de tabulation)"
    }
}
