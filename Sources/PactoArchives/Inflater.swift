import CompressNIO
import NIOCore

/// Decompresses a whole HTTP body (gzip, zlib or raw deflate) in bounded
/// steps, refusing output past the size limit or the ratio limit.
enum Inflater {
    enum Failure: Error, Equatable {
        case tooLarge(limit: Int)
        case bomb(ratio: Int, limit: Int)
        case damaged(String)
    }

    /// - Complexity: O(output), in 64 KB steps.
    static func inflate(_ bytes: [UInt8], algorithm: ZlibAlgorithm, limits: ArchiveLimits) throws(Failure) -> [UInt8] {
        guard !bytes.isEmpty else { throw .damaged("no compressed data") }
        let decompressor: ZlibDecompressor
        do {
            decompressor = try ZlibDecompressor(algorithm: algorithm)
        } catch {
            throw .damaged("zlib: \(error)")
        }
        var input = ByteBuffer(bytes: bytes)
        var result: [UInt8] = []
        while true {
            var output = ByteBufferAllocator().buffer(capacity: 64 * 1024)
            let before = input.readableBytes
            var finished = false
            do {
                try decompressor.inflate(from: &input, to: &output)
                finished = true
            } catch let error as CompressNIOError where error == .bufferOverflow {
                finished = false
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                throw .damaged("the compressed data ends too early")
            } catch {
                throw .damaged("\(error)")
            }
            result.append(contentsOf: output.readableBytesView)
            if result.count > limits.maxEntryBytes { throw .tooLarge(limit: limits.maxEntryBytes) }
            let used = bytes.count - input.readableBytes
            if limits.isBomb(output: result.count, input: used) {
                throw .bomb(ratio: result.count / max(1, used), limit: limits.maxRatio)
            }
            if finished {
                // Z_OK with all input used means the stream did not end.
                if input.readableBytes == 0, output.readableBytes > 0 || before > 0 {
                    if !endedCleanly(decompressor) { throw .damaged("the compressed data ends too early") }
                }
                return result
            }
        }
    }

    /// A finished inflater answers a probe byte without taking it.
    private static func endedCleanly(_ decompressor: ZlibDecompressor) -> Bool {
        var probe = ByteBuffer(bytes: [0])
        var output = ByteBufferAllocator().buffer(capacity: 64)
        do {
            try decompressor.inflate(from: &probe, to: &output)
        } catch {
            return false
        }
        return probe.readableBytes == 1 && output.readableBytes == 0
    }
}
