/// A regular expression of the rules, parsed into the parts that
/// ``PatternAnchors`` reasons about: the subset of ICU's syntax the rules
/// use (literals, escapes, classes, groups, alternation, quantifiers,
/// look-behind and look-ahead). ``parse(_:)`` gives nil for anything
/// outside it (flags, back-references, nested classes…), and such a
/// pattern is run without anchors.
indirect enum RegexNode: Equatable {
    /// UTF-16 units matched as they are (the patterns read folded text):
    /// the literals that follow each other in a sequence, joined.
    case text([UInt16])
    case characters(CharacterClass)
    /// `^`, `\b` and the like: they match no character.
    case assertion
    /// `$`, `\z`, `\Z`: the text ends here (or before its last line break).
    case textEnd
    /// Look-ahead or look-behind: `body` is looked at, not matched.
    case look(RegexNode, isAhead: Bool, isNegative: Bool)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// `max` nil: unbounded (`*`, `+`, `{m,}`).
    case repeated(RegexNode, min: Int, max: Int?)

    /// What one character of a class may be.
    enum CharacterClass: Equatable {
        /// One of these units (a class such as `[0-9ivx]`, or `\d`, taken as ASCII digits).
        case units(Set<UInt16>)
        /// White space (`\s`).
        case whitespace
        /// A letter, digit or "_" of any script (`\w`): never white space.
        case word
        /// Anything wider: `.`, `\S`, a negated class, a large range.
        case wide
    }
}

/// The parser behind ``RegexNode``: recursive descent over the pattern's
/// UTF-16 units, each step consuming at least one unit.
struct RegexSyntax {
    private let units: [UInt16]
    private var index = 0
    private var depth = 0

    /// Nesting deeper than this is not analysed (no pattern of the rules comes near it).
    static let maxDepth = 64
    /// Repetition counts are read up to this value; larger ones count as unbounded.
    static let maxCount = 10_000
    /// A class listing more units than this is ``RegexNode/CharacterClass/wide``.
    static let maxClassUnits = 64

    /// The parsed pattern, or nil when it uses syntax outside the subset (or is not a pattern).
    static func parse(_ pattern: String) -> RegexNode? {
        var parser = RegexSyntax(units: Array(pattern.utf16))
        guard let node = parser.alternation(), parser.index == parser.units.count else { return nil }
        return node
    }

    private init(units: [UInt16]) {
        self.units = units
    }
}

private extension RegexSyntax {
    static let digits = Set((48...57).map { UInt16($0) })

    var current: UInt16? { index < units.count ? units[index] : nil }

