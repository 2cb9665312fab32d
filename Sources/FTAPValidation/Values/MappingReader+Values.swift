import FTAPContent
import FTAPCore
import FTAPModel
import Suggestions

/// Typed readers: each returns nil after recording a French diagnostic when the value is wrong.
extension MappingReader {
    func string(_ key: String, required: Bool = false, maxLength: Int? = nil) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let text = scalarText(node, key: key, expected: "un texte") else { return nil }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { sink.error(DiagnosticCode.emptyValue, "la clé « \(spoken(key)) » est vide", at: place(of: node)) }
            return nil
        }
        // A character takes at least one byte: most texts are short enough without counting.
        if let maxLength, trimmed.utf8.count > maxLength, trimmed.count > maxLength {
            sink.error(DiagnosticCode.summaryTooLong,
                       "« \(spoken(key)) » compte \(trimmed.count) caractères ; \(maxLength) au plus : raccourcissez-le et gardez le détail pour le corps du texte",
                       at: place(of: node))
        }
        return trimmed
    }

    /// A non-negative whole number of euros; YAML's `12_500_000` is accepted.
    func euros(_ key: String, required: Bool = false) -> Int? {
        guard let node = value(key, required: required),
              let text = plainScalar(node, key: key, expected: "un montant en euros") else { return nil }
        if let amount = Self.digitsAlone(text) { return amount }
        let digits = text.filter { $0 != "_" }
        if digits.hasPrefix("-"), Int(digits) != nil {
            sink.error(DiagnosticCode.invalidAmount, "« \(spoken(key)) » ne peut pas être négatif (\(text))", at: place(of: node))
            return nil
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), Self.isGroupedByThousands(text) else {
            sink.error(DiagnosticCode.invalidAmount,
                       "« \(spoken(key)) » doit être un nombre entier d'euros, sans espace, virgule ni symbole, par exemple 24300000 ou 24_300_000 (trouvé : « \(text) »)",
                       at: place(of: node))
            return nil
        }
        guard digits.count <= 18, let amount = Int(digits), amount <= Self.maximumEuros else {
            sink.error(DiagnosticCode.invalidAmount,
                       "« \(spoken(key)) » est trop grand (\(text)) : un montant du fonds ne dépasse pas \(FrenchFormat.eurosInWords(Self.maximumEuros)), plus que tout ce que le fonds a jamais reçu ; vérifiez le nombre de zéros",
                       at: place(of: node))
            return nil
        }
        return amount
    }

    /// The largest amount the content may give: 10 Md€, ten times the whole fund. Every sum and
    /// ratio of amounts is then far from overflowing, whatever the number of files.
    static let maximumEuros = 10_000_000_000

    /// The amount written with digits alone, as most are, when it is at most `maximumEuros`;
    /// nil for anything else, which the full reading above judges.
    static func digitsAlone(_ text: String) -> Int? {
        var amount = 0, count = 0
        for byte in text.utf8 {
            guard (0x30...0x39).contains(byte), count < 12 else { return nil }
            amount = amount * 10 + Int(byte - 0x30)
            count += 1
        }
        return count > 0 && amount <= maximumEuros ? amount : nil
    }

    /// Digits alone, or groups of three after « _ » (`24_300_000`): `1_0__0` is a typo, not a number.
    static func isGroupedByThousands(_ text: String) -> Bool {
        let groups = text.split(separator: "_", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return true }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// A call year from `first` to `last` (the build year); no range is built from the input,
    /// so a build date before the first call gives an error, not a crash.
    func year(_ key: String, required: Bool, from first: Int, to last: Int) -> Int? {
        guard let node = value(key, required: required),
              let text = plainScalar(node, key: key, expected: "une année") else { return nil }
        guard text.count == 4, let year = Int(text), text.allSatisfy(\.isASCIIDigit) else {
            sink.error(DiagnosticCode.invalidYear, "« \(spoken(key)) » doit être une année sur quatre chiffres, par exemple 2019 (trouvé : « \(text) »)", at: place(of: node))
            return nil
        }
        guard year >= first, year <= last else {
            sink.error(DiagnosticCode.invalidYear, "l'année \(year) de « \(spoken(key)) » est hors de la période \(first)–\(last)", at: place(of: node))
            return nil
        }
        return year
    }

    /// The years a date of the content may have: a date outside is a typo (`0017-01-01`), and
    /// feeds and pages write years on four digits.
    static let plausibleYears = 1990...2099

    /// A date written `YYYY-MM-DD` that exists in the calendar, in a plausible year.
    func date(_ key: String, required: Bool = false) -> ContentDate? {
        guard let node = value(key, required: required),
              let text = scalarText(node, key: key, expected: "une date") else { return nil }
        return fullDate(text, key: key, node: node)
    }

    /// A publication date: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when no source gives the day, in a
    /// plausible year.
    func publicationDate(_ key: String, required: Bool = false) -> PublicationDate? {
        guard let node = value(key, required: required),
              let text = scalarText(node, key: key, expected: "une date") else { return nil }
        let trimmed = text.trimmingSpaces()
        // A whole date is judged as every date is: its shape, its day in the calendar, its year.
        if trimmed.count == 10 { return fullDate(trimmed, key: key, node: node).map(PublicationDate.init) }
        guard let date = PublicationDate(text: trimmed) else {
            sink.error(DiagnosticCode.invalidDate,
                       "« \(spoken(key)) » doit être une date au format AAAA-MM-JJ, par exemple 2019-11-19 ; quand la source ne donne que le mois ou l'année, écrivez 2022-10 ou 2020 (trouvé : « \(text) »)",
                       at: place(of: node))
            return nil
        }
        return isPlausible(date.year, text, key: key, node: node) ? date : nil
    }

    /// `text` as a calendar date in a plausible year, or nil after saying what is wrong with it.
    private func fullDate(_ text: String, key: String, node: YAMLNode) -> ContentDate? {
        if let date = ContentDate(iso: text) {
            return isPlausible(date.year, text, key: key, node: node) ? date : nil
        }
        let shape = text.count == 10 && text.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCIIDigit }
        let message = shape
            ? "la date « \(text) » de « \(spoken(key)) » n'existe pas dans le calendrier"
            : "« \(spoken(key)) » doit être une date au format AAAA-MM-JJ, par exemple 2019-11-19 (trouvé : « \(text) »)"
        sink.error(DiagnosticCode.invalidDate, message, at: place(of: node))
        return nil
    }

    /// True when `year` is a plausible year of the fund; otherwise says so at the value.
    private func isPlausible(_ year: Int, _ text: String, key: String, node: YAMLNode) -> Bool {
        guard !Self.plausibleYears.contains(year) else { return true }
        sink.error(DiagnosticCode.invalidDate,
                   "l'année de la date « \(text) » de « \(spoken(key)) » est improbable : les dates du fonds vont de \(Self.plausibleYears.lowerBound) à \(Self.plausibleYears.upperBound) ; vérifiez l'année",
                   at: place(of: node))
        return false
    }

    /// The words read as true and as false, whatever their case.
    static let trueWords: Set<String> = ["true", "yes", "oui"]
    static let falseWords: Set<String> = ["false", "no", "non"]

    func bool(_ key: String) -> Bool? {
        guard let node = value(key, required: false),
              let text = plainScalar(node, key: key, expected: "true ou false") else { return nil }
        switch text.lowercased() {
        case let word where Self.trueWords.contains(word): return true
        case let word where Self.falseWords.contains(word): return false
        default:
            sink.error(DiagnosticCode.wrongType, "« \(spoken(key)) » doit valoir true ou false (trouvé : « \(text) »)", at: place(of: node))
            return nil
        }
    }

    func choice<E: ContentEnum>(_ key: String, required: Bool = false, as type: E.Type = E.self) -> E? {
        guard let node = value(key, required: required) else { return nil }
        return enumValue(node, key: key)
    }

    /// An absolute http(s) URL.
    func url(_ key: String, required: Bool = false, httpsOnly: Bool = false) -> String? {
        guard let node = value(key, required: required),
              let text = scalarText(node, key: key, expected: "une adresse web") else { return nil }
        let trimmed = text.trimmingSpaces()
        if let problem = WebAddress.problem(trimmed, httpsOnly: httpsOnly) {
            sink.error(DiagnosticCode.invalidURL, WebAddress.explanation(problem, key: spoken(key), text: text, httpsOnly: httpsOnly), at: place(of: node))
            return nil
        }
        return trimmed
    }

    func enumValue<E: ContentEnum>(_ node: YAMLNode, key: String) -> E? {
        guard let text = scalarText(node, key: key, expected: "un mot de la liste") else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        var message = "valeur « \(text) » non autorisée pour « \(spoken(key)) »"
        // « En cours », « terminé », « préfecture »: the value written another way, or a word for it.
        let folded = Slug.suggestion(for: text)
        let meant = E(rawValue: folded)?.rawValue ?? E.synonyms[folded]?.rawValue
        if let suggestion = meant ?? KeySuggestion.closest(to: text, among: allowed) {
            message += " ; vouliez-vous dire « \(suggestion) » ? Valeurs possibles : "
        } else {
            message += " ; valeurs possibles : "
        }
        message += allowed.joined(separator: ", ")
        sink.error(DiagnosticCode.invalidEnum, message, at: place(of: node))
        return nil
    }

    /// The text of a scalar, or an error naming what was expected when the value is a list or mapping.
    func scalarText(_ node: YAMLNode, key: String, expected: String) -> String? {
        guard let scalar = node.scalar else {
            let found = node.sequence != nil ? "une liste" : "un dictionnaire"
            sink.error(DiagnosticCode.wrongType, "« \(spoken(key)) » doit être \(expected), pas \(found)", at: place(of: node))
            return nil
        }
        // Every direction control is written with the byte E2 in UTF-8: most texts have none.
        if scalar.string.utf8.contains(0xE2), let control = scalar.string.unicodeScalars.first(where: Self.isDirectionControl) {
            let code = String(control.value, radix: 16, uppercase: true)
            sink.error(DiagnosticCode.invisibleCharacter,
                       "« \(spoken(key)) » contient un caractère invisible qui change le sens d'écriture du texte (U+\(code)), souvent venu d'un copier-coller : effacez la valeur et retapez-la",
                       at: place(of: node))
            return nil
        }
        // A YAML escape (« \v », « \e », « \uFFFE ») writes a character the file's bytes do not hold.
        if let (_, forbidden) = TextDecoding.firstForbiddenCharacter(in: scalar.string) {
            sink.error(DiagnosticCode.forbiddenCharacter,
                       "« \(spoken(key)) » contient un caractère invisible interdit dans une page web : \(TextDecoding.name(of: forbidden)), écrit par une séquence d'échappement ; retirez-la",
                       at: place(of: node))
            return nil
        }
        return scalar.string
    }

    /// Unicode's embedding, override and isolate controls: they make a text display in another
    /// order than it is stored, so what a reader sees would not be what is checked.
    static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Like `scalarText` but refuses quoted values, for numbers and booleans.
    func plainScalar(_ node: YAMLNode, key: String, expected: String) -> String? {
        guard let text = scalarText(node, key: key, expected: expected) else { return nil }
        if node.scalar?.style != .plain {
            sink.error(DiagnosticCode.wrongType, "« \(spoken(key)) » doit être \(expected) écrit sans guillemets (trouvé : \"\(text)\")", at: place(of: node))
            return nil
        }
        return text.trimmingSpaces()
    }
}

