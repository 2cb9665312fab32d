/// Values that are valid but unlikely to be what the author meant, said as warnings.
enum PlausibilityRules {
    /// Past this many characters a title makes a card several lines high and a tab unreadable.
    static let titleMaximum = 150

    /// A title over `titleMaximum` characters: a warning with its length.
    static func checkTitle(_ title: String, reader: MappingReader) {
        guard title.count > titleMaximum else { return }
        reader.sink.error(DiagnosticCode.implausibleValue,
                          "le titre compte \(title.count) caractères : au-delà de \(titleMaximum), il déborde des cartes et des onglets ; raccourcissez-le et mettez le détail dans « resume »",
                          at: reader.value("titre", required: false).flatMap(reader.place), severity: .warning)
    }
}
