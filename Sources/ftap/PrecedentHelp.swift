/// The help of `--precedent`, which `ftap check` and `ftap build` share (no-break spaces inside
/// the guillemets, so the help's wrapping never parts them from their words).
enum PrecedentHelp {
    static let text = "La liste des adresses de la version précédente du site : son fichier adresses.json, ou son adresse en ligne "
        + "(https://…/adresses.json, récupérée avant de vérifier). Une adresse qu’elle liste et qui disparaîtrait sans être "
        + "redirigée («\u{00A0}anciennes_adresses\u{00A0}») ni retirée exprès («\u{00A0}retraits.yml\u{00A0}») est une erreur ; une liste en ligne introuvable "
        + "(première publication, pas de réseau) est un avertissement, et rien n’est vérifié."
}
