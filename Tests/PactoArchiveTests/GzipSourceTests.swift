import CompressNIO
import NIOCore
import Testing
@testable import PactoArchives

struct GzipSourceTests {
    static func gzip(_ text: String) throws -> [UInt8] {
        var buffer = ByteBuffer(string: text)
        return Array(try buffer.compress(with: .gzip()).readableBytesView)
    }

    static func drain(_ bytes: [UInt8], step: Int = 1 << 16) throws -> (text: String, gaps: [ArchiveError]) {
        let (text, gaps, _) = try drainWithChecks(bytes, step: step)
        return (text, gaps)
    }

    /// Also the text read when each `checked` came.
    static func drainWithChecks(_ bytes: [UInt8], step: Int = 1 << 16) throws -> (text: String, gaps: [ArchiveError], checkedAt: [String]) {
        var source = try GzipSource(Trickle(bytes: bytes, step: step), limits: ArchiveLimits())
        var out: [UInt8] = []
        var gaps: [ArchiveError] = []
        var checkedAt: [String] = []
        loop: while true {
            switch try source.next() {
            case .bytes(let chunk): out += chunk
            case .checked: checkedAt.append(String(decoding: out, as: UTF8.self))
            case .gap(let error): gaps.append(error)
            case .end: break loop
            }
        }
        return (String(decoding: out, as: UTF8.self), gaps, checkedAt)
    }

    @Test(arguments: [1, 5, 64 * 1024])
    func membersJoin(step: Int) throws {
        let bytes = try Self.gzip("một ") + Self.gzip("hai ") + Self.gzip("ba")
        let (text, gaps) = try Self.drain(bytes, step: step)
        #expect(text == "một hai ba")
        #expect(gaps.isEmpty)
    }

    @Test func damageSkipsToTheNextMember() throws {
        let words = (0..<400).map { "hỏng\($0 * 7919 % 1000)" }.joined(separator: " ")
        var middle = try Self.gzip(words)
        #expect(middle.count > 200)
        for index in 12..<min(120, middle.count - 8) { middle[index] ^= 0x55 }
        let bytes = try Self.gzip("đầu ") + middle + Self.gzip("cuối")
        let (text, gaps) = try Self.drain(bytes)
        #expect(text.hasPrefix("đầu "))
        #expect(text.hasSuffix("cuối"))
        #expect(gaps.count == 1)
    }

    @Test(arguments: [
        ([UInt8]([0x1F, 0x8B, 0x08]), 1),      // header cut short
        ([UInt8](), 0),                          // empty file
    ])
    func shortInput(bytes: [UInt8], gapCount: Int) throws {
        let (_, gaps) = try Self.drain(bytes)
        #expect(gaps.count == gapCount)
    }

    @Test func truncatedMemberIsAGap() throws {
        let whole = try Self.gzip(String(repeating: "thi đua ", count: 500))
        let (_, gaps) = try Self.drain(Array(whole.dropLast(6)))
        #expect(gaps == [.truncatedGzip])
    }

    /// Each member that passes says so after its last byte, whatever the
    /// read sizes; the last one too, at the end of the file.
    @Test(arguments: [1, 5, 64 * 1024])
    func everyGoodMemberIsChecked(step: Int) throws {
        let bytes = try Self.gzip("một ") + Self.gzip("hai ") + Self.gzip("ba")
        let (_, gaps, checkedAt) = try Self.drainWithChecks(bytes, step: step)
        #expect(gaps.isEmpty)
        #expect(checkedAt == ["một ", "một hai ", "một hai ba"])
    }

    /// A member whose CRC-32 (or length) trailer does not match: its text
    /// comes out (zlib inflates it all before the trailer), then a gap, no
    /// check; the next member is read and checked.
    @Test(arguments: [-8, -4])
    func trailerMismatchIsAGapWithoutCheck(trailerByte: Int) throws {
        var middle = try Self.gzip("hai ")
        middle[middle.count + trailerByte] ^= 0xFF
        let (text, gaps, checkedAt) = try Self.drainWithChecks(try Self.gzip("một ") + middle + Self.gzip("ba"))
        #expect(text == "một hai ba")
        #expect(gaps.count == 1)
        #expect(checkedAt == ["một ", "một hai ba"])
    }

    /// An HTTP body sent with `Content-Encoding: gzip` is checked the same
    /// way: a trailer that does not match refuses the body.
    @Test(arguments: [-8, -4])
    func gzipBodyWithABadTrailerIsRefused(trailerByte: Int) throws {
        var body = try Self.gzip("<p>Hội nghị ký kết giao ước thi đua</p>")
        #expect(try Inflater.inflate(body, algorithm: .gzip, limits: ArchiveLimits()).count > 0)
        body[body.count + trailerByte] ^= 0xFF
        #expect(throws: Inflater.Failure.self) { try Inflater.inflate(body, algorithm: .gzip, limits: ArchiveLimits()) }
    }

    @Test func trailingZerosAreAllowed() throws {
        let (text, gaps) = try Self.drain(try Self.gzip("x") + [UInt8](repeating: 0, count: 512))
        #expect(text == "x")
        #expect(gaps.isEmpty)
    }
}
