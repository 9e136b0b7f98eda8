import Foundation
import PactoModel
import PactoRecord

/// Builds (once) a record of generated documents and times a mix of the
/// searches people type: frequent words, accentless words, names, phrases,
/// filters.
struct SearchBenchmark {
    var documents: Int
    var queries: Int

    func run() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pacto-bench-search-\(documents).sqlite").path
        let store = try Store(path: path)
        let existing = try store.counts().documents
        if existing < documents {
            print("building a record of \(documents) documents in \(path) (kept for later runs)…")
            let time = try seconds { try fill(store, from: existing) }
            print(String(format: "  built in %.1f s", time))
        }
        let mix = Self.mix
        var all: [Double] = []
        var byKind: [String: [Double]] = [:]
        for round in 0..<queries {
            if ProcessInfo.processInfo.environment["PACTO_BENCH_TRACE"] != nil { FileHandle.standardError.write(Data("\(mix[round % mix.count].0)\n".utf8)) }
            let (name, query) = mix[round % mix.count]
            let time = try seconds { _ = try store.search(query) }
            all.append(time)
            byKind[name, default: []].append(time)
        }
        print("search on \(try store.counts().documents) documents, \(queries) queries:")
        for (name, _) in mix {
            let times = byKind[name] ?? []
            // Padded here: %-22@ does not pad on Linux.
            let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
            print(String(format: "  %@ p50 %6.2f ms   p99 %6.2f ms", label, Self.percentile(times, 0.5) * 1000, Self.percentile(times, 0.99) * 1000))
        }
        print(String(format: "  ALL                    p50 %6.2f ms   p99 %6.2f ms", Self.percentile(all, 0.5) * 1000, Self.percentile(all, 0.99) * 1000))
        print(String(format: "peak memory: %.0f MB", peakMemoryMB()))
    }

    /// The searches people type: frequent words, accentless words, names, phrases, filters.
    static let mix: [(String, SearchQuery)] = [
        ("frequent word", SearchQuery(text: "thi đua")),
        ("frequent words", SearchQuery(text: "hội nghị thi đua khen thưởng")),
        ("frequent accentless", SearchQuery(text: "cum thi dua")),
        ("accentless syllable", SearchQuery(text: "hieu")),
        ("accentless phrase", SearchQuery(text: "ky cuong")),
        ("theme words", SearchQuery(text: "Kỷ cương trách nhiệm")),
        ("person", SearchQuery(text: "Võ Minh Thành")),
        ("province", SearchQuery(text: "dong thap")),
        ("word + year", SearchQuery(text: "thi đua", year: 2020)),
        ("organizer filter", SearchQuery(text: "", organizer: "Cụm 7", year: 2018)),
        ("province then/now", SearchQuery(text: "giao ước", province: "Tây Ninh")),
        ("rare word", SearchQuery(text: "liêm chính")),
        ("page 5", SearchQuery(text: "sáng tạo", limit: 20, offset: 80)),
    ]

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
    }

    /// Documents with the generator's article text and an event with the
    /// fields the generator wrote (no HTML: this measures search, not import).
    func fill(_ store: any RecordStore, from start: Int) throws {
        var generator = PageGenerator(seed: 99)
        var batch: [Imported] = []
        for index in start..<documents {
            batch.append(generator.record(index: index))
            if batch.count == 2000 {
                try store.write(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try store.write(batch)
    }
}

extension PageGenerator {
    mutating func record(index: Int) -> Imported {
        let year = 2012 + Int(index % 14)
        let number = 1 + index % 12
        let ministry = pick(Self.ministries)
        let sector = pick(Self.sectors)
        var members: [String] = []
        while members.count < 5 { let p = pick(Self.provinces); if !members.contains(p) { members.append(p) } }
        let theme = pick(Self.themes)
        let person = pick(Self.names)
        let title = "Cụm thi đua số \(number) - \(ministry) ký kết giao ước thi đua năm \(year)"
        var blocks = [Block(.paragraph, "Chiều 12/3, tại \(members[0]), Cụm thi đua số \(number) - \(ministry) gồm \(members.count) \(sector.lowercased()) các tỉnh \(members.joined(separator: ", ")) tổ chức Hội nghị ký kết giao ước thi đua năm \(year).")]
        for paragraph in 0..<(6 + index % 6) {
            var text = ""
            for _ in 0..<4 { text += pick(Self.filler) + ". " }
            if paragraph == 1 { text += "Các đơn vị đã ký kết giao ước thi đua với chủ đề: “\(theme)”. " }
            if paragraph == 2 { text += "Đồng chí \(person) – Giám đốc \(sector) tỉnh \(members[0]) phát biểu. " }
            blocks.append(Block(.paragraph, text))
        }
        let stamp = Stamp(year: year, month: 3, day: 12)
        let article = Article(file: "gen/\(index).html", title: title, published: stamp, language: .vietnamese, blocks: blocks)
        let event = Event(
            activities: [.pactSigning], date: stamp, location: Member(text: members[0], province: members[0]),
            organizer: Organizer(kind: .cluster, number: number, label: "Cụm thi đua số \(number)", parent: ministry),
            year: year, memberCount: members.count, members: members.map { Member(text: "\(sector) tỉnh \($0)", province: $0) },
            head: Member(text: "\(sector) tỉnh \(members[0])", province: members[0]), theme: theme,
            people: [Person(name: person, title: "Giám đốc \(sector) tỉnh \(members[0])", role: .speaker)])
        let document = Document(file: article.file, sha256: String(index), language: .vietnamese, title: title,
                                published: stamp, events: [event])
        return Imported(path: article.file, article: article, document: document)
    }
}
