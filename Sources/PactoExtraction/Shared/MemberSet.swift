import PactoModel

/// Members without repeats: the same province, or the same folded name,
/// or one name inside another, is one member (its first spelling kept).
struct MemberSet: Sendable {
    private(set) var members: [Member] = []
    /// What the comparisons need of each member, worked out once.
    private var keys: [Keys] = []

    struct Keys: Sendable {
        var key: String
        /// The number of characters and of words of ``key``.
        var keyLength: Int
        var keyWords: Int
        var trimmed: String
        var trimmedWords: [Substring]
        /// ``trimmed`` without its spaces: "La Gi" and "Lagi" are one name.
        var squashed: String
        var isBareProvince: Bool

        init(_ member: Member) {
            key = Folding.key(member.text)
            keyLength = key.count
            keyWords = key.split(separator: " ").count
            trimmed = MemberSet.trimmedKey(member.text)
            trimmedWords = trimmed.split(separator: " ")
            squashed = trimmedWords.joined()
            isBareProvince = MemberSet.isBareProvince(member)
        }
    }

    mutating func insert(_ member: Member) {
        let new = Keys(member)
        let key = new.key
        guard !key.isEmpty else { return }
        for (existing, old) in zip(members, keys) {
            if let province = member.province, existing.province == province,
               old.isBareProvince || new.isBareProvince || old.key == key { return }
            if Self.sameUnit(old, new) { return }
            // "Subdepartamento X de la provincia de Dien Bien", then "Subdepartamento X": one unit.
            // "Fiscalía Popular de la provincia de Quang Nam", then "Fiscalía Popular provincial": one unit.
            if member.province == nil, Self.addsProvince(existing, key: old.key, to: key)
                || new.trimmed != key && Self.addsProvince(existing, key: old.key, to: new.trimmed) { return }
            // "Quỹ Đầu tư phát triển tỉnh" listed, then "Quỹ Đầu tư phát triển tỉnh Bắc Ninh" named as the head.
            if existing.province == nil, Self.addsProvince(member, key: key, to: old.key) { return }
            // "Trường THPT Nguyễn Du" and "THPT Nguyễn Du": a name of three words or more inside a longer one.
            let (shorter, longer) = new.keyLength < old.keyLength ? (new, old) : (old, new)
            if shorter.keyWords >= 3, longer.key.hasSuffix(" " + shorter.key), member.province == existing.province { return }
        }
        members.append(member)
        keys.append(new)
    }

    /// `long` is the unit `short` names, with its province after it ("… de
    /// la provincia de Dien Bien", "… tỉnh Kon Tum"); `short` has two words or more.
    static func addsProvince(_ long: Member, key longKey: String, to short: String) -> Bool {
        guard long.province != nil, short.contains(" "), longKey.hasPrefix(short + " ") else { return false }
        var rest = Substring(longKey.dropFirst(short.count + 1))
        for lead in ["de la provincia de ", "de la ciudad de ", "provincia de ", "tinh ", "thanh pho ", "de "] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        return Gazetteer.standard.places[String(rest)].map { !$0.isCity } ?? false
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

    /// ``sameUnit(_:_:)`` of two members' keys, worked out beforehand.
    static func sameUnit(_ left: Keys, _ right: Keys) -> Bool {
        left.trimmed == right.trimmed || left.squashed.count >= 4 && left.squashed == right.squashed
            || spells(left.trimmedWords, right.trimmedWords)
            || spells(right.trimmedWords, left.trimmedWords)
    }

    static func trimmedKey(_ text: String) -> String {
        var key = Folding.key(text)
        for suffix in [" tinh", " thanh pho", " tp", " provincial", " de la provincia"] where key.hasSuffix(suffix) {
            key = String(key.dropLast(suffix.count))
        }
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
