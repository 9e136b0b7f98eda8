import HTTPTypes
import Hummingbird
import PactoRecord
import Synchronization

/// Answers already made, kept for the version of the record they were read
/// from: the least recently used go first, and all go when the record
/// changes (an import beside the server).
///
/// Bounded twice: by entries and by the bytes of their bodies.
final class ResponseCache<Key: Hashable & Sendable>: Sendable {
    /// A body ready to send, its status and its media type.
    struct Entry: Sendable {
        var body: ByteBuffer
        var status: HTTPResponse.Status
        var contentType: String
    }

    /// Hits and misses since the start, for tests and the curious.
    struct Statistics: Sendable, Equatable {
        var hits = 0
        var misses = 0
    }

    let capacity: Int
    let maximumBytes: Int
    private let state: Mutex<State>
    /// Entries being made, and by whom.
    private let flights = Mutex<[Flight: Task<Entry, any Error>]>([:])

    private struct Flight: Hashable {
        var key: Key
        var version: RecordVersion
    }

    /// - Parameters:
    ///   - capacity: most entries kept (0 keeps none).
    ///   - maximumBytes: most body bytes kept, all entries together.
    init(capacity: Int, maximumBytes: Int) {
        self.capacity = capacity
        self.maximumBytes = maximumBytes
        state = Mutex(State())
    }

    /// The entry for `key` if it was made from the record at `version`.
    /// A newer version than the one kept empties the cache.
    /// - Complexity: O(1).
    func value(for key: Key, at version: RecordVersion) -> Entry? {
        state.withLock { state in
            state.move(to: version)
            guard version == state.version, let index = state.slots[key] else {
                state.statistics.misses += 1
                return nil
            }
            state.statistics.hits += 1
            state.touch(index)
            return state.nodes[index].entry
        }
    }

    /// Keeps `entry`, made from the record at `version`, unless the record
    /// has changed since (the entry is already stale) or it is too large.
    /// - Complexity: O(1), plus one step per entry it pushes out.
    func insert(_ entry: Entry, for key: Key, at version: RecordVersion) {
        let size = entry.body.readableBytes
        guard capacity > 0, size <= maximumBytes / 4 else { return }
        state.withLock { state in
            state.move(to: version)
            guard version == state.version else { return }
            if let index = state.slots[key] { state.remove(index) }
            while state.count >= capacity || state.bytes + size > maximumBytes, let oldest = state.oldest {
                state.remove(oldest)
            }
            state.add(key: key, entry: entry)
        }
    }

    /// The entry for `key` at `version`, else the one `make` makes, kept.
    ///
    /// Requests for the same missing entry share one `make` (a search asked
    /// by many people at once is computed once): the first starts it, the
    /// others wait for it. `make` returns the entry and the version it was
    /// read from.
    /// - Returns: the entry, and whether it was kept from before.
    func value(
        for key: Key, at version: RecordVersion,
        orMake make: @escaping @Sendable () async throws -> (Entry, RecordVersion)
    ) async throws -> (entry: Entry, kept: Bool) {
        if let entry = value(for: key, at: version) { return (entry, true) }
        let flight = Flight(key: key, version: version)
        let task = flights.withLock { flights in
            if let running = flights[flight] { return running }
            let task = Task {
                // Forgotten once kept (the lock is held until it is registered).
                defer { self.flights.withLock { _ = $0.removeValue(forKey: flight) } }
                let (entry, made) = try await make()
                self.insert(entry, for: key, at: made)
                return entry
            }
            flights[flight] = task
            return task
        }
        return (try await task.value, false)
    }

    var statistics: Statistics { state.withLock { $0.statistics } }
    var count: Int { state.withLock { $0.count } }
}

extension ResponseCache {
    /// A doubly linked list over an array (most recent at `newest`), with a
    /// dictionary from key to slot.
    fileprivate struct Node {
        var key: Key
        var entry: Entry
        var newer: Int?
        var older: Int?
    }

    fileprivate struct State {
        var version: RecordVersion?
        var slots: [Key: Int] = [:]
        var nodes: [Node] = []
        var free: [Int] = []
        var newest: Int?
        var oldest: Int?
        var count = 0
        var bytes = 0
        var statistics = Statistics()

        /// Forgets everything when `version` is newer than what is kept.
        mutating func move(to version: RecordVersion) {
            guard self.version.map({ $0 < version }) ?? true else { return }
            self.version = version
            slots.removeAll(keepingCapacity: true)
            nodes.removeAll(keepingCapacity: true)
            free.removeAll(keepingCapacity: true)
            newest = nil
            oldest = nil
            count = 0
            bytes = 0
        }

        mutating func add(key: Key, entry: Entry) {
            let node = Node(key: key, entry: entry, newer: nil, older: newest)
            let index: Int
            if let reused = free.popLast() {
                index = reused
                nodes[index] = node
            } else {
                index = nodes.count
                nodes.append(node)
            }
            if let newest { nodes[newest].newer = index }
            newest = index
            if oldest == nil { oldest = index }
            slots[key] = index
            count += 1
            bytes += entry.body.readableBytes
        }

        mutating func remove(_ index: Int) {
            unlink(index)
            slots[nodes[index].key] = nil
            bytes -= nodes[index].entry.body.readableBytes
            nodes[index].entry.body = ByteBuffer()
            free.append(index)
            count -= 1
        }

        mutating func touch(_ index: Int) {
            guard newest != index else { return }
            unlink(index)
            nodes[index].older = newest
            nodes[index].newer = nil
            if let newest { nodes[newest].newer = index }
            newest = index
            if oldest == nil { oldest = index }
        }

        private mutating func unlink(_ index: Int) {
            let node = nodes[index]
            if let newer = node.newer { nodes[newer].older = node.older } else { newest = node.older }
            if let older = node.older { nodes[older].newer = node.newer } else { oldest = node.newer }
        }
    }
}