    mutating func alternation() -> RegexNode? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return nil }
        var branches: [RegexNode] = []
        while true {
            guard let branch = sequence() else { return nil }
            branches.append(branch)
            guard current == ascii("|") else { break }
            index += 1
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func sequence() -> RegexNode? {
        var items: [RegexNode] = []
        // Literals that follow each other make one text.
        var text: [UInt16] = []
        while let unit = current, unit != ascii("|"), unit != ascii(")") {
            // A plain character with no quantifier after it joins the text at once.
            if isPlain(unit), index + 1 == units.count || !isQuantifier(units[index + 1]) {
                text.append(unit)
                index += 1
                continue
            }
            guard let atom = atom(), let item = quantified(atom) else { return nil }
            if case .text(let units) = item {
                text += units
            } else {
                if !text.isEmpty { items.append(.text(text)); text = [] }
                items.append(item)
            }
        }
        if !text.isEmpty { items.append(.text(text)) }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func atom() -> RegexNode? {
        guard let unit = current else { return nil }
        index += 1
        switch unit {
        case ascii("("): return group()
        case ascii("["): return characterClass().map { .characters($0) }
        case ascii("."): return .characters(.wide)
        case ascii("^"): return .assertion
        case ascii("$"): return .textEnd
        case ascii("\\"): return escape(inClass: false)
        case ascii("*"), ascii("+"), ascii("?"), ascii("{"), ascii("]"): return nil
        default: return .text([unit])
        }
    }

    /// After "(": the group's kind, its body and ")".
    mutating func group() -> RegexNode? {
        var look: (isAhead: Bool, isNegative: Bool)?
        if current == ascii("?") {
            func next(_ offset: Int) -> UInt16? { index + offset < units.count ? units[index + offset] : nil }
            switch (next(1), next(2)) {
            case (ascii(":"), _): index += 2
            case (ascii("="), _): index += 2; look = (true, false)
            case (ascii("!"), _): index += 2; look = (true, true)
            case (ascii("<"), ascii("=")): index += 3; look = (false, false)
            case (ascii("<"), ascii("!")): index += 3; look = (false, true)
            case (ascii("<"), _):
                // A named group: "(?<name>".
                index += 2
                while let unit = current, isWordUnit(unit) { index += 1 }
                guard current == ascii(">") else { return nil }
                index += 1
            default: return nil
            }
        }
        guard let body = alternation(), current == ascii(")") else { return nil }
        index += 1
        guard let look else { return body }
        return .look(body, isAhead: look.isAhead, isNegative: look.isNegative)
    }

    /// After "\": an escaped character, a class or an assertion.
    mutating func escape(inClass: Bool) -> RegexNode? {
        guard let unit = current else { return nil }
        index += 1
        switch unit {
        case ascii("d"): return .characters(.units(Self.digits))
        case ascii("s"): return .characters(.whitespace)
        case ascii("w"): return .characters(.word)
        case ascii("D"), ascii("S"), ascii("W"): return .characters(.wide)
        case ascii("b"), ascii("B"), ascii("A"), ascii("G"): return inClass ? nil : .assertion
        case ascii("z"), ascii("Z"): return inClass ? nil : .textEnd
        case ascii("n"): return .text([10])
        case ascii("t"): return .text([9])
        case ascii("r"): return .text([13])
        case ascii("f"): return .text([12])
        case ascii("u"): return hexadecimal(digits: 4)
        case ascii("x"): return hexadecimal(digits: 2)
        default:
            // Letters and digits escape to things left out here (\p, \Q, back-references).
            return isWordUnit(unit) ? nil : .text([unit])
        }
    }

    mutating func hexadecimal(digits: Int) -> RegexNode? {
        guard index + digits <= units.count,
              let value = UInt16(String(decoding: units[index..<(index + digits)], as: UTF16.self), radix: 16)
        else { return nil }
        index += digits
        return .text([value])
    }

    /// After "[": the class up to its "]".
    mutating func characterClass() -> RegexNode.CharacterClass? {
        var isNegated = false
        if current == ascii("^") { isNegated = true; index += 1 }
        var members = Set<UInt16>()
        var isWide = false
        var isFirst = true
        while let unit = current, unit != ascii("]") || isFirst {
            isFirst = false
            guard unit != ascii("[") else { return nil }
            var lower = unit
            index += 1
            if unit == ascii("\\") {
                switch escape(inClass: true) {
                case .text(let value)? where value.count == 1: lower = value[0]
                case .characters(.units(let set))?: members.formUnion(set); continue
                case .characters?: isWide = true; continue
                default: return nil
                }
            }
            // A range "a-z", unless the "-" closes the class.
            if current == ascii("-"), index + 1 < units.count, units[index + 1] != ascii("]") {
                index += 1
                var upper = units[index]
                index += 1
                if upper == ascii("\\") {
                    guard case .text(let value)? = escape(inClass: true), value.count == 1 else { return nil }
                    upper = value[0]
                }
                guard lower <= upper else { return nil }
                if Int(upper) - Int(lower) >= Self.maxClassUnits { isWide = true } else { members.formUnion(lower...upper) }
            } else {
                members.insert(lower)
            }
        }
        guard current == ascii("]") else { return nil }
        index += 1
        if isNegated || isWide || members.count > Self.maxClassUnits { return .wide }
        return !members.isEmpty && members.allSatisfy(isSpaceUnit) ? .whitespace : .units(members)
    }

    /// A quantifier after `atom`, if there is one (and a lazy "?" or possessive "+" after it).
    mutating func quantified(_ atom: RegexNode) -> RegexNode? {
        var bounds: (min: Int, max: Int?)
        switch current {
        case ascii("*"): bounds = (0, nil); index += 1
        case ascii("+"): bounds = (1, nil); index += 1
        case ascii("?"): bounds = (0, 1); index += 1
        case ascii("{"):
            index += 1
            guard let lower = count() else { return nil }
            bounds = (lower, lower)
            if current == ascii(",") {
                index += 1
                bounds.max = current == ascii("}") ? nil : count()
                guard bounds.max.map({ $0 >= lower }) ?? (current == ascii("}")) else { return nil }
            }
            guard current == ascii("}") else { return nil }
            index += 1
        default: return atom
        }
        if current == ascii("?") || current == ascii("+") { index += 1 }
        switch atom {
        // Zero width: repeated it is itself, or nothing when it may be left out.
        case .assertion, .textEnd, .look: return bounds.min == 0 ? .assertion : atom
        default: break
        }
        return .repeated(atom, min: bounds.min, max: bounds.max)
    }

    /// A decimal count; past ``maxCount`` it is read as ``maxCount``.
    mutating func count() -> Int? {
        var value: Int?
        while let unit = current, unit >= 48, unit <= 57 {
            value = min(Self.maxCount, (value ?? 0) * 10 + Int(unit - 48))
            index += 1
        }
        return value
    }

    func ascii(_ scalar: Unicode.Scalar) -> UInt16 { UInt16(scalar.value) }

    /// A character that stands for itself outside a class.
    func isPlain(_ unit: UInt16) -> Bool {
        switch unit {
        case ascii("("), ascii(")"), ascii("["), ascii("]"), ascii("."), ascii("^"), ascii("$"), ascii("\\"), ascii("|"),
             ascii("*"), ascii("+"), ascii("?"), ascii("{"), ascii("}"), ascii("#"): false
        default: true
        }
    }

    func isQuantifier(_ unit: UInt16) -> Bool {
        unit == ascii("*") || unit == ascii("+") || unit == ascii("?") || unit == ascii("{")
    }

    func isWordUnit(_ unit: UInt16) -> Bool {
        (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit == 95
    }
}

/// White space as a literal of a pattern: what `\s` matches among the units a pattern spells out.
func isSpaceUnit(_ unit: UInt16) -> Bool {
    (unit >= 9 && unit <= 13) || unit == 32 || unit == 0xA0
}
