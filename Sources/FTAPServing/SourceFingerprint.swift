import Foundation
import FTAPCore

/// A cheap summary of every file under some folders (path, size, modification time): when it
/// changes, something was saved and the preview must be rebuilt.
struct SourceFingerprint: Sendable, Equatable {
    private var entries: [String: [Double]]

    /// Walks the folders now; missing folders count as empty.
    init(folders: [String]) {
        var entries: [String: [Double]] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                guard let attributes = try? fm.attributesOfItem(atPath: join(folder, relative)) else { continue }
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries[join(folder, relative)] = [size, modified]
            }
        }
        self.entries = entries
    }
}
