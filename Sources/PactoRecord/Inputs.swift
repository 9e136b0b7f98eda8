import PactoArchives
import PactoModel
import PactoReading

/// The documents a list of files holds, in order: a plain file as it is, an
/// archive (`.warc`, `.warc.gz`, `.zip`) entry by entry in the archive's
/// order, its records that are not documents as skips and its damaged
/// entries as failures named `archive!entry`.
///
/// The one walk over archives: `pacto import` feeds its workers from it, and
/// `pacto read` and `pacto extract` print what it yields. Archives are
/// streamed: memory holds one entry at a time.
public struct Inputs: Sequence, IteratorProtocol {
    /// One thing the walk yields.
    public enum Item: Sendable, Hashable {
        /// A file to read as it is.
        case file(String)
        /// A document taken out of an archive.
        case entry(ArchiveEntry)
        /// An archive record or entry that is not a document, by kind.
        case skipped(Skip)
        /// An archive, or an entry of one, that cannot be read: its name and why.
        case failed(name: String, reason: String)
    }

    private var files: IndexingIterator<[String]>
    private var archive: (any ArchiveStream)?
    private let limits: ArchiveLimits

    /// - Parameters:
    ///   - files: paths as given; each archive's entries are named after its path.
    ///   - reader: the reader's size limit bounds each entry once decompressed.
    ///   - archives: the other bounds (entries, compression ratio).
    public init(files: [String], reader: Reader.Options = .init(), archives: ArchiveLimits = .init()) {
        self.files = files.makeIterator()
        var limits = archives
        limits.maxEntryBytes = reader.maxBytes
        self.limits = limits
    }

    /// The limits archives are read with: the entry size is the reader's.
    public var archiveLimits: ArchiveLimits { limits }

    public mutating func next() -> Item? {
        while true {
            if var current = archive {
                let item = current.next()
                archive = current
                switch item {
                case .entry(let entry)?: return .entry(entry)
                case .skipped(let kind)?: return .skipped(kind)
                case .failed(let name, let reason)?: return .failed(name: name, reason: reason)
                case nil: archive = nil
                }
            }
            guard let path = files.next() else { return nil }
            guard let format = ArchiveFormat.of(name: path) else { return .file(path) }
            archive = format.open(path: path, limits: limits)
        }
    }
}

extension Inputs.Item {
    /// The item read into an Article, or why it could not be; nil for a skip.
    public func article(with reader: Reader) -> Result<Article, Importer.Failure>? {
        do throws(ReadError) {
            switch self {
            case .file(let path): return .success(try reader.read(path: path))
            case .entry(let entry): return .success(try reader.read(entry))
            case .skipped: return nil
            case .failed(let name, let reason): return .failure(Importer.Failure(path: name, reason: reason))
            }
        } catch {
            return .failure(Importer.Failure(path: error.path, reason: error.reasonText))
        }
    }
}
