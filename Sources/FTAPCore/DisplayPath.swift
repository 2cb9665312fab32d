/// A file path as a person reads it in a report: relative to the folder the command was run
/// from (`content/projets/x.md`, `../site/content/x.md`), worked out from the text of the paths
/// alone (no file is looked at). A path that shares only the root with that folder stays absolute.
package enum DisplayPath {
    /// `path` seen from `folder` (an absolute path); `path` unchanged when `folder` is nil or
    /// not absolute, or `path` is empty.
    package static func relative(_ path: String, from folder: String?) -> String {
        guard !path.isEmpty, let folder, folder.hasPrefix("/") else { return path }
        let base = components(folder, under: [])
        let target = components(path, under: path.hasPrefix("/") ? [] : base)
        var shared = 0
        while shared < base.count, shared < target.count, base[shared] == target[shared] { shared += 1 }
        if shared == 0 { return "/" + target.joined(separator: "/") }
        let steps = Array(repeating: "..", count: base.count - shared) + target.dropFirst(shared)
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    /// The names of a path's folders, `.` and `..` resolved as written, starting from `start`.
    private static func components(_ path: String, under start: [String]) -> [String] {
        var result = start
        for name in path.split(separator: "/") where name != "." {
            if name == ".." {
                _ = result.popLast()
            } else {
                result.append(String(name))
            }
        }
        return result
    }
}
