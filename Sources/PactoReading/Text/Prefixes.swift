import Foundation

/// A list of prefixes tested with `String.hasPrefix` (canonical
/// equivalence, whole characters), grouped by the base letter their first
/// character decomposes to: a text is compared only with the prefixes whose
/// first character could be equivalent to its own. Any text canonically
/// equivalent to a prefix's first character decomposes (NFD) to the same
/// first scalar, so the grouping never hides a match (for prefixes that
/// open with a letter or a sign, as all of Pacto's do: a combining mark
/// first would be reordered).
struct Prefixes: Sendable {
    let all: [String]
    private let byBase: [UInt32: [String]]
    /// An empty prefix opens every text.
    private let hasEmpty: Bool

    init(_ prefixes: [String]) {
        all = prefixes
        var byBase: [UInt32: [String]] = [:]
        for prefix in prefixes {
            guard let first = prefix.unicodeScalars.first else { continue }
            byBase[Self.base(first), default: []].append(prefix)
        }
        self.byBase = byBase
        hasEmpty = prefixes.contains(where: \.isEmpty)
    }

    /// The first scalar of the scalar's canonical decomposition.
    static func base(_ scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.value >= 0x80 else { return scalar.value }
        return String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first?.value ?? scalar.value
    }

    /// Whether `text` starts with one of the prefixes (`hasPrefix`).
    func opens(_ text: String) -> Bool {
        if hasEmpty { return true }
        guard let first = text.unicodeScalars.first, let candidates = byBase[Self.base(first)] else { return false }
        return candidates.contains { text.hasPrefix($0) }
    }
}
