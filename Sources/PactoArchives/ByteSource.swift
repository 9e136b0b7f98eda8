import Foundation

/// Where an archive's bytes come from, a chunk at a time, so that a file of
/// any size is read in memory that does not grow with it.
protocol ByteSource {
    /// Up to `count` next bytes; empty at the end.
    mutating func read(upTo count: Int) throws(ArchiveError) -> [UInt8]
}

/// A file read through a `FileHandle`.
struct FileSource: ByteSource {
    let handle: FileHandle

    init(path: String) throws(ArchiveError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable("cannot open the file")
        }
        self.handle = handle
    }

    mutating func read(upTo count: Int) throws(ArchiveError) -> [UInt8] {
        do {
            guard let data = try handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        } catch {
            throw .unreadable((error as NSError).localizedDescription)
        }
    }
}

/// Bytes already in memory (tests, the fuzzer).
struct MemorySource: ByteSource {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func read(upTo count: Int) throws(ArchiveError) -> [UInt8] {
        let end = min(bytes.count, position + max(0, count))
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
