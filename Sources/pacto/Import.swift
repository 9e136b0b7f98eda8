import ArgumentParser
import Foundation
import PactoArchives
import PactoRecord
import PactoReading

extension Pacto {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import files and folders into the record.",
            discussion: """
            Folders are searched recursively for .html, .htm, .xhtml and .txt files, and for \
            archives: .warc and .warc.gz web archives (the HTML pages of their response records) and \
            .zip files (their .html, .htm, .xhtml and .txt entries, named archive.zip!path/inside). Reading and \
            extraction run on every core; documents are written in batched transactions. A file \
            already stored with the same content is left alone; a changed file replaces its old \
            version; a file that cannot be read is reported with its path and the reason and the \
            rest is imported. An import that is stopped half-way leaves a consistent record: run \
            it again to complete it.

            Exit status: 0 when every file was imported (or unchanged), 1 when some files failed, \
            2 when the import could not run at all (e.g. the database cannot be opened).
            """
        )

        @Argument(help: "Files and folders to import.", completion: .file())
        var paths: [String]

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var reading: ReadingOptions
        @OptionGroup var archives: ArchiveOptions

        @Flag(name: .shortAndLong, help: "No progress bar.")
        var quiet = false

        @Flag(help: "Print the summary as JSON.")
        var json = false

        func run() throws {
            Reader.keepFreedMemory()
            let store = try database.open(readOnly: false)
            let importer = Importer(store: store, options: .init(reader: reading.readerOptions, archives: archives.limits))
            let bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
            let summary: Importer.Summary
            do {
                summary = try importer.run(paths) { progress in bar.update(progress) }
            } catch {
                bar.finish()
                Output.error("import stopped: \(error)")
                throw ExitCode(2)
            }
            bar.finish()
            if json {
                try Output.json(summary)
            } else {
                Output.line("""
                    imported \(summary.imported), updated \(summary.updated), unchanged \(summary.unchanged), \
                    failed \(summary.failed.count); \(summary.events) events; database \(database.shownPath)
                    """)
                if !summary.skipped.isEmpty {
                    let kinds = summary.skipped.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                    Output.line("skipped in archives: " + kinds.joined(separator: ", "))
                }
                for failure in summary.failed { Output.error("\(failure.path): \(failure.reason)") }
            }
            if !summary.failed.isEmpty { throw ExitCode(1) }
        }
    }
}

/// A one-line progress bar on standard error: files done, rate, time left.
final class ProgressBar: @unchecked Sendable {
    // Only called from the importer's single consuming task, then from run():
    // never concurrently; the lock guards against misuse.
    private let lock = NSLock()
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: Importer.Progress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.done == progress.total else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(progress.started))
        let rate = Double(progress.done) / elapsed
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let width = 30
        let filled = progress.total == 0 ? width : width * progress.done / progress.total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = String(format: "\r[%@] %d/%d files  %.1f files/s  %.1f MB/s  %@ left ",
                          bar, progress.done, progress.total, rate, Double(progress.bytes) / elapsed / 1_000_000,
                          Self.duration(left))
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
