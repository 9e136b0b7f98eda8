import Foundation

extension Importer {
    /// Hands work from one side to the other, holding at most `capacity`
    /// items at a time so that memory does not grow with the corpus.
    final class Pipeline<Element: Sendable>: @unchecked Sendable {
        // Every field is read and written under `condition`'s lock.
        private let condition = NSCondition()
        private var queue: [Element] = []
        private var head = 0
        private var closed = false
        private var stopped = false
        private var count = 0
        private let capacity: Int

        init(capacity: Int) {
            self.capacity = max(1, capacity)
        }

        /// How many items were put so far.
        var accepted: Int {
            condition.lock()
            defer { condition.unlock() }
            return count
        }

        /// Waits for room, then adds `element`. - Returns: false once stopped.
        @discardableResult
        func put(_ element: Element) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count - head >= capacity, !stopped { condition.wait() }
            guard !stopped else { return false }
            queue.append(element)
            count += 1
            condition.broadcast()
            return true
        }

        /// The next item; nil when closed and empty, or stopped.
        func take() -> Element? {
            condition.lock()
            defer { condition.unlock() }
            while queue.count == head, !closed, !stopped { condition.wait() }
            guard !stopped, queue.count > head else { return nil }
            let element = queue[head]
            head += 1
            if head > 64, head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return element
        }

        /// No more items will be put; takers drain what is left.
        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        /// Everything ends now: puts fail, takes return nil.
        func stop() {
            condition.lock()
            stopped = true
            queue.removeAll()
            head = 0
            condition.broadcast()
            condition.unlock()
        }
    }
}
