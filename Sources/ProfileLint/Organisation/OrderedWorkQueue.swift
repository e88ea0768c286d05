import Foundation

/// Runs jobs on worker threads and hands their results back in job order, with bounded memory.
///
/// A producer enumerates jobs lazily; at most `capacity` jobs are in flight (queued, running, or
/// finished but not yet consumed), so a slow consumer or a huge input never makes memory grow.
/// The consumer runs on the calling thread, so it needs no locking of its own.
final class OrderedWorkQueue<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Jobs not yet taken by a worker; taken ones are cleared at once so their memory is freed.
    private var queue: [(Int, Job)?] = []
    private var queueHead = 0
    private var finished: [Int: Output] = [:]
    private var produced = 0
    private var nextToConsume = 0
    private var doneProducing = false
    private let capacity: Int
    private let workers: Int

    init(workers: Int, capacity: Int) {
        self.workers = max(1, workers)
        self.capacity = max(capacity, self.workers)
    }

    /// Runs `produce` on its own thread, `process` on the workers, and `consume` on this thread in job order.
    func run(produce: @escaping @Sendable (_ emit: (Job) -> Void) -> Void,
             process: @escaping @Sendable (Job) -> Output,
             consume: (Output) -> Void) {
        let producer = Thread { [self] in
            produce { job in self.enqueue(job) }
            condition.lock()
            doneProducing = true
            condition.broadcast()
            condition.unlock()
        }
        producer.stackSize = 1 << 22
        producer.start()
        var threads: [Thread] = []
        for _ in 0..<workers {
            let thread = Thread { [self] in
                while let (index, job) = dequeue() {
                    let output = process(job)
                    condition.lock()
                    finished[index] = output
                    condition.broadcast()
                    condition.unlock()
                }
            }
            // Deeply nested input is bounded by the parsers; a larger stack is still cheap insurance.
            thread.stackSize = 1 << 24
            threads.append(thread)
            thread.start()
        }
        while true {
            condition.lock()
            while finished[nextToConsume] == nil, !(doneProducing && nextToConsume == produced) {
                condition.wait()
            }
            guard let output = finished.removeValue(forKey: nextToConsume) else {
                condition.unlock()
                break
            }
            nextToConsume += 1
            condition.broadcast()
            condition.unlock()
            consume(output)
        }
        condition.lock()
        doneProducing = true
        condition.broadcast()
        condition.unlock()
    }

    private func enqueue(_ job: Job) {
        condition.lock()
        while produced - nextToConsume >= capacity { condition.wait() }
        queue.append((produced, job))
        produced += 1
        condition.broadcast()
        condition.unlock()
    }

    private func dequeue() -> (Int, Job)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count {
            if doneProducing { return nil }
            condition.wait()
        }
        guard let item = queue[queueHead] else { return nil }
        queue[queueHead] = nil
        queueHead += 1
        if queueHead >= 64, queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return item
    }
}
