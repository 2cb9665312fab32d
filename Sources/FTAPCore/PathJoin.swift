/// Joins path components with `/`, keeping the root as the user wrote it.
package func join(_ base: String, _ name: String) -> String {
    base.hasSuffix("/") ? base + name : base + "/" + name
}
