/// A piece of a decompressed archive stream.
enum StreamChunk {
    case bytes([UInt8])
    /// Bytes were lost here (damaged compressed data), and why.
    case gap(ArchiveError)
    case end
}

/// A stream of chunks: a plain file, or a gzip file decompressed.
protocol ChunkStream {
    mutating func next() throws(ArchiveError) -> StreamChunk
}

/// An uncompressed file, read a chunk at a time.
struct PlainChunks: ChunkStream {
    var source: any ByteSource

    mutating func next() throws(ArchiveError) -> StreamChunk {
        let bytes = try source.read(upTo: 64 * 1024)
        return bytes.isEmpty ? .end : .bytes(bytes)
    }
}
