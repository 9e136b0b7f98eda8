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

    public func run(_ paths: [String], progress: @Sendable (Progress) -> Void = { _ in }) async throws -> Summary {
        var summary = Summary()
        let (files, missing) = Self.files(in: paths)
        summary.failed = missing
        let stored = try store.storedFiles()
        let started = Date()
        var batch: [Imported] = []
        var done = 0
        let reader = Reader(options: options.reader)

        func flush() throws {
            guard !batch.isEmpty else { return }
            let written = try store.write(batch)
            summary.imported += written.inserted
            summary.updated += written.updated
            batch.removeAll(keepingCapacity: true)
        }

        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var next = 0
            func startNext() {
                guard next < files.count else { return }
                let path = files[next]
                next += 1
                let known = stored[path]
                group.addTask { Self.process(path, known: known, reader: reader) }
            }
            for _ in 0..<min(options.workers * 2, files.count) { startNext() }
            while let outcome = try await group.next() {
                done += 1
                switch outcome {
                case .imported(let item, let size):
                    summary.events += item.document.events.count
                    summary.bytes += size
                    batch.append(item)
                    if batch.count >= options.batchSize { try flush() }
                case .unchanged(let size):
                    summary.unchanged += 1
                    summary.bytes += size
                case .failed(let failure):
                    summary.failed.append(failure)
                }
                progress(Progress(done: done, total: files.count, bytes: summary.bytes, started: started))
                startNext()
            }
            try flush()
        }
        summary.failed.sort { $0.path < $1.path }
        return summary
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
