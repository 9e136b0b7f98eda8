import Foundation
import PactoArchives
import PactoExtraction
import PactoModel
import PactoReading

/// Imports files and folders into the record: reading and extraction run in
/// parallel on every core, one writer stores them in batched transactions.
/// A file whose content is already stored is not read again; a changed file
/// replaces its older version; a broken file is reported and the rest goes on.
public struct Importer: Sendable {
    public struct Options: Sendable {
        public var reader: Reader.Options
        /// Documents per transaction.
        public var batchSize: Int
        /// Files read at once.
        public var workers: Int
        /// Bounds on archives: entries, compression ratio. The entry size
        /// limit is the reader's `maxBytes`.
        public var archives: ArchiveLimits

        public init(
            reader: Reader.Options = .init(), archives: ArchiveLimits = .init(), batchSize: Int = 256,
            workers: Int = ProcessInfo.processInfo.activeProcessorCount
        ) {
            self.reader = reader
            self.archives = archives
            self.batchSize = max(1, batchSize)
            self.workers = max(1, workers)
        }
    }

    /// A file that could not be imported, and why.
    public struct Failure: Error, Sendable, Hashable, Codable {
        public var path: String
        public var reason: String
    }

    public struct Summary: Sendable, Hashable, Codable {
        public var imported = 0
        public var unchanged = 0
        public var updated = 0
        public var failed: [Failure] = []
        public var events = 0
        public var bytes = 0
        /// Archive records and entries passed over, by kind (``Skip``): `request`,
        /// `revisit`, `not-html`, `http-error`, `nested-archive`, ...
        public var skipped: [String: Int] = [:]

        public init() {}
    }

