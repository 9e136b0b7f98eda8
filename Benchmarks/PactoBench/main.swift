import Foundation
import PactoExtraction
import PactoModel
import PactoReading
import PactoRecord
import Synchronization

// pacto-bench: measures import against a bare libxml2 parse of the same
// generated pages, peak memory, and search latency on a large record.
//
//   swift run -c release pacto-bench import [--pages 2000] [--workers N] [--from DIR]
//   swift run -c release pacto-bench search [--documents 100000] [--queries 2000]
//   swift run -c release pacto-bench generate --pages N --out DIR
//   swift run -c release pacto-bench stores --postgres URL [--pages 2000] [--documents 100000] [--queries 1300]

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count,
          let parsed = Int(arguments[index + 1]) else { return value }
    return parsed
}

func stringOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// Peak resident memory of this process, in MB.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    try timed(body).wall
}

/// CPU time (user + system) this process has used so far, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return value(usage.ru_utime) + value(usage.ru_stime)
}

/// Wall-clock and CPU seconds of `body`: on a machine shared with other
/// work the CPU time moves less than the wall-clock time.
func timed(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuSeconds()
    try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds() - cpuStart)
}

func secondsAsync(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func generate(pages: Int, into folder: URL) throws -> Int {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var generator = PageGenerator(seed: 2024)
    var bytes = 0
    for index in 0..<pages {
        let html = generator.page(index: index)
        bytes += html.utf8.count
        try Data(html.utf8).write(to: folder.appendingPathComponent(String(format: "page-%06d.html", index)))
    }
    return bytes
}

/// Copies every .html/.htm file below `source` into `folder`, renamed in
/// order. - Returns: how many pages and bytes.
func copyPages(from source: URL, into folder: URL) throws -> (Int, Int) {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let walker = FileManager.default.enumerator(atPath: source.path)
    var names: [String] = []
    while let name = walker?.nextObject() as? String {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { names.append(name) }
    }
    var bytes = 0
    for (index, name) in names.sorted().enumerated() {
        let data = try Data(contentsOf: source.appendingPathComponent(name))
        bytes += data.count
        try data.write(to: folder.appendingPathComponent(String(format: "page-%06d.html", index)))
    }
    return (names.count, bytes)
}

func importBenchmark() throws {
    // The allocator setting `pacto import` uses, for every stage alike (the
    // bare parse included).
    Reader.keepFreedMemory()
    let workers = option("workers", default: ProcessInfo.processInfo.activeProcessorCount)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages: Int
    let bytes: Int
    if let source = stringOption("from") {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            FileHandle.standardError.write(Data("pacto-bench: \(source) is not a folder\n".utf8))
            exit(2)
        }
        // Real pages instead of generated ones: every .html/.htm file below DIR.
        (pages, bytes) = try copyPages(from: URL(fileURLWithPath: source), into: folder)
        guard pages > 0 else {
            FileHandle.standardError.write(Data("pacto-bench: no .html or .htm files in \(source)\n".utf8))
            exit(2)
        }
    } else {
        pages = option("pages", default: 2000)
        bytes = try generate(pages: pages, into: folder)
    }
    // First, while this process is still small (a child's peak memory
    // counts what it inherits before exec), `pacto import` on its own.
    let child = try importAsItsOwnProcess(folder: folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        .filter { $0.hasSuffix(".html") }.map { folder.appendingPathComponent($0).path }
    let contents = try files.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
    print("corpus: \(pages) pages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(workers) workers")

    // The floor: a bare libxml2 parse of the same bytes, one core and all cores.
    let floorOne = timed { for page in contents { _ = ParseFloor.parse(page) } }
    let floorAll = timed {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < contents.count {
                _ = ParseFloor.parse(contents[index])
                index += workers
            }
        }
    }
    // Reading alone, and reading + extraction, on all cores.
    let reader = Reader()
    let readAll = timed {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < contents.count {
                _ = try? reader.read(bytes: contents[index], name: files[index])
                index += workers
            }
        }
    }
    let extracted = Mutex<[Imported]>([])
    let extractAll = timed {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            var mine: [Imported] = []
            while index < contents.count {
                if let article = try? reader.read(bytes: contents[index], name: files[index]) {
                    let extraction = Extractors.extract(from: article)
                    mine.append(Imported(path: files[index], article: article, document: Document(
                        file: files[index], sha256: article.sha256, language: article.language, title: article.title,
                        published: article.published, authors: article.authors, events: extraction.events,
                        warnings: article.warnings + extraction.warnings)))
                }
                index += workers
            }
            extracted.withLock { $0 += mine }
        }
    }
    // Writing alone: the documents just read and extracted, into a record of
    // their own, in batches of 256 (SQLite rows, JSON, the FTS5 index).
    let documents = extracted.withLock { $0 }
    let writeOnly = try timed {
        let store = try Store(path: folder.appendingPathComponent("write-only.sqlite").path)
        var start = 0
        while start < documents.count {
            try store.write(Array(documents[start..<min(start + 256, documents.count)]))
            start += 256
        }
    }
    let database = folder.appendingPathComponent("bench.sqlite").path
    let store = try Store(path: database)
    var summary = Importer.Summary()
    let importTime = try timed {
        summary = try Importer(store: store, options: .init(workers: workers)).run([folder.path])
    }
    let again = try timed { _ = try Importer(store: store, options: .init(workers: workers)).run([folder.path]) }
    func line(_ name: String, _ time: (wall: Double, cpu: Double)) {
        print(String(format: "%-34@ %7.2f s  %7.1f pages/s  %6.1f MB/s  %5.2f× floor   CPU %6.2f s  %5.2f× floor's CPU",
                     name as NSString, time.wall, Double(pages) / time.wall, Double(bytes) / 1e6 / time.wall,
                     time.wall / floorAll.wall, time.cpu, time.cpu / floorAll.cpu))
    }
    line("libxml2 bare parse, 1 core", floorOne)
    line("libxml2 bare parse, all cores", floorAll)
    line("pacto read (no extraction)", readAll)
    line("pacto read + extract", extractAll)
    line("store alone (write the same documents)", writeOnly)
    line("pacto import (read+extract+store)", importTime)
    line("pacto import again (unchanged)", again)
    print("imported \(summary.imported), events \(summary.events), failed \(summary.failed.count)")
    print(String(format: "peak memory of this process (it holds the whole corpus in memory): %.0f MB", peakMemoryMB()))
    if let child {
        print(String(format: "%-34@ %7.2f s  %7.1f pages/s  %6.1f MB/s  %5.2f× floor   CPU %6.2f s  %5.2f× floor's CPU",
                     "pacto import, its own process" as NSString, child.seconds, Double(pages) / child.seconds,
                     Double(bytes) / 1e6 / child.seconds, child.seconds / floorAll.wall, child.cpu, child.cpu / floorAll.cpu))
        print(String(format: "peak memory of pacto import: %.0f MB (exit %d)", child.peakMB, child.status))
    } else {
        print("(no pacto binary beside pacto-bench: build it to measure the import as its own process)")
    }
}

