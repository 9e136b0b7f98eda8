import CompressNIO
import NIOCore

/// Decompresses a gzip file made of one or many members (a `.warc.gz` has
/// one per record, or one for the whole file) as one stream of bytes.
///
/// zlib checks each member's CRC-32 and length against its trailer; the
/// source says ``StreamChunk/checked`` after the last bytes of a member
/// that passed, so that a reader can refuse what a failed member held.
///
/// Damage does not end the stream: the bytes inflated before the damage
/// was found come out, then a break (``StreamChunk/gap(_:)``), and reading
/// goes on from the next gzip member header, so the records after a bad
/// one are still read. A member that expands beyond
/// ``ArchiveLimits/maxRatio`` is refused: that error ends the stream.
struct GzipSource: ChunkStream {
    private var input: any ByteSource
    private let limits: ArchiveLimits
    private var decompressor: ZlibDecompressor
    private var pending = ByteBuffer()
    private var inputEnded = false
    /// Compressed bytes taken from the input so far (for offsets in messages).
    private var consumed = 0
    /// Whether a member has started and not yet ended.
    private var inMember = false
    private var memberIn = 0
    private var memberOut = 0
    /// What comes after the bytes just returned (a member's end or damage).
    private var queued: StreamChunk?

    static let chunkSize = 64 * 1024

    init(_ input: any ByteSource, limits: ArchiveLimits) throws(ArchiveError) {
        self.input = input
        self.limits = limits
        do {
            decompressor = try ZlibDecompressor(algorithm: .gzip)
        } catch {
            throw .unreadable("zlib: \(error)")
        }
    }

    /// The next decompressed bytes, a break, or the end.
    /// - Throws: a gzip bomb, or the input file failing.
    mutating func next() throws(ArchiveError) -> StreamChunk {
        if let queued {
            self.queued = nil
            return queued
        }
        while true {
            if pending.readableBytes == 0 {
                if !inputEnded { try refill() }
                if pending.readableBytes == 0 {
                    if inMember {
                        inMember = false
                        if memberEndedCleanly() {
                            queued = .end
                            return .checked
                        }
                        return .gap(.truncatedGzip)
                    }
                    return .end
                }
            }
            if !inMember {
                // Between members: a new one must start with the gzip magic;
                // zeros padding the end of a file are allowed.
                if pending.readableBytesView.allSatisfy({ $0 == 0 }) {
                    pending.moveReaderIndex(forwardBy: pending.readableBytes)
                    continue
                }
                guard startsWithMagic() else {
                    let offset = consumed - pending.readableBytes
                    try skipToNextMember()
                    return .gap(.corruptGzip(offset: offset))
                }
                do { try decompressor.reset() } catch { throw .unreadable("zlib: \(error)") }
                inMember = true
                memberIn = 0
                memberOut = 0
            }
            var output = ByteBufferAllocator().buffer(capacity: Self.chunkSize)
            let before = pending.readableBytes
            var ended = false
            do {
                try decompressor.inflate(from: &pending, to: &output)
                // A normal return with input left means the member ended.
                ended = pending.readableBytes > 0 || (before - pending.readableBytes == 0 && output.readableBytes == 0)
            } catch let error as CompressNIOError where error == .bufferOverflow || error == .inputBufferOverflow {
                ended = false
            } catch {
                // Bad data, or a trailer that does not match (CRC-32 or
                // length): what was inflated comes out, then the gap.
                let offset = consumed - pending.readableBytes
                inMember = false
                // A member that failed at its very first byte would be found
                // again; one that failed at its end (a bad length) may be
                // right before the next member's magic, which must stay.
                if memberIn + before - pending.readableBytes == 0 {
                    pending.moveReaderIndex(forwardBy: min(1, pending.readableBytes))
                }
                try skipToNextMember()
                guard output.readableBytes > 0 else { return .gap(.corruptGzip(offset: offset)) }
                queued = .gap(.corruptGzip(offset: offset))
                return .bytes(output.readBytes(length: output.readableBytes) ?? [])
            }
            memberIn += before - pending.readableBytes
            memberOut += output.readableBytes
            if limits.isBomb(output: memberOut, input: memberIn) {
                throw .gzipBomb(ratio: memberOut / max(1, memberIn), limit: limits.maxRatio)
            }
            if ended {
                inMember = false
                guard output.readableBytes > 0 else { return .checked }
                queued = .checked
            }
            if output.readableBytes > 0 {
                return .bytes(output.readBytes(length: output.readableBytes) ?? [])
            }
            if !ended, pending.readableBytes > 0, before == pending.readableBytes {
                // No progress with input available: treat as damage rather than loop.
                let offset = consumed - pending.readableBytes
                inMember = false
                pending.moveReaderIndex(forwardBy: 1)
                try skipToNextMember()
                return .gap(.corruptGzip(offset: offset))
            }
        }
    }
}

private extension GzipSource {
    mutating func refill() throws(ArchiveError) {
        let bytes = try input.read(upTo: Self.chunkSize)
        if bytes.isEmpty {
            inputEnded = true
            return
        }
        consumed += bytes.count
        pending.discardReadBytes()
        pending.writeBytes(bytes)
    }

    /// At the end of the input, inside a member: whether zlib saw the member's
    /// end (its trailer checked). A finished inflater answers a probe byte
    /// without taking it; an unfinished one takes it or fails.
    mutating func memberEndedCleanly() -> Bool {
        var probe = ByteBuffer(bytes: [0])
        var output = ByteBufferAllocator().buffer(capacity: 64)
        do {
            try decompressor.inflate(from: &probe, to: &output)
        } catch {
            return false
        }
        return probe.readableBytes == 1 && output.readableBytes == 0
    }

    /// Needs up to three bytes; refills when the pending bytes end early.
    mutating func startsWithMagic() -> Bool {
        while pending.readableBytes < 3, !inputEnded {
            do { try refill() } catch { return false }
        }
        let view = pending.readableBytesView
        guard view.count >= 3 else { return false }
        let start = view.startIndex
        return view[start] == 0x1F && view[start + 1] == 0x8B && view[start + 2] == 0x08
    }

    /// Drops bytes up to the next `1f 8b 08` (the start of a gzip member).
    mutating func skipToNextMember() throws(ArchiveError) {
        while true {
            let view = pending.readableBytesView
            var index = view.startIndex
            while index + 2 < view.endIndex {
                if view[index] == 0x1F, view[index + 1] == 0x8B, view[index + 2] == 0x08 {
                    pending.moveReaderIndex(forwardBy: index - view.startIndex)
                    return
                }
                index += 1
            }
            // Keep the last two bytes: a magic may straddle the refill.
            let keep = min(2, view.count)
            pending.moveReaderIndex(forwardBy: view.count - keep)
            if inputEnded {
                pending.moveReaderIndex(forwardBy: pending.readableBytes)
                return
            }
            try refill()
            if inputEnded && pending.readableBytes <= keep {
                pending.moveReaderIndex(forwardBy: pending.readableBytes)
                return
            }
        }
    }
}
