import PactoModel

/// Members without repeats: the same province, or the same folded name,
/// or one name inside another, is one member (its first spelling kept).
struct MemberSet: Sendable {
    private(set) var members: [Member] = []

    mutating func insert(_ member: Member) {
        let key = Folding.key(member.text)
        guard !key.isEmpty else { return }
        for existing in members {
            if let province = member.province, existing.province == province,
               Self.isBareProvince(existing) || Self.isBareProvince(member) || Folding.key(existing.text) == key { return }
            if Self.sameUnit(existing.text, member.text) { return }
            // "Trường THPT Nguyễn Du" and "THPT Nguyễn Du": a name of three words or more inside a longer one.
            let (shorter, longer) = key.count < Folding.key(existing.text).count ? (key, Folding.key(existing.text)) : (Folding.key(existing.text), key)
            if shorter.split(separator: " ").count >= 3, longer.hasSuffix(" " + shorter), member.province == existing.province { return }
        }
        members.append(member)
    }

    static func isBareProvince(_ member: Member) -> Bool {
        guard let province = member.province else { return false }
        return UnitReader.strippedKey(member.text) == Folding.key(province)
    }

    /// The same unit written two ways: "Hội Làm vườn và Trang trại tỉnh" and
    /// "Hội Làm vườn và Trang trại", "Hội LHPN Việt Nam" and "Hội Liên hiệp
    /// Phụ nữ Việt Nam".
    static func sameUnit(_ lhs: String, _ rhs: String) -> Bool {
        let left = trimmedKey(lhs)
        let right = trimmedKey(rhs)
        if left == right { return true }
        return spells(Array(left.split(separator: " ")), Array(right.split(separator: " ")))
            || spells(Array(right.split(separator: " ")), Array(left.split(separator: " ")))
    }

    static func trimmedKey(_ text: String) -> String {
        var key = Folding.key(text)
        for suffix in [" tinh", " thanh pho", " tp"] where key.hasSuffix(suffix) { key = String(key.dropLast(suffix.count)) }
        return key
    }

    /// Whether `short`, with one word standing for initials, reads as `long`.
    static func spells(_ short: [Substring], _ long: [Substring]) -> Bool {
        guard short.count < long.count else { return false }
        var i = 0
        var j = 0
        var expanded = false
        while i < short.count && j < long.count {
            if short[i] == long[j] { i += 1; j += 1; continue }
            guard !expanded, short[i].count >= 2 else { return false }
            let initials = Array(short[i])
            guard j + initials.count <= long.count else { return false }
            for (offset, letter) in initials.enumerated() where long[j + offset].first != letter { return false }
            expanded = true
            i += 1
            j += initials.count
        }
        return expanded && i == short.count && j == long.count
    }
}
