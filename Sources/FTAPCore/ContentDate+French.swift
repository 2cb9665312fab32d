extension ContentDate {
    /// « 1er mars 2026 », as the site writes dates (for the command line's closing line).
    public var frenchText: String { FrenchFormat.date(self) }
}
