import Foundation

/// Vietnam's provinces (the 63 until 30 June 2025 and the 34 since 1 July
/// 2025, with the mapping between them), their aliases and Spanish forms,
/// ministries and provincial bodies with their abbreviations: data loaded
/// from `Resources/gazetteer.json`, never a wall of `if`s.
public struct Gazetteer: Sendable {
    public var provinces: [Province]
    public var provinces2025: [Province2025]
    public var renames: [Rename]
    public var ministries: [Ministry]
    public var bodies: [Body]
    public var titles: [Title]

    /// Every folded name (``Folding/key(_:)``) a province or one of its cities
    /// is known by.
    public let places: [String: Place]
    /// The longest name in ``places``, in words.
    public let longestPlaceName: Int
    /// For each key of ``places``, its spellings with diacritics
    /// (``TonePlacement/normalized(_:)``): a one-word name with other
    /// diacritics is another word ("Vĩnh" is not the city of Vinh).
    public let spellings: [String: Set<String>]
    /// ``Abbreviations/known(from:)`` of this gazetteer, worked out once
    /// (every article's extraction starts from it).
    public let knownAbbreviations: Abbreviations
    /// Every name of a ministry or body, folded, with its canonical
    /// Vietnamese name, the longest first (``body(opening:on:)``).
    public let bodyNames: [(folded: String, name: String)]

    /// The gazetteer shipped with Pacto; empty if its data cannot be read
    /// (``loadingError`` then says why).
    public static let standard: Gazetteer = {
        switch loadBundled() {
        case .success(let gazetteer): return gazetteer
        case .failure: return Gazetteer(file: File())
        }
    }()

    /// Why the bundled data could not be read, nil when it was.
    public static let loadingError: String? = {
        switch loadBundled() {
        case .success: return nil
        case .failure(let error): return String(describing: error)
        }
    }()

    public init(data: Data) throws {
        self.init(file: try JSONDecoder().decode(File.self, from: data))
    }

    /// The unit's canonical name at a date: the 2025 successor from 1 July
    /// 2025, "Huế" for "Thừa Thiên Huế" from 2025 (``renames``).
    public func canonical(_ name: String, on date: Stamp?) -> String {
        guard let date else { return name }
        var current = name
        for rename in renames where rename.name == current {
            if let since = Stamp(iso: rename.date), date >= since { current = rename.to }
        }
        if let mergerDay = Self.mergerDay, date >= mergerDay, let province = provinces.first(where: { $0.name == name }),
           let merged = province.mergedInto {
            current = merged
        }
        return current
    }

    /// The province a name (any alias, Spanish form, or a city) stands for,
    /// canonical at `date`.
    public func province(named name: String, on date: Stamp? = nil) -> String? {
        var key = Folding.key(name)
        for prefix in Self.prefixes where key.hasPrefix(prefix + " ") {
            key = String(key.dropFirst(prefix.count + 1))
        }
        guard let place = places[key] else { return nil }
        return canonical(place.province, on: date)
    }

    /// A ministry by any of its names or abbreviations.
    public func ministry(named name: String) -> Ministry? {
        let key = Folding.key(name)
        return ministries.first { ministry in
            Folding.key(ministry.name) == key || ministry.abbreviations.contains { Folding.key($0) == key }
                || ministry.es.contains { Folding.key($0) == key }
        }
    }

    /// 1 July 2025, when the 34 new units replaced the 63.
    public static let mergerDay: Stamp? = Stamp(year: 2025, month: 7, day: 1)

    /// Administrative prefixes dropped before looking a province up (folded).
    public static let prefixes = ["tinh", "thanh pho", "tp", "provincia de", "ciudad de", "ciudad", "provincia"]
}

// MARK: - Entries

extension Gazetteer {
    /// What a name found in a text stands for.
    public struct Place: Sendable, Hashable {
        /// The province's name as printed in the gazetteer (its 63-unit name
        /// when it had one).
        public var province: String
        /// The name is a city inside the province, not the province itself.
        public var isCity: Bool
    }

    public struct Province: Sendable, Hashable, Decodable {
        public var name: String
        public var kind: String?
        public var mergedInto: String?
        public var aliases: [String]
        public var es: [String]
        public var cities: [String]