/// Readers for the figures and envelopes: counts and spans of call years.
extension MappingReader {
    /// A whole number of at least `minimum`, written without quotes.
    func wholeNumber(_ key: String, minimum: Int) -> Int? {
        guard let node = value(key, required: false),
              let text = plainScalar(node, key: key, expected: "un nombre entier") else { return nil }
        guard text.allSatisfy(\.isASCIIDigit), let number = Int(text), text.count <= 9 else {
            sink.error(DiagnosticCode.invalidNumber, "« \(spoken(key)) » doit être un nombre entier, par exemple 12 (trouvé : « \(text) »)", at: place(of: node))
            return nil
        }
        guard number >= minimum else {
            sink.error(DiagnosticCode.invalidNumber, "« \(spoken(key)) » doit valoir au moins \(minimum) (trouvé : \(number))", at: place(of: node))
            return nil
        }
        return number
    }

    /// The keys of a span of years (`periode`, an envelope's `appels`).
    static let yearSpanKeys = ContentSchema.officialFigure.subkeys("periode")

    /// `{debut, fin}`: call years from the first call to the build year, `debut` ≤ `fin`.
    func yearSpan(_ key: String, context: ValidationContext, required: Bool) -> CallYears? {
        guard let span = mapping(key, required: required, allowedKeys: Self.yearSpanKeys) else { return nil }
        let first = span.year("debut", required: true, from: context.firstCallYear, to: Self.lastFundYear)
        let last = span.year("fin", required: true, from: context.firstCallYear, to: Self.lastFundYear)
        guard let first, let last else { return nil }
        guard first <= last else {
            sink.error(DiagnosticCode.invalidYear, "« \(spoken(key)) » commence en \(first) et finit en \(last) : « debut » doit précéder « fin »",
                       at: span.keyPlace("fin"))
            return nil
        }
        return CallYears(first: first, last: last, isPeriod: true)
    }

    /// Envelopes and periods may name calls still to come (FTAP 2 runs to 2025).
    static let lastFundYear = 2099
}
