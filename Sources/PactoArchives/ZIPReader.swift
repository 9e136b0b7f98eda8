import Foundation
import ZIPFoundation

/// Reads the documents in a ZIP file (through ZIPFoundation): each `.html`,
/// `.htm`, `.xhtml` or `.txt` entry becomes an entry named
/// `archive.zip!path/inside`. Archives inside are not followed.
///
/// Each entry is checked against the limits twice: by the sizes the
/// central directory declares, then by the bytes actually inflated, since
/// a hostile file can lie in its directory.
struct ZIPReader: ArchiveStream {
    let archiveName: String
    let limits: ArchiveLimits
    private let archive: Archive?
    private var entries: AnyIterator<Entry>?
    private var count = 0
    private var finished = false
    private var openFailure: String?

    static let documentExtensions: Set<String> = ["html", "htm", "xhtml", "txt"]
    static let archiveExtensions: Set<String> = [
        "zip", "warc", "gz", "tgz", "tar", "bz2", "xz", "7z", "rar", "jar", "arc", "zst",
    ]

    init(path: String, name: String, limits: ArchiveLimits) {
        self.archiveName = name
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            archive = nil
            openFailure = Self.describe(error)
        }
        entries = archive?.makeIterator()
    }

    /// Reads a ZIP file held in memory (tests, the fuzzer) through a
    /// temporary file: ZIPFoundation 0.9.20's in-memory backing traps on
    /// some damaged archives (a range check in `MemoryFile.readData`) and
    /// leaks when it finds no directory, while its file backing reads them.
    /// The file is unlinked as soon as it is open.
    init(bytes: [UInt8], name: String, limits: ArchiveLimits) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
            self.init(failure: "cannot write a temporary copy", name: name, limits: limits)
            return
        }
        defer { try? FileManager.default.removeItem(at: url) }
        self.init(path: url.path, name: name, limits: limits)
    }

    private init(failure: String, name: String, limits: ArchiveLimits) {
        self.archiveName = name
        self.limits = limits
        archive = nil
        openFailure = failure
    }

    mutating func next() -> ArchiveItem? {
        guard !finished else { return nil }
        if let openFailure {
            finished = true
            return .failed(name: archiveName, reason: "is not a readable ZIP file (\(openFailure))")
        }
        guard let archive, let entry = entries?.next() else {
            finished = true
            return nil
        }
        count += 1
        if count > limits.maxEntries {
            finished = true
            return .failed(name: archiveName, reason: "has more than \(limits.maxEntries) entries; the rest is not read (see --max-entries)")
        }
        return item(for: entry, in: archive)
    }
}

private extension ZIPReader {
    func item(for entry: Entry, in archive: Archive) -> ArchiveItem {
        let name = "\(archiveName)!\(entry.path)"
        switch entry.type {
        case .directory: return .skipped(.folder)
        case .symlink: return .skipped(.notDocument)
        case .file: break
        }
        let lowered = entry.path.lowercased()
        let pathExtension = lowered.split(separator: ".").last.map(String.init) ?? ""
        if Self.archiveExtensions.contains(pathExtension) { return .skipped(.nestedArchive) }
        guard lowered.contains("."), Self.documentExtensions.contains(pathExtension) else { return .skipped(.notDocument) }
        let declared = Int(clamping: entry.uncompressedSize)
        let compressed = Int(clamping: entry.compressedSize)
        if limits.isBomb(output: declared, input: compressed) {
            return .failed(name: name, reason: bombReason(declared / max(1, compressed)))
        }
        if declared > limits.maxEntryBytes {
            return .failed(name: name, reason: "is too large (\(declared) bytes; the limit is \(limits.maxEntryBytes) bytes, see --max-bytes)")
        }
        var bytes: [UInt8] = []
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in
                bytes.append(contentsOf: data)
                if bytes.count > limits.maxEntryBytes || bytes.count > max(declared, 0) {
                    throw Overrun(size: bytes.count)
                }
                if limits.isBomb(output: bytes.count, input: compressed) { throw Overrun(size: bytes.count) }
            }
        } catch let overrun as Overrun {
            if overrun.size > limits.maxEntryBytes {
                return .failed(name: name, reason: "is too large (more than \(limits.maxEntryBytes) bytes, see --max-bytes)")
            }
            if limits.isBomb(output: overrun.size, input: compressed) {
                return .failed(name: name, reason: bombReason(overrun.size / max(1, compressed)))
            }
            return .failed(name: name, reason: "holds more bytes than its header declares (\(declared)): damaged or hostile")
        } catch {
            return .failed(name: name, reason: "cannot be extracted (\(Self.describe(error)))")
        }
        // ZIPFoundation computes the CRC-32 of what it hands a consumer but
        // leaves the comparison to the caller (it compares only when it
        // writes the entry to a file itself).
        guard checksum == entry.checksum else {
            return .failed(name: name, reason: Self.checksumReason(found: checksum, declared: entry.checksum))
        }
        return .entry(ArchiveEntry(name: name, bytes: bytes, isHTML: pathExtension == "txt" ? false : true))
    }

    func bombReason(_ ratio: Int) -> String {
        "refused: it expands more than \(ratio) times (the limit is \(limits.maxRatio), see --max-ratio): a zip bomb?"
    }

    static func checksumReason(found: CRC32, declared: CRC32) -> String {
        "its CRC-32 does not match: damaged data (\(hex(found)) read, \(hex(declared)) declared)"
    }

    static func hex(_ value: CRC32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    struct Overrun: Error {
        var size: Int
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? Archive.ArchiveError {
            switch error {
            case .invalidCRC32: return "its CRC-32 does not match: damaged data"
            case .invalidCompressionMethod: return "unsupported compression method"
            case .invalidEntryPath: return "invalid entry path"
            case .missingEndOfCentralDirectoryRecord: return "no end of central directory: truncated or not a ZIP file"
            default: return "\(error)"
            }
        }
        // ZIPFoundation's Data.CompressionError is internal: known by name.
        if String(reflecting: type(of: error)).hasSuffix("CompressionError") {
            return "its compressed data is damaged"
        }
        return (error as NSError).localizedDescription
    }
}