        enum CodingKeys: String, CodingKey { case name, kind, mergedInto, aliases, es, cities }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            kind = try container.decodeIfPresent(String.self, forKey: .kind)
            mergedInto = try container.decodeIfPresent(String.self, forKey: .mergedInto)
            aliases = try container.decodeStrings(forKey: .aliases)
            es = try container.decodeStrings(forKey: .es)
            cities = try container.decodeStrings(forKey: .cities)
        }
    }

    public struct Province2025: Sendable, Hashable, Decodable {
        public var name: String
        public var kind: String?
        public var formedFrom: [String]
        public var aliases: [String]
        public var es: [String]

        enum CodingKeys: String, CodingKey { case name, kind, formedFrom, aliases, es }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            kind = try container.decodeIfPresent(String.self, forKey: .kind)
            formedFrom = try container.decodeStrings(forKey: .formedFrom)
            aliases = try container.decodeStrings(forKey: .aliases)
            es = try container.decodeStrings(forKey: .es)
        }
    }

    public struct Rename: Sendable, Hashable, Decodable {
        public var name: String
        public var to: String
        public var date: String

        enum CodingKeys: String, CodingKey { case name, from, to, date, since }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
                ?? container.decode(String.self, forKey: .from)
            to = try container.decode(String.self, forKey: .to)
            date = try container.decodeIfPresent(String.self, forKey: .date)
                ?? container.decodeIfPresent(String.self, forKey: .since) ?? "2025-01-01"
        }
    }

    public struct Ministry: Sendable, Hashable, Decodable {
        public var name: String
        public var abbreviations: [String]
        public var es: [String]
        public var en: [String]
        public var until: String?
        public var mergedInto: String?
        public var since: String?
        /// The provincial department of its field ("Sở Tài nguyên và Môi trường").
        public var department: String?

        enum CodingKeys: String, CodingKey { case name, abbreviations, es, en, until, mergedInto, since, department }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            abbreviations = try container.decodeStrings(forKey: .abbreviations)
            es = try container.decodeStrings(forKey: .es)
            en = try container.decodeStrings(forKey: .en)
            until = try? container.decodeIfPresent(String.self, forKey: .until)
            mergedInto = try? container.decodeIfPresent(String.self, forKey: .mergedInto)
            since = try? container.decodeIfPresent(String.self, forKey: .since)
            department = try? container.decodeIfPresent(String.self, forKey: .department)
        }
    }

    public struct Body: Sendable, Hashable, Decodable {
        public var name: String
        public var abbreviations: [String]
        public var es: [String]
        public var en: [String]

        enum CodingKeys: String, CodingKey { case name, abbreviations, es, en }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            abbreviations = try container.decodeStrings(forKey: .abbreviations)
            es = try container.decodeStrings(forKey: .es)
            en = try container.decodeStrings(forKey: .en)
        }
    }

    public struct Title: Sendable, Hashable, Decodable {
        public var vi: [String]
        public var es: [String]
        public var en: [String]

        enum CodingKeys: String, CodingKey { case vi, es, en }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            vi = try container.decodeStrings(forKey: .vi)
            es = try container.decodeStrings(forKey: .es)
            en = try container.decodeStrings(forKey: .en)
        }
    }
}

// MARK: - Loading

extension Gazetteer {
    /// The file's top level; every list may be missing.
    struct File: Decodable {
        var provinces: [Province] = []
        var provinces2025: [Province2025] = []
        var renames: [Rename] = []
        var ministries: [Ministry] = []
        var bodies: [Body] = []
        var titles: [Title] = []

        init() {}

        enum CodingKeys: String, CodingKey { case provinces, provinces2025, renames, ministries, bodies, titles }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            provinces = try container.decodeIfPresent([Province].self, forKey: .provinces) ?? []
            provinces2025 = try container.decodeIfPresent([Province2025].self, forKey: .provinces2025) ?? []
            renames = (try? container.decodeIfPresent([Rename].self, forKey: .renames)) ?? []
            ministries = try container.decodeIfPresent([Ministry].self, forKey: .ministries) ?? []
            bodies = try container.decodeIfPresent([Body].self, forKey: .bodies) ?? []
            titles = (try? container.decodeIfPresent([Title].self, forKey: .titles)) ?? []
        }
    }

    init(file: File) {
        provinces = file.provinces
        provinces2025 = file.provinces2025
        renames = file.renames
        ministries = file.ministries
        bodies = file.bodies
        titles = file.titles
        var places: [String: Place] = [:]
        var spellings: [String: Set<String>] = [:]
        func add(_ name: String, _ place: Place) {
            let key = Folding.key(name)
            guard !key.isEmpty else { return }
            spellings[key, default: []].insert(TonePlacement.normalized(name))
            if let existing = places[key], !existing.isCity || place.isCity { return }
            places[key] = place
        }
        for province in file.provinces {
            let place = Place(province: province.name, isCity: false)
            for name in [province.name] + province.aliases + province.es { add(name, place) }
        }
        for province in file.provinces2025 {
            let old = file.provinces.contains { $0.name == province.name }
            let target = old ? province.name : (province.formedFrom.first ?? province.name)
            let place = Place(province: target, isCity: false)
            for name in [province.name] + province.aliases + province.es { add(name, place) }
        }
        for province in file.provinces {
            for city in province.cities { add(city, Place(province: province.name, isCity: true)) }
        }
        self.places = places
        self.spellings = spellings
        longestPlaceName = places.keys.map { $0.split(separator: " ").count }.max() ?? 0
        knownAbbreviations = Abbreviations.known(ministries: file.ministries, bodies: file.bodies, provinces: file.provinces)
        var names: [(folded: String, name: String)] = []
        for ministry in file.ministries {
            for name in [ministry.name] + ministry.es + ministry.en { names.append((Folding.fold(name), ministry.name)) }
            // A province's department of the ministry's field, in Spanish: "Ministerio de Salud" →
            // "Departamento de Salud" (Sở Y tế).
            guard let department = ministry.department, department.hasPrefix("Sở ") else { continue }
            // "Ministerio del Interior" → "Departamento del Interior" (Sở Nội vụ).
            for name in ministry.es where name.hasPrefix("Ministerio de") {
                names.append((Folding.fold("Departamento" + name.dropFirst("Ministerio".count)), department))
            }
        }
        for body in file.bodies {
            for name in [body.name] + body.es + body.en { names.append((Folding.fold(name), body.name)) }
        }
        // Longest first; each length counted once, not at every comparison.
        bodyNames = names.map { ($0, $0.folded.count) }.sorted { $0.1 > $1.1 }.map(\.0)
    }

    static func loadBundled() -> Result<Gazetteer, any Error> {
        // `Resources/gazetteer.json`, compiled in (Package.swift: `.embedInCode`).
        do {
            return .success(try Gazetteer(data: Data(PackageResources.gazetteer_json)))
        } catch {
            return .failure(error)
        }
    }
}

extension KeyedDecodingContainer {
    /// A list of strings that may also be written as one string, or null.
    func decodeStrings(forKey key: Key) throws -> [String] {
        if let list = try? decodeIfPresent([String].self, forKey: key) { return list }
        if let one = try? decodeIfPresent(String.self, forKey: key) { return [one] }
        return []
    }
}