    /// Where an import stands, for a progress display.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var bytes: Int
        public var started: Date
    }

    public let store: any RecordStore
    public let options: Options

    public init(store: any RecordStore, options: Options = Options()) {
        self.store = store
        self.options = options
    }

    /// File extensions taken from folders (files named on the command line are always tried);
    /// `.warc.gz` too.
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "txt", "warc", "zip"]

    /// Whether a file found in a folder is imported.
    static func isImportable(_ url: URL) -> Bool {
        extensions.contains(url.pathExtension.lowercased()) || url.lastPathComponent.lowercased().hasSuffix(".warc.gz")
    }

    /// Imports `paths` (files, folders and archives). Blocks until done: one
    /// thread feeds files and archive entries, worker threads read and
    /// extract, this thread writes.
    ///
    /// Memory stays bounded whatever the input's size: the feeder streams
    /// each archive and waits while `workers × 2` documents are queued.
    public func run(_ paths: [String], progress: (Progress) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        let (files, missing) = Self.files(in: paths)
        summary.failed = missing
        let stored = try store.storedFiles()
        let started = Date()
        var batch: [Imported] = []
        let reader = Reader(options: options.reader)
        let readerOptions = options.reader
        let archiveLimits = options.archives
        let jobs = Pipeline<Job>(capacity: options.workers * 2)
        // Room for a whole batch: workers go on while a batch is written.
        let outcomes = Pipeline<Outcome>(capacity: max(options.workers * 4, options.batchSize))
        let hasArchives = files.contains { ArchiveFormat.of(name: $0) != nil }
        let workers = hasArchives ? options.workers : min(options.workers, max(1, files.count))
        let group = DispatchGroup()

        // Feeder: plain files as they are, archives entry by entry.
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            Self.feed(Inputs(files: files, reader: readerOptions, archives: archiveLimits), jobs: jobs, outcomes: outcomes)
            jobs.close()
        }
        // Workers: take the next job, process it, hand the outcome over.
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let job = jobs.take() {
                    let outcome: Outcome
                    switch job {
                    case .file(let path): outcome = Self.process(path, known: stored[path], reader: reader)
                    case .entry(let entry): outcome = Self.process(entry, known: stored[entry.name], reader: reader)
                    }
                    guard outcomes.put(outcome) else { return }
                }
            }
        }
        // When feeder and workers are done, nothing more will come.
        DispatchQueue.global(qos: .utility).async {
            group.wait()
            outcomes.close()
        }
        // This thread: write in batches as outcomes arrive.
        var writeError: (any Error)?
        var done = 0
        while let outcome = outcomes.take() {
            done += 1
            switch outcome {
            case .imported(let item, let size):
                summary.events += item.document.events.count
                summary.bytes += size
                batch.append(item)
            case .unchanged(let size):
                summary.unchanged += 1
                summary.bytes += size
            case .failed(let failure):
                summary.failed.append(failure)
            case .skipped(let kind):
                done -= 1
                summary.skipped[kind.rawValue, default: 0] += 1
            }
            if batch.count >= options.batchSize {
                do {
                    let written = try store.write(batch)
                    summary.imported += written.inserted
                    summary.updated += written.updated
                } catch {
                    writeError = error
                    jobs.stop()
                    outcomes.stop()
                    break
                }
                batch.removeAll(keepingCapacity: true)
            }
            progress(Progress(done: done, total: max(done, jobs.accepted + missing.count), bytes: summary.bytes, started: started))
        }
        group.wait()
        if let writeError { throw writeError }
        if !batch.isEmpty {
            let written = try store.write(batch)
            summary.imported += written.inserted
            summary.updated += written.updated
        }
        summary.failed.sort { $0.path < $1.path }
        return summary
    }

    /// What a worker is given: a file to read, or an entry already taken out of an archive.
    enum Job: Sendable {
        case file(String)
        case entry(ArchiveEntry)
    }

    /// Streams the inputs into `jobs`; archive records that are skipped or
    /// broken go straight to `outcomes`. Stops early when the import stops.
    static func feed(_ inputs: Inputs, jobs: Pipeline<Job>, outcomes: Pipeline<Outcome>) {
        for item in inputs {
            let delivered: Bool
            switch item {
            case .file(let path): delivered = jobs.put(.file(path))
            case .entry(let entry): delivered = jobs.put(.entry(entry))
            case .skipped(let kind): delivered = outcomes.put(.skipped(kind))
            case .failed(let name, let reason): delivered = outcomes.put(.failed(Failure(path: name, reason: reason)))
            }
            guard delivered else { return }
        }
    }

    enum Outcome: Sendable {
        case imported(Imported, size: Int)
        case unchanged(size: Int)
        case failed(Failure)
        case skipped(Skip)
    }

    /// Reads, checks and extracts one file (runs on any thread), and makes
    /// the text of its rows, so that the writer only inserts them.
    static func process(_ path: String, known: String?, reader: Reader) -> Outcome {
        let bytes: [UInt8]
        do {
            let url = URL(fileURLWithPath: path)
            let size = Reader.fileSize(atPath: path) ?? 0
            if size > reader.options.maxBytes {
                return .failed(Failure(path: path, reason: ReadError(path: path, reason: .tooLarge(size: size, limit: reader.options.maxBytes)).reasonText))
            }
            bytes = [UInt8](try Data(contentsOf: url))
        } catch {
            return .failed(Failure(path: path, reason: "cannot be read (\((error as NSError).localizedDescription))"))
        }
        if let known, known == Reader.sha256(bytes) { return .unchanged(size: bytes.count) }
        do {
            let article = try reader.read(bytes: bytes, name: path)
            let document = Extractors.document(from: article)
            return .imported(Imported(path: path, article: article, document: document).preparingRows(), size: bytes.count)
        } catch {
            return .failed(Failure(path: path, reason: error.reasonText))
        }
    }

    /// Reads, checks and extracts one archive entry (runs on any thread).
    static func process(_ entry: ArchiveEntry, known: String?, reader: Reader) -> Outcome {
        if let known, known == Reader.sha256(entry.bytes) { return .unchanged(size: entry.bytes.count) }
        do {
            let article = try reader.read(entry)
            let document = Extractors.document(from: article)
            return .imported(
                Imported(path: entry.name, article: article, document: document).preparingRows(), size: entry.bytes.count)
        } catch {
            return .failed(Failure(path: entry.name, reason: error.reasonText))
        }
    }

    /// Every file to import, depth first in name order; paths that do not exist are failures.
    static func files(in paths: [String]) -> ([String], [Failure]) {
        var files: [String] = []
        var missing: [Failure] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(Failure(path: path, reason: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                if seen.insert(path).inserted { files.append(path) }
                continue
            }
            let base = URL(fileURLWithPath: path)
            guard let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { continue }
            var found: [String] = []
            for case let url as URL in enumerator {
                guard isImportable(url) else { continue }
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                // Keep the path as the user wrote the folder.
                let relative = String(url.path.dropFirst(base.path.count))
                found.append(path.hasSuffix("/") ? path + relative.drop(while: { $0 == "/" }) : path + relative)
            }
            for file in found.sorted() where seen.insert(file).inserted { files.append(file) }
        }
        return (files, missing)
    }
}
