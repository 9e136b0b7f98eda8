import Hummingbird
import PactoRecord
import Synchronization
import Testing
@testable import PactoWeb

/// `ResponseCache` (Sources/PactoWeb/Support/ResponseCache.swift).
struct ResponseCacheTests {
    func entry(_ text: String) -> ResponseCache<String>.Entry {
        .init(body: ByteBuffer(string: text), status: .ok, contentType: "text/plain")
    }

    /// Versions of a record that is written between them.
    func versions(_ count: Int) throws -> [RecordVersion] {
        let store = try Store.inMemory()
        var versions = [try store.version()]
        for _ in 1..<count {
            try store.write([])
            versions.append(try store.version())
        }
        return versions
    }

    @Test func leastRecentlyUsedGoFirst() throws {
        // Given a cache of three entries
        let cache = ResponseCache<String>(capacity: 3, maximumBytes: 1 << 20)
        let version = try versions(1)[0]
        for key in ["a", "b", "c"] { cache.insert(entry(key), for: key, at: version) }
        // When "a" is read, then "d" is added
        #expect(cache.value(for: "a", at: version) != nil)
        cache.insert(entry("d"), for: "d", at: version)
        // Then "b", the least recently used, is gone and the others stay
        #expect(cache.value(for: "b", at: version) == nil)
        for key in ["a", "c", "d"] { #expect(cache.value(for: key, at: version)?.body == ByteBuffer(string: key)) }
        #expect(cache.count == 3)
    }

    @Test func boundedByBytes() throws {
        let cache = ResponseCache<String>(capacity: 100, maximumBytes: 400)
        let version = try versions(1)[0]
        for key in ["a", "b", "c", "d", "e"] { cache.insert(entry(String(repeating: key, count: 100)), for: key, at: version) }
        #expect(cache.count == 4)
        #expect(cache.value(for: "a", at: version) == nil)
        // An entry larger than a quarter of the bytes is not kept at all
        cache.insert(entry(String(repeating: "x", count: 101)), for: "x", at: version)
        #expect(cache.value(for: "x", at: version) == nil)
    }

    @Test func aNewerVersionEmptiesItAndOlderEntriesAreRefused() throws {
        let cache = ResponseCache<String>(capacity: 10, maximumBytes: 1 << 20)
        let v = try versions(3)
        #expect(v[0] < v[1] && v[1] < v[2])
        cache.insert(entry("old"), for: "k", at: v[0])
        // Asked at a newer version: a miss, and the old entry is gone
        #expect(cache.value(for: "k", at: v[1]) == nil)
        #expect(cache.count == 0)
        // An entry made from an older state than the one seen is stale: refused
        cache.insert(entry("stale"), for: "k", at: v[0])
        #expect(cache.count == 0)
        cache.insert(entry("new"), for: "k", at: v[1])
        #expect(cache.value(for: "k", at: v[1])?.body == ByteBuffer(string: "new"))
        // A request that saw the older version does not get the newer entry
        #expect(cache.value(for: "k", at: v[0]) == nil)
        #expect(cache.value(for: "k", at: v[1]) != nil)
    }

    @Test func concurrentMissesShareOneComputation() async throws {
        // Given 50 requests for the same missing entry at once
        let cache = ResponseCache<String>(capacity: 10, maximumBytes: 1 << 20)
        let version = try versions(1)[0]
        let made = Counter()
        let bodies = try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await cache.value(for: "k", at: version) {
                        made.increment()
                        try await Task.sleep(for: .milliseconds(50))
                        return (ResponseCache<String>.Entry(body: ByteBuffer(string: "made"), status: .ok, contentType: "text/plain"), version)
                    }.entry.body
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        // Then it was made once and all got it
        #expect(made.value == 1)
        #expect(bodies.count == 50 && bodies.allSatisfy { $0 == ByteBuffer(string: "made") })
        #expect(cache.value(for: "k", at: version) != nil)
    }
}

/// A count shared by tasks.
final class Counter: Sendable {
    private let storage = Mutex(0)
    func increment() { storage.withLock { $0 += 1 } }
    var value: Int { storage.withLock { $0 } }
}
