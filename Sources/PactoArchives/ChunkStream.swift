/// A piece of a decompressed archive stream.
enum StreamChunk {
    case bytes([UInt8])
    /// Every byte before this one was checked: the gzip member that held
    /// them ended with a matching CRC-32 and length.
    case checked
    /// Bytes were lost here (damaged compressed data), and why.
    case gap(ArchiveError)
    case end
}

/// A stream of chunks: a plain file, or a gzip file decompressed.
protocol ChunkStream {
    mutating func next() throws(ArchiveError) -> StreamChunk
}

/// An uncompressed file, read a chunk at a time (it has no checksum, so it
/// never says ``StreamChunk/checked``).
struct PlainChunks: ChunkStream {
    var source: any ByteSource

    mutating func next() throws(ArchiveError) -> StreamChunk {
        let bytes = try source.read(upTo: 64 * 1024)
        return bytes.isEmpty ? .end : .bytes(bytes)
    }
}
