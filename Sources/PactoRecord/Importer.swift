import Foundation
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

        public init(reader: Reader.Options = .init(), batchSize: Int = 256, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.reader = reader
            self.batchSize = max(1, batchSize)
            self.workers = max(1, workers)
        }
    }

    /// A file that could not be imported, and why.
    public struct Failure: Sendable, Hashable, Codable {
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

        public init() {}
    }

    /// Where an import stands, for a progress display.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var bytes: Int
        public var started: Date
    }

    public let store: Store
    public let options: Options

    public init(store: Store, options: Options = Options()) {
        self.store = store
        self.options = options
    }

    /// File extensions taken from folders (files named on the command line are always tried).
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "txt"]

    /// Imports `paths` (files and folders). Blocks until done: worker
    /// threads read and extract, this thread writes.
    public func run(_ paths: [String], progress: (Progress) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        let (files, missing) = Self.files(in: paths)
        summary.failed = missing
        let stored = try store.storedFiles()
        let started = Date()
        var batch: [Imported] = []
        let reader = Reader(options: options.reader)
        let pipeline = Pipeline(capacity: options.workers * 4)
        let workers = min(options.workers, max(1, files.count))

        // Workers: take the next file, process it, hand the outcome over.
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let index = pipeline.nextIndex(below: files.count) {
                    let path = files[index]
                    pipeline.put(Self.process(path, known: stored[path], reader: reader))
                }
            }
        }
        // This thread: write in batches as outcomes arrive.
        var writeError: (any Error)?
        for done in 1...max(1, files.count) where !files.isEmpty {
            let outcome = pipeline.take()
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
            }
            if batch.count >= options.batchSize, writeError == nil {
                do {
                    let written = try store.write(batch)
                    summary.imported += written.inserted
                    summary.updated += written.updated
                } catch {
                    writeError = error
                    pipeline.stop()
                }
                batch.removeAll(keepingCapacity: true)
            }
            progress(Progress(done: done, total: files.count, bytes: summary.bytes, started: started))
            if writeError != nil { break }
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

    /// Hands outcomes from the workers to the writer, holding at most
    /// `capacity` at a time so that memory does not grow with the corpus.
    final class Pipeline: @unchecked Sendable {
        // Every field is read and written under `condition`'s lock.
        private let condition = NSCondition()
        private var queue: [Outcome] = []
        private var next = 0
        private var stopped = false
        private let capacity: Int

        init(capacity: Int) {
            self.capacity = max(1, capacity)
        }

        func nextIndex(below count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard !stopped, next < count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ outcome: Outcome) {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= capacity, !stopped { condition.wait() }
            queue.append(outcome)
            condition.broadcast()
        }

        func take() -> Outcome {
            condition.lock()
            defer { condition.unlock() }
            while queue.isEmpty { condition.wait() }
            let outcome = queue.removeFirst()
            condition.broadcast()
            return outcome
        }

        func stop() {
            condition.lock()
            stopped = true
            queue.removeAll()
            condition.broadcast()
            condition.unlock()
        }
    }

    enum Outcome: Sendable {
        case imported(Imported, size: Int)
        case unchanged(size: Int)
        case failed(Failure)
    }

    /// Reads, checks and extracts one file (runs on any thread).
    static func process(_ path: String, known: String?, reader: Reader) -> Outcome {
        let bytes: [UInt8]
        do {
            let url = URL(fileURLWithPath: path)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
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
            let extraction = Extractors.extract(from: article)
            let document = Document(
                file: path, sha256: article.sha256, language: article.language, title: article.title,
                published: article.published, authors: article.authors, events: extraction.events,
                warnings: article.warnings + extraction.warnings)
            return .imported(Imported(path: path, article: article, document: document), size: bytes.count)
        } catch {
            return .failed(Failure(path: path, reason: error.reasonText))
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
                guard extensions.contains(url.pathExtension.lowercased()) else { continue }
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
