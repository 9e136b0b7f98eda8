import Foundation
import PactoModel
import PactoReading
import PactoRecord

/// `pacto-bench stores --postgres URL`: SQLite and PostgreSQL side by side,
/// in one run. The same generated pages imported into a new record of each
/// (read, extract, store), then the same search mix on a record of
/// `documents` generated documents in each.
///
/// `URL` names a server and a user allowed to create databases; the
/// benchmark makes its own (`pacto_bench_import_…`, dropped at the end, and
/// `pacto_bench_search_N`, kept for later runs as the SQLite file is).
struct StoreComparison {
    var server: String
    var pages: Int
    var documents: Int
    var queries: Int

    func run() throws {
        Reader.keepFreedMemory()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-bench-stores-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try generate(pages: pages, into: folder.appendingPathComponent("pages"))
        print(String(format: "import: %d generated pages, %.1f MB", pages, Double(bytes) / 1e6))
        let sqlite = try Store(path: folder.appendingPathComponent("import.sqlite").path)
        let importName = "pacto_bench_import_\(ProcessInfo.processInfo.processIdentifier)"
        let postgres = try PostgresStore(url: try PostgresStore.createDatabase(importName, server: server))
        defer { try? PostgresStore.dropDatabase(importName, server: server) }
        for (name, store) in [("SQLite", sqlite as any RecordStore), ("PostgreSQL", postgres)] {
            var summary = Importer.Summary()
            let time = try timed { summary = try Importer(store: store).run([folder.appendingPathComponent("pages").path]) }
            print(String(format: "  %-11@ %7.2f s  %7.1f pages/s   CPU of pacto %6.2f s   (%d imported, %d events)",
                         name as NSString, time.wall, Double(pages) / time.wall, time.cpu, summary.imported, summary.events))
        }

        let sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-bench-stores-\(documents).sqlite").path
        let searchName = "pacto_bench_search_\(documents)"
        let stores: [(String, any RecordStore)] = [
            ("SQLite", try Store(path: sqlitePath)),
            ("PostgreSQL", try PostgresStore(url: try PostgresStore.createDatabase(searchName, server: server))),
        ]
        for (name, store) in stores where try store.counts().documents != documents {
            guard try store.counts().documents == 0 else {
                print("  \(name): the search record holds another corpus; remove \(sqlitePath) or drop \(searchName)")
                return
            }
            print("building a \(name) record of \(documents) documents (kept for later runs)…")
            let time = try seconds { try SearchBenchmark(documents: documents, queries: 0).fill(store, from: 0) }
            print(String(format: "  built in %.1f s (%.0f documents/s)", time, Double(documents) / time))
        }
        var times: [String: [String: [Double]]] = [:]
        // Alternating the stores query by query: both see the same machine load.
        for round in 0..<queries {
            let (kind, query) = SearchBenchmark.mix[round % SearchBenchmark.mix.count]
            for (name, store) in stores {
                let time = try seconds { _ = try store.search(query) }
                times[name, default: [:]][kind, default: []].append(time)
            }
        }
        print("search on \(documents) documents, \(queries) queries each, milliseconds (p50 / p99):")
        print("  " + "".padding(toLength: 22, withPad: " ", startingAt: 0) + "   SQLite           PostgreSQL")
        for (kind, _) in SearchBenchmark.mix + [("ALL", SearchQuery(text: ""))] {
            var line = "  " + kind.padding(toLength: 22, withPad: " ", startingAt: 0)
            for (name, _) in stores {
                let values = kind == "ALL" ? times[name, default: [:]].values.flatMap { $0 } : times[name]?[kind] ?? []
                line += String(format: " %7.2f / %7.2f", SearchBenchmark.percentile(values, 0.5) * 1000, SearchBenchmark.percentile(values, 0.99) * 1000)
            }
            print(line)
        }
    }
}