/// `pacto import` run as a child process on the same pages, when the
/// `pacto` binary sits beside this one: its time and its own peak memory
/// (getrusage of the children), which is what a user's import costs.
func importAsItsOwnProcess(folder: URL) throws -> (seconds: Double, cpu: Double, peakMB: Double, status: Int32)? {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let pacto = here.appendingPathComponent("pacto")
    guard FileManager.default.isExecutableFile(atPath: pacto.path) else { return nil }
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-bench-\(UUID().uuidString).sqlite").path
    defer {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
    let process = Process()
    process.executableURL = pacto
    process.arguments = ["import", "--quiet", "--db", database, folder.path]
    process.standardOutput = FileHandle.nullDevice
    let time = try seconds {
        try process.run()
        process.waitUntilExit()
    }
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return (time, cpu, Double(usage.ru_maxrss) / 1024, process.terminationStatus)
}

// Run.
let command = arguments.first ?? "import"
switch command {
case "import":
    try importBenchmark()
case "search":
    try SearchBenchmark(documents: option("documents", default: 100_000), queries: option("queries", default: 2000)).run()
case "stores":
    guard let server = stringOption("postgres") ?? ProcessInfo.processInfo.environment["PACTO_TEST_POSTGRES"] else {
        FileHandle.standardError.write(Data("pacto-bench stores --postgres postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME [--pages N] [--documents N] [--queries N]\n".utf8))
        exit(2)
    }
    try StoreComparison(
        server: server, pages: option("pages", default: 2000), documents: option("documents", default: option("docs", default: 100_000)),
        queries: option("queries", default: 1300)
    ).run()
case "generate":
    guard let out = stringOption("out") else {
        FileHandle.standardError.write(Data("pacto-bench generate --pages N --out DIR\n".utf8))
        exit(2)
    }
    let bytes = try generate(pages: option("pages", default: 1000), into: URL(fileURLWithPath: out))
    print("wrote \(option("pages", default: 1000)) pages, \(bytes) bytes, to \(out)")
default:
    FileHandle.standardError.write(Data("usage: pacto-bench import|search|stores|generate [options]\n".utf8))
    exit(2)
}
