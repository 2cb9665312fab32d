import FTAPModel

extension ContentSchema {
    /// The keys of a official figure (`content/chiffres-officiels/`), in the order files and the guide give them.
    package static let officialFigure = KindSchema(table: "chiffres-officiels", fields: [
        FieldDescription("titre", meaning: "titre, par exemple « Lauréats du premier appel à projets 2018 » (obligatoire)",
                         values: "texte", required: true, form: .text()),
        FieldDescription("date", meaning: "date à laquelle l'émetteur l'a publié (obligatoire)",
                         values: "date `AAAA-MM-JJ` ; `AAAA-MM` ou `AAAA` quand la source ne donne que le mois ou l'année", required: true, form: .partialDate),
        FieldDescription("emetteur", meaning: "qui l'a publié (obligatoire) ; le site écrit « Selon l'État », « Selon la Cour des comptes »… d'après cette clé",
                         values: "`etat`, `cour-des-comptes`, `parlement`, `presse`", required: true, form: .choice(FieldChoice.all(Publisher.self))),
        FieldDescription("emetteur_nom", meaning: "le nom de l'organisme ou du journal : « DITP », « Sénat », « Les Échos » (obligatoire pour la presse)",
                         values: "texte", form: .text()),
        FieldDescription("nature", meaning: "ce que compte le chiffre",
                         values: "`laureats` (par défaut : des lauréats retenus), `consommation` (crédits consommés), `economies`", form: .choice(FieldChoice.all(FigureNature.self))),
        FieldDescription("prevision", meaning: "`true` pour une prévision de consommation ou d'économies (« devrait atteindre »)",
                         values: "`true` ou `false` (par défaut)", form: .flag),
        FieldDescription("programme", meaning: "programme concerné",
                         values: "comme pour les fiches ; `ftap` par défaut", form: .choice(FieldChoice.all(Programme.self))),
        FieldDescription("appel", meaning: "l'année de l'appel concerné ; `appel` ou `periode`, pas les deux",
                         values: "année", form: .year),
        FieldDescription("session", meaning: "avec `appel`, quel appel de l'année (1er, 2e…) quand il y en a eu plusieurs",
                         values: "nombre entier, 1 ou plus", form: .integer),
        FieldDescription("periode", meaning: "un bilan cumulé sur plusieurs années, avec les deux sous-clés suivantes",
                         values: "sous-clés", form: .group([
            FieldDescription("debut", meaning: "première année couverte",
                             values: "année", required: true, form: .year),
            FieldDescription("fin", meaning: "dernière année couverte",
                             values: "année, au moins égale à `debut`", required: true, form: .year),
        ])),
        FieldDescription("projets", meaning: "nombre de projets lauréats annoncés (lauréats seulement) ; `projets` ou `montant`, ou les deux",
                         values: "nombre entier, 0 ou plus", form: .integer),
        FieldDescription("montant", meaning: "montant publié",
                         values: "euros entiers", form: .euros),
        FieldDescription("approximation", meaning: "quand le montant est publié approché",
                         values: "`environ` (« près de », « environ »), `au-moins` (« plus de »), `au-plus` (« moins de »)", form: .choice(FieldChoice.all(AmountApproximation.self))),
        FieldDescription("montant_publie", meaning: "le montant dans les mots de la source, affiché tel quel ; il doit redonner `montant` et son approximation",
                         values: "texte, par exemple « près de 69 millions d'euros »", form: .text()),
        FieldDescription("sources", meaning: "où il a été publié (obligatoire, au moins une), chacune avec les deux sous-clés suivantes",
                         values: "liste", required: true, form: .repeated([
            FieldDescription("titre", meaning: "titre de la source",
                             values: "texte", required: true, form: .text()),
            FieldDescription("url", meaning: "adresse de la source",
                             values: "adresse complète", required: true, form: .address),
        ])),
        FieldDescription("brouillon", meaning: "`true` : le chiffre n'est ni publié ni compté",
                         values: "`true` ou `false` (par défaut)", form: .flag),
    ] + [CorrectionSchema.key], alternatives: [["appel", "periode"], ["projets", "montant"]])
}
