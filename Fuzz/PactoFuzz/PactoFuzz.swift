import CFuzzDriver
import Foundation
import PactoArchives
import PactoExtraction
import PactoReading

/// One fuzz input through everything that reads untrusted bytes: the
/// reader (as HTML and as text) with extraction, and both archive readers
/// with every entry they yield read and extracted in turn.
///
/// Built two ways (see `scripts/fuzz.sh` and the README):
/// - with `-sanitize=fuzzer,address -DPACTO_FUZZING`, `main` hands over to
///   libFuzzer's driver, which calls `fuzzOne` with each input;
/// - in a normal build, `pacto-fuzz FILE...` replays saved inputs (crashes,
///   corpus files) through the same function.
enum FuzzInput {
    /// Small limits so that each input runs in milliseconds.
    static let reader = Reader(options: .init(maxBytes: 1 << 20))
    static let limits = ArchiveLimits(maxEntryBytes: 1 << 20, maxEntries: 64, maxRatio: 100, ratioSlack: 64 * 1024)

    static func run(_ bytes: [UInt8]) {
        for name in ["fuzz.html", "fuzz.txt"] {
            read(bytes, name: name, charset: nil)
        }
        for format in ArchiveFormat.allCases {
            var archive = format.open(bytes: bytes, name: "fuzz.\(format.rawValue)", limits: limits)
            while let item = archive.next() {
                if case .entry(let entry) = item {
                    read(entry.bytes, name: entry.name, charset: entry.charset)
                }
            }
        }
    }

    static func read(_ bytes: [UInt8], name: String, charset: String?) {
        guard let article = try? reader.read(bytes: bytes, name: name, charset: charset) else { return }
        _ = Extractors.extract(from: article)
    }
}

/// libFuzzer's callback: one input, never failing (crashes are the findings).
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzInput.run(bytes)
    return 0
}

#if PACTO_FUZZING
/// The name libFuzzer's own `main` calls, when the linker picks that `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOne(data, size)
}
#endif

@main
struct PactoFuzz {
    static func main() {
        #if PACTO_FUZZING
        // libFuzzer takes over: its options and corpus folders are the arguments.
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) })
        #else
        // Replays saved inputs: `pacto-fuzz FILE...`.
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                continue
            }
            FuzzInput.run([UInt8](data))
            print("\(path): ok")
        }
        #endif
    }
}
