/// What changes from one built site to another, as a reviewer reads it: pages added, removed and
/// changed; figures whose value changes; subjects (projects, published figures…) that appear or
/// go, with their figures; open-data files that change.
package struct SiteDifference: Sendable {
    /// A page: its address and its title (on the new site when it has both).
    package struct PageChange: Sendable, Hashable {
        package var address: String
        package var title: String
        /// Its title on the former site, when it changed.
        package var formerTitle: String?
    }

    /// A figure whose value changes.
    package struct FigureChange: Sendable, Hashable {
        package var subject: String
        package var name: String
        package var before: String
        package var after: String
    }

    /// An open-data file added, removed or changed.
    package struct DataFileChange: Sendable, Hashable {
        package enum Kind: String, Sendable { case added = "ajouté", removed = "retiré", changed = "modifié" }
        package var address: String
        package var kind: Kind
    }

    package var pagesAdded: [PageChange] = []
    package var pagesRemoved: [PageChange] = []
    package var pagesChanged: [PageChange] = []
    package var figuresChanged: [FigureChange] = []
    package var subjectsAdded: [FigureSubject] = []
    package var subjectsRemoved: [FigureSubject] = []
    package var dataFiles: [DataFileChange] = []

    /// Whether the two sites publish the same pages, figures and data.
    package var isEmpty: Bool {
        pagesAdded.isEmpty && pagesRemoved.isEmpty && pagesChanged.isEmpty && figuresChanged.isEmpty
            && subjectsAdded.isEmpty && subjectsRemoved.isEmpty && dataFiles.isEmpty
    }

    /// The difference from `old` to `new`, each list sorted (addresses, then subjects' keys).
    package init(from old: SiteSnapshot, to new: SiteSnapshot) {
        for address in Set(old.pages.keys).union(new.pages.keys).sorted() {
            switch (old.pages[address], new.pages[address]) {
            case let (nil, added?): pagesAdded.append(PageChange(address: address, title: added.title))
            case let (removed?, nil): pagesRemoved.append(PageChange(address: address, title: removed.title))
            case let (before?, after?) where before != after:
                pagesChanged.append(PageChange(address: address, title: after.title,
                                               formerTitle: before.title == after.title ? nil : before.title))
            default: break
            }
        }
        for key in Set(old.subjects.keys).union(new.subjects.keys).sorted() {
            switch (old.subjects[key], new.subjects[key]) {
            case let (nil, added?): subjectsAdded.append(added)
            case let (removed?, nil): subjectsRemoved.append(removed)
            case let (before?, after?):
                for name in (before.fields + after.fields).map(\.name).uniqued() {
                    let was = before.value(of: name) ?? "—", now = after.value(of: name) ?? "—"
                    if was != now { figuresChanged.append(FigureChange(subject: after.title, name: name, before: was, after: now)) }
                }
            default: break
            }
        }
        for address in Set(old.dataFiles.keys).union(new.dataFiles.keys).sorted() {
            switch (old.dataFiles[address], new.dataFiles[address]) {
            case (nil, _?): dataFiles.append(DataFileChange(address: address, kind: .added))
            case (_?, nil): dataFiles.append(DataFileChange(address: address, kind: .removed))
            case let (before?, after?) where before != after: dataFiles.append(DataFileChange(address: address, kind: .changed))
            default: break
            }
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in their order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
