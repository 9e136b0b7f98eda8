import Foundation
import PactoModel

/// Finding patterns in a passage: over its aligned folded text, around
/// the anchors of a pattern when it has them.
extension Passage {
    func evidence(_ range: Range<Int>) -> Evidence {
        Evidence(text: text(range), start: range.lowerBound, end: range.upperBound)
    }
    /// Matches of a pattern over the folded text (or part of it), as
    /// character ranges: the whole match and each group (nil when unmatched).
    ///
    /// Over the whole text, a pattern with anchors is run only over windows
    /// around its anchors' occurrences (merged where they overlap), with transparent bounds, so
    /// that look-behind and look-ahead still see the text around a window:
    /// the same matches as a run over the whole range, for a fraction of it.
    func matches(_ pattern: Pattern, in range: Range<Int>? = nil) -> [[Range<Int>?]] {
        Array(matchSequence(pattern, in: range))
    }
    /// ``matches(_:in:)``, searched for as they are asked for: a rule that
    /// stops at the first match it wants leaves the windows after it unsearched.
    func matchSequence(_ pattern: Pattern, in range: Range<Int>? = nil) -> MatchSequence {
        MatchSequence(passage: self, pattern: pattern, range: range)
    }
    /// The matches of an anchored pattern in some of its windows over the
    /// whole text: the first of ``windows(of:in:)``, found once for patterns
    /// that share their anchors and reach. Matches starting before the end
    /// of the last window given are those of ``matches(_:in:)``.
    func matchSequence(_ pattern: Pattern, windows: ArraySlice<Range<Int>>) -> MatchSequence {
        MatchSequence(passage: self, pattern: pattern, windows: windows)
    }
    /// The matches of `pattern` in one stretch of the text.
    ///
    /// A window around anchors is searched in a short copy of the text
    /// around it (Foundation converts the whole string it is given to UTF-16
    /// on every call): ``Pattern/context`` characters on either side let
    /// look-behind and look-ahead see what they would see in the text. Any
    /// other stretch is searched as a text of its own (opaque bounds: "^"
    /// matches at its start, look-behind does not see before it), so a copy
    /// of just that stretch is searched.
    func search(_ pattern: Pattern, in window: Range<Int>, transparent: Bool) -> [[Range<Int>?]] {
        if transparent {
            let lower = max(0, window.lowerBound - Pattern.context)
            let upper = min(count, window.upperBound + Pattern.context)
            let results = pattern.regex.matches(
                in: piece(lower..<upper), options: [.withTransparentBounds, .withoutAnchoringBounds],
                range: NSRange(location: window.lowerBound - lower, length: window.count))
            return collect(results, shift: lower)
        }
        let text = window == 0..<count ? folded : piece(window)
        return collect(pattern.regex.matches(in: text, range: NSRange(location: 0, length: window.count)), shift: window.lowerBound)
    }
    /// The positions of one lower-case ASCII letter.
    fileprivate func positions(ofLetter unit: UInt16) -> ArraySlice<Int32> {
        letterPositions[letterStarts[Int(unit - 97)]..<letterStarts[Int(unit - 96)]]
    }
    /// Where in `anchor` the unit stands that the text holds least often
    /// (the first, unless a letter further on is rarer).
    fileprivate func rarestUnit(of anchor: [UInt16]) -> Int {
        func frequency(_ unit: UInt16) -> Int { unit >= 97 && unit <= 122 ? positions(ofLetter: unit).count : Int.max }
        var best = 0
        for (offset, unit) in anchor.enumerated() where frequency(unit) < frequency(anchor[best]) { best = offset }
        return best
    }
    /// Positions of a unit: from ``letterPositions`` for a letter, by a scan otherwise.
    fileprivate func starts(of unit: UInt16) -> ArraySlice<Int32> {
        if unit >= 97 && unit <= 122 { return positions(ofLetter: unit) }
        return units.indices.filter { units[$0] == unit }.map { Int32($0) }[...]
    }
    static func digitRuns(_ units: [UInt16]) -> [Range<Int32>] {
        var runs: [Range<Int32>] = []
        var index = 0
        while index < units.count {
            guard units[index] >= 48 && units[index] <= 57 else { index += 1; continue }
            var end = index + 1
            while end < units.count, units[end] >= 48 && units[end] <= 57 { end += 1 }
            runs.append(Int32(index)..<Int32(end))
            index = end
        }
        return runs
    }
    /// ``letterPositions`` and ``letterStarts``: the letters counted, then placed.
    static func letterPositions(_ units: [UInt16]) -> (positions: [Int32], starts: [Int]) {
        var starts = [Int](repeating: 0, count: 27)
        starts.withUnsafeMutableBufferPointer { starts in
            for unit in units where unit >= 97 && unit <= 122 { starts[Int(unit - 96)] += 1 }
            for letter in 1...26 { starts[letter] += starts[letter - 1] }
        }
        var next = starts
        let positions = [Int32](unsafeUninitializedCapacity: starts[26]) { buffer, count in
            next.withUnsafeMutableBufferPointer { next in
                units.withUnsafeBufferPointer { units in
                    for index in units.indices where units[index] >= 97 && units[index] <= 122 {
                        let letter = Int(units[index] - 97)
                        buffer[next[letter]] = Int32(index)
                        next[letter] += 1
                    }
                }
            }
            count = starts[26]
        }
        return (positions, starts)
    }
    /// ``folded`` as UTF-16 units; widened from its bytes when it is ASCII.
    static func units(of folded: String) -> [UInt16] {
        var folded = folded
        let ascii: [UInt16]? = folded.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for (index, byte) in bytes.enumerated() { buffer[index] = UInt16(byte) }
                count = bytes.count
            }
        }
        return ascii ?? Array(folded.utf16)
    }
    /// A copy of part of ``folded``.
    fileprivate func piece(_ range: Range<Int>) -> String {
        if isASCII {
            var folded = folded
            return folded.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        return units.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF16.self) }
    }
    /// The scan of the whole folded text (over `range`, or all of it), for
    /// comparing against ``matches(_:in:)`` in tests and debug builds.
    func matchesScanningAll(_ pattern: Pattern, in range: Range<Int>? = nil) -> [[Range<Int>?]] {
        let search = range.map { $0.clamped(to: 0..<count) } ?? 0..<count
        guard isAligned, !search.isEmpty else { return [] }
        return collect(pattern.regex.matches(in: folded, range: NSRange(location: search.lowerBound, length: search.count)))
    }
    fileprivate func collect(_ results: [NSTextCheckingResult], shift: Int = 0) -> [[Range<Int>?]] {
        results.map { result in
            (0..<result.numberOfRanges).map { index in
                let r = result.range(at: index)
                return r.location == NSNotFound ? nil : (shift + r.location)..<(shift + r.location + r.length)
            }
        }
    }
    /// The stretches of `search` where a match of `pattern` can be: each
    /// occurrence of an anchor widened by the pattern's reach, merged.
    func windows(of pattern: Pattern, in search: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        func add(_ start: Int, _ length: Int, before: Int, after: Int) {
            let lower = max(search.lowerBound, start - before)
            let upper = min(search.upperBound, start + length + after)
            if lower < upper { spans.append(lower..<upper) }
        }
        units.withUnsafeBufferPointer { text in
            func isWordUnit(_ unit: UInt16) -> Bool {
                (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || unit > 127
            }
            // White space as ICU's "\s" sees it, and the rest of the
            // Unicode spaces: more than "\s" holds is safe here.
            func isSpace(_ unit: UInt16) -> Bool {
                (unit >= 9 && unit <= 13) || unit == 32 || unit == 0x85 || unit == 0xA0 || unit == 0x1680
                    || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x2028 || unit == 0x2029 || unit == 0x202F
                    || unit == 0x205F || unit == 0x3000
            }
            // White space, then one of the anchor's followers, at `end`.
            func isFollowed(_ anchor: Pattern.Anchor, at end: Int) -> Bool {
                guard !anchor.followers.isEmpty else { return true }
                var index = end
                while index < text.count, isSpace(text[index]) { index += 1 }
                guard index > end || !anchor.spaced else { return false }
                return anchor.followers.contains { word in
                    index + word.count <= text.count && word.indices.allSatisfy { text[index + $0] == word[$0] }
                }
            }
            // One of the anchor's predecessors, then white space, before `start`.
            func isPreceded(_ anchor: Pattern.Anchor, at start: Int) -> Bool {
                guard !anchor.predecessors.isEmpty else { return true }
                var end = start
                while end > 0, isSpace(text[end - 1]) { end -= 1 }
                guard end < start, end > 0 else { return false }
                return anchor.predecessors.contains { word in
                    if word == [48] { return text[end - 1] >= 48 && text[end - 1] <= 57 }
                    return end >= word.count && word.indices.allSatisfy { text[end - word.count + $0] == word[$0] }
                }
            }
            if let digitRun = pattern.digitRun {
                for run in digitRuns where run.upperBound > search.lowerBound && run.lowerBound < search.upperBound {
                    let lower = max(Int(run.lowerBound), search.lowerBound)
                    let upper = min(Int(run.upperBound), search.upperBound)
                    guard isFollowed(digitRun, at: upper) else { continue }
                    add(lower, upper - lower, before: digitRun.before, after: digitRun.after)
                }
            }
            for anchor in pattern.anchors {
                guard !anchor.text.isEmpty, anchor.text.count <= search.count else { continue }
                let end = search.upperBound - anchor.text.count
                // Found by the anchor's rarest letter in the text: fewer places to compare.
                let key = rarestUnit(of: anchor.text)
                for position in starts(of: anchor.text[key]) {
                    let index = Int(position) - key
                    guard index >= search.lowerBound, index <= end else { continue }
                    var offset = 0
                    while offset < anchor.text.count, text[index + offset] == anchor.text[offset] { offset += 1 }
                    guard offset == anchor.text.count else { continue }
                    if anchor.isWord {
                        if index > 0, isWordUnit(text[index - 1]) { continue }
                        let after = index + anchor.text.count
                        if after < text.count, isWordUnit(text[after]) { continue }
                    }
                    guard isFollowed(anchor, at: index + anchor.text.count), isPreceded(anchor, at: index) else { continue }
                    add(index, anchor.text.count, before: anchor.before, after: anchor.after)
                }
            }
        }
        guard spans.count > 1 else { return spans }
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = [spans[0]]
        for span in spans.dropFirst() {
            if span.lowerBound <= merged[merged.count - 1].upperBound {
                merged[merged.count - 1] = merged[merged.count - 1].lowerBound..<max(merged[merged.count - 1].upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
    func firstMatch(_ pattern: Pattern, in range: Range<Int>? = nil) -> [Range<Int>?]? {
        var matches = matchSequence(pattern, in: range).makeIterator()
        return matches.next()
    }
}
