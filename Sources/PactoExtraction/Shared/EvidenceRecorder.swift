import PactoModel

/// Collects the evidence span of each field: the first span recorded wins.
struct EvidenceRecorder {
    let passage: Passage
    private(set) var spans: [String: Evidence] = [:]

    init(passage: Passage) {
        self.passage = passage
    }

    mutating func record(_ field: String, _ range: Range<Int>?) {
        guard let range, spans[field] == nil, !range.isEmpty, range.upperBound <= passage.bodyCount else { return }
        spans[field] = passage.evidence(range)
    }
}
