internal import CLibXML2
import Crypto
import Foundation
import PactoModel

/// Reads files into ``Article`` values: HTML pages through libxml2, plain
/// text through the text reader. The same bytes always give the same
/// Article.
public struct Reader: Sendable {
    public struct Options: Sendable {
        /// Files larger than this are refused (bytes).
        public var maxBytes: Int
        /// Deepest HTML element nesting the reader follows (default 256, at most
        /// 4096). Elements nested deeper are attached to their ancestor at this
        /// depth: their text is read, their nesting is not. Hostile pages nest
        /// 100,000 levels; real ones rarely pass 40.
        public var maxDepth: Int

        public init(maxBytes: Int = 64 * 1024 * 1024, maxDepth: Int = 256) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }
    }

    public enum Format: String, Sendable {
        case html
        case text
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads the file at `path`; the path is kept as the Article's `file`.
    public func read(path: String) throws(ReadError) -> Article {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: .notFound)
        }
        guard !isDirectory.boolValue else { throw ReadError(path: path, reason: .isDirectory) }
        if let size = Self.fileSize(atPath: path), size > options.maxBytes {
            throw ReadError(path: path, reason: .tooLarge(size: size, limit: options.maxBytes))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(path: path, reason: .unreadable((error as NSError).localizedDescription))
        }
        return try read(bytes: [UInt8](data), name: path)
    }

    /// For a process about to read many pages in a row (`pacto import`):
    /// every page allocates and frees buffers of a few hundred KB, and glibc
    /// by default maps the large ones afresh and hands freed memory back at
    /// once, so each page faults its memory in again. Keeping up to 128 MB
    /// free (and mapping apart only blocks of 16 MB and more) cut the
    /// import's system time by a third and its CPU time by 4 % on 2,000
    /// generated pages, at the same peak memory (117 MB).
    public static func keepFreedMemory() {
        pacto_keepFreedMemory(128 << 20, 16 << 20)
    }

    /// The size in bytes of the file at `path` (following links), or nil
    /// when it cannot be read: one `stat`, not Foundation's attribute table.
    public static func fileSize(atPath path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// Reads bytes named `name` (a path, or `archive.zip!inner/path`).
    /// - Parameter charset: the charset named outside the bytes (an archived
    ///   HTTP header); a byte-order mark still wins over it.
    public func read(bytes: [UInt8], name: String, format: Format? = nil, charset: String? = nil) throws(ReadError) -> Article {
        guard bytes.count <= options.maxBytes else {
            throw ReadError(path: name, reason: .tooLarge(size: bytes.count, limit: options.maxBytes))
        }
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw ReadError(path: name, reason: .empty)
        }
        if let kind = BinarySniffer.kind(of: bytes) {
            throw ReadError(path: name, reason: .binary(kind))
        }
        let decoded = TextDecoder.decode(bytes, transportCharset: charset)
        let format = format ?? Self.format(of: name, text: decoded.text)
        var article: Article
        switch format {
        case .text:
            article = PlainTextReader().read(decoded.text, file: name)
        case .html:
            article = try HTMLReader(maxDepth: options.maxDepth).read(decoded.text, file: name)
        }
        article.encoding = decoded.encoding.name
        article.sha256 = Self.sha256(bytes)
        article.warnings = decoded.warnings + article.warnings
        return article
    }

    /// Lower-case hex SHA-256 of the bytes (swift-crypto).
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// HTML by extension, else by content: text that opens with markup.
    static func format(of name: String, text: String) -> Format {
        let lowerName = name.lowercasedLatin()
        for suffix in [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"] where lowerName.hasSuffix(suffix) {
            return .html
        }
        if lowerName.hasSuffix(".txt") || lowerName.hasSuffix(".text") { return .text }
        let head = text.prefix(2048).lowercasedLatin()
        let trimmed = head.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<") && (head.contains("<html") || head.contains("<body") || head.contains("<!doctype")
            || head.contains("<div") || head.contains("<p") || head.contains("<head") || head.contains("<meta")) {
            return .html
        }
        return .text
    }
}

/// Tells binary files (images, archives, executables) from text, so that a
/// PNG renamed `.html` is refused with a reason instead of read as noise.
enum BinarySniffer {
    static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0x52, 0x49, 0x46, 0x46], "a RIFF media file"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an Office document"),
    ]

    static func kind(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return signature.kind
        }
        // UTF-16 text has many zeros; leave it to the decoder.
        if CharsetSniffer.isMarkedOrUTF16(bytes) { return nil }
        let sample = bytes.prefix(4096)
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
        return controls * 10 > sample.count ? "binary data" : nil
    }
}
