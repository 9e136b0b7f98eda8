/// A fact-bearing word or phrase that survives translation and can be
/// compared by meaning: a number ("seis" = 6), a date ("29/3" = "29 de
/// marzo"), a province ("Tiền Giang" = "Tien Giang"), a person's name
/// (folded), an award kind, an issuer, a ministry's field, a glossary term.
struct Anchor: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, CaseIterable {
        case number, date, month, period, time, province, name, award, issuer, field, title, concept
    }

    var kind: Kind
    /// The value compared across languages ("6", "29-3", "Long An", "vo minh thanh").
    var key: String
    /// Character range in the scanned text.
    var range: Range<Int>

    /// Kinds that state facts: a changed value of one of these is an error.
    static let factual: [Kind] = [.number, .date, .month, .province, .name, .award, .issuer, .field]
}

/// The anchors of one text.
struct Anchors: Sendable, Hashable {
    var list: [Anchor]

    init(_ list: [Anchor] = []) { self.list = list }

    func keys(_ kind: Anchor.Kind) -> Set<String> {
        Set(list.lazy.filter { $0.kind == kind }.map(\.key))
    }

    func anchors(_ kind: Anchor.Kind) -> [Anchor] { list.filter { $0.kind == kind } }

    func anchors(in range: Range<Int>) -> Anchors {
        Anchors(list.filter { range.contains($0.range.lowerBound) })
    }

    /// Anchors shifted by an offset (to place a segment's anchors in a larger text).
    func shifted(by offset: Int) -> Anchors {
        Anchors(list.map { anchor in
            var copy = anchor
            copy.range = (anchor.range.lowerBound + offset)..<(anchor.range.upperBound + offset)
            return copy
        })
    }

    static func + (lhs: Anchors, rhs: Anchors) -> Anchors { Anchors(lhs.list + rhs.list) }

    var isEmpty: Bool { list.isEmpty }

    /// How many anchors state facts (everything but glossary terms).
    var factualCount: Int { list.filter { Anchor.factual.contains($0.kind) }.count }
}
