/// A buffered cursor over a ``ChunkStream``: lines, counted reads, skips and
/// searches, holding only what the current record needs.
///
/// A gap in the stream (damaged gzip data) acts like a temporary end: reads
/// stop before it, and ``resume()`` drops what is left of the broken part
/// and goes on after it.
struct ByteStream {
    private var chunks: any ChunkStream
    private var buffer: [UInt8] = []
    private var position = 0
    private var sourceEnded = false
    private var gap: ArchiveError?
    /// Bytes consumed so far (decompressed), for messages.
    private(set) var offset = 0
    /// Bytes taken from the chunks so far.
    private var appended = 0
    /// How many of those a checksum has vouched for (``StreamChunk/checked``).
    private var checkedThrough = 0

    init(_ chunks: any ChunkStream) {
        self.chunks = chunks
    }

    var available: Int { buffer.count - position }

    /// True when nothing is left before the end or a gap.
    mutating func isAtStop() throws(ArchiveError) -> Bool {
        try ensure(1) == 0
    }

    /// Makes `count` bytes available unless the end or a gap comes first.
    /// - Returns: the bytes available.
    @discardableResult
    mutating func ensure(_ count: Int) throws(ArchiveError) -> Int {
        while available < count, !sourceEnded, gap == nil {
            compact()
            try pull()
        }
        return available
    }

    /// The next line without its CR LF; nil when nothing is left before a stop.
    /// - Throws: ``ArchiveError/lineTooLong(limit:)`` past `limit` bytes.
    mutating func readLine(limit: Int) throws(ArchiveError) -> [UInt8]? {
        var searched = 0
        while true {
            if let index = buffer[(position + searched)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<index])
                consume(index + 1 - position)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            searched = available
            if searched > limit { throw .lineTooLong(limit: limit) }
            if try ensure(searched + 1) == searched {
                // A stop: the last line has no line feed.
                guard searched > 0 else { return nil }
                let line = Array(buffer[position...])
                consume(searched)
                return line
            }
        }
    }

    /// Up to `count` next bytes (fewer at a stop).
    mutating func read(_ count: Int) throws(ArchiveError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(count, 1 << 20))
        while result.count < count {
            let have = try ensure(min(count - result.count, 1 << 20))
            if have == 0 { break }
            let take = min(have, count - result.count)
            result.append(contentsOf: buffer[position..<(position + take)])
            consume(take)
        }
        return result
    }

    /// Drops up to `count` bytes without keeping them.
    /// - Returns: how many were dropped (fewer at a stop).
    @discardableResult
    mutating func skip(_ count: Int) throws(ArchiveError) -> Int {
        var skipped = 0
        while skipped < count {
            let have = try ensure(min(count - skipped, 1 << 16))
            if have == 0 { break }
            let take = min(have, count - skipped)
            consume(take)
            skipped += take
        }
        return skipped
    }

    /// Whether the next bytes are `prefix` (without consuming them).
    mutating func hasPrefix(_ prefix: [UInt8]) throws(ArchiveError) -> Bool {
        guard try ensure(prefix.count) >= prefix.count else { return false }
        return buffer[position..<(position + prefix.count)].elementsEqual(prefix)
    }

    /// Drops bytes until `pattern` is next, or until a stop.
    /// - Returns: whether the pattern was found.
    mutating func skip(until pattern: [UInt8]) throws(ArchiveError) -> Bool {
        while true {
            let have = try ensure(max(pattern.count, 1 << 16))
            if have < pattern.count {
                consume(have)
                return false
            }
            if let found = Self.firstRange(of: pattern, in: buffer[position...]) {
                consume(found - position)
                return true
            }
            consume(have - pattern.count + 1)
        }
    }

    /// Puts bytes back in front of the stream.
    mutating func unread(_ bytes: [UInt8]) {
        buffer.replaceSubrange(0..<position, with: [])
        position = 0
        buffer.insert(contentsOf: bytes, at: 0)
        offset -= bytes.count
    }

    /// After a stop at a gap: drops the bytes before it and returns why
    /// bytes were lost; nil when the stop was the real end.
    mutating func resume() -> ArchiveError? {
        guard let gap else { return nil }
        consume(available)
        self.gap = nil
        return gap
    }

    /// What a checksum says of the bytes consumed so far.
    enum Integrity: Equatable {
        /// Their gzip member ended with a matching CRC-32 and length.
        case checked
        /// Their gzip member failed its check or its data was damaged (the
        /// gap is left for ``resume()``).
        case damaged
        /// No checksum covers them alone: a plain file, or a gzip member
        /// that goes on past them (one member for several records).
        case unchecked
    }

    /// Whether the bytes consumed so far passed their checksum. When they
    /// end where their gzip member ends, the next chunks (the member's
    /// check or its failure) are read to know.
    /// - Complexity: O(1) chunks read: a member that goes on answers
    ///   ``Integrity/unchecked`` as soon as its next bytes come.
    mutating func integrity() throws(ArchiveError) -> Integrity {
        while true {
            let consumed = appended - available
            if checkedThrough >= consumed { return .checked }
            // Bytes before a gap came from the member that failed.
            if gap != nil { return .damaged }
            if available > 0 || sourceEnded { return .unchecked }
            try pull()
        }
    }

    /// The index where `pattern` starts in `bytes`, if it does.
    static func firstRange(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while index <= last {
            guard let candidate = bytes[index...last].firstIndex(of: first) else { return nil }
            if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}

private extension ByteStream {
    /// Takes the next chunk from the source.
    mutating func pull() throws(ArchiveError) {
        switch try chunks.next() {
        case .bytes(let bytes):
            buffer.append(contentsOf: bytes)
            appended += bytes.count
        case .checked: checkedThrough = appended
        case .gap(let error): gap = error
        case .end: sourceEnded = true
        }
    }

    mutating func consume(_ count: Int) {
        position += count
        offset += count
    }

    mutating func compact() {
        if position > 0, position >= buffer.count / 2 || position > 1 << 20 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
    }
}
