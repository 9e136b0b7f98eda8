import Foundation
import PactoModel
/// Word lists the rules share, folded (``Folding/fold(_:)``), grouped by
/// what they mark.
enum Lexicon {
    /// Words that open the name of a unit (a member, a head, a recipient);
    /// folded, matched on whole words at a capitalised token.
    static let unitHeads: [String] = [
        "so", "bo", "ban", "cuc", "chi cuc", "tong cuc", "cong an", "cong ty", "tong cong ty", "tap doan",
        "truong", "thpt", "thcs", "dai hoc", "hoi", "hiep hoi", "lien hiep", "lien doan", "ldld", "doan",
        "thanh doan", "tinh doan", "uy ban", "ubnd", "ubmttq", "ubmttqvn", "mttq", "van phong", "vien",
        "toa an", "trai giam", "bao tang", "thu vien", "dai", "buu dien", "vien thong", "ngan hang",
        "benh vien", "trung tam", "co quan", "huyen uy", "thanh uy", "tinh uy", "dang uy", "phong",
        "kho bac", "chi nhanh", "bo chi huy", "bo doi", "luc luong", "khu", "quan", "huyen", "xa", "phuong",
        "thi xa", "thi tran", "thanh tra", "dien luc", "cang", "hai quan", "cong doan", "ban quan ly",
        "tinh", "thanh pho", "tp", "ubmt", "bao", "bao hiem", "dang bo", "chi bo", "vkSnd", "tand", "vksnd",
        "departamento", "comite", "policia", "oficina", "asociacion", "union", "provincia", "ciudad",
        // Heads of two or more words only: "Quỹ" alone, folded "quy", is also a given name.
        // "BCH Quân sự huyện", banks known by their brand ("Agribank chi nhánh tỉnh X").
        "bch", "agribank", "vietinbank", "vietcombank", "bidv",
        // Units renamed in 2025 after their province ("Thuế tỉnh Hà Tĩnh", "Thống kê tỉnh Quảng Trị").
        "thue tinh", "thue thanh pho", "thue co so", "thong ke tinh", "thong ke thanh pho",
        "hoc vien", "quy dau tu", "quy bao ve", "quy ho tro", "quy phat trien", "quy bao lanh", "quy tin dung",
        // Cooperative unions, army units, reviews, audit offices.
        "lien minh", "hop tac xa", "trung doan", "su doan", "lu doan", "tap chi", "kiem toan", "hai doan", "tieu doan",
        // Publishers and colleges ("… và Nhà xuất bản Hải Phòng", "Cao đẳng Y tế …").
        "nha xuat ban", "cao dang", "trung cap",
        // Schools by their abbreviations ("ĐH Nha Trang", "CĐ Nghề Nha Trang"), in capitals only.
        "dh", "cd",
    ]

    /// A folded phrase opens with one of `heads` as a whole word; `phrase`
    /// ends with a space ("so y te tinh " opens with "so").
    static func opens(_ phrase: String, withOneOf heads: [String]) -> Bool {
        heads.contains { phrase.hasPrefix($0) }
    }

    /// ``unitHeads``, ``notUnits`` and ``trailingHeads``, each with the space after it.
    /// The gazetteer's abbreviations of bodies ("BĐBP", "KBNN", "VKSND") open units too.
    static let unitHeadWords = (unitHeads + bodyAbbreviations).map { $0 + " " }
    static let bodyAbbreviations: [String] = {
        let gazetteer = Gazetteer.standard
        let all = gazetteer.bodies.flatMap(\.abbreviations) + gazetteer.ministries.flatMap(\.abbreviations)
        return Array(Set(all.filter { !$0.contains(" ") && $0.count >= 3 && $0 == $0.uppercased() }.map(Folding.key)
            .filter { !$0.isEmpty && !$0.contains(" ") })).sorted()
    }()
    static let notUnitWords = notUnits.map { $0 + " " }
    static let trailingHeadWords = trailingHeads.map { $0 + " " }

    /// Heads that end a unit's name as often as they open one ("Ban Tổ chức Tỉnh ủy").
    static let trailingHeads = ["tinh uy", "thanh uy", "huyen uy", "dang uy", "quan uy"]

    /// Phrases that open with a unit head but name a meeting, not a unit.
    static let notUnits = ["hoi nghi", "hoi thao", "hoi thi", "hoi thao", "hoi cho", "dai hoi", "ban giao", "ban hanh"]

    /// Unit heads whose folded form is also a common word or name: they
    /// open a unit only with their own diacritics ("Phường", not "Phương").
    static let ambiguousHeads: [String: Set<String>] = [
        "phuong": ["phường"], "xa": ["xã"], "huyen": ["huyện"], "quan": ["quận"], "so": ["sở"], "bo": ["bộ"],
        "dai": ["đài"], "doan": ["đoàn"], "khu": ["khu"], "cang": ["cảng"], "phong": ["phòng"], "vien": ["viện"],
        "ban": ["ban"], "bao": ["báo"], "truong": ["trường"],
        // Given names: "Nguyễn Thanh Tịnh", "Lê Thị Cúc", "Trần Văn Hồi", "Nông Quốc Bảo" ("Bảo hiểm",
        // "Bảo tàng" open units as two words).
        "tinh": ["tỉnh"], "cuc": ["cục"], "hoi": ["hội"],
        "dh": ["đh"], "cd": ["cđ"],
    ]

    /// Unit heads spelt exactly as common given names ("Phạm Phú Trường Giang", "Trần Văn Hội").
    static let givenNameHeads: Set<String> = ["trường", "hội"]

    /// A token opens a unit: its folded form is a unit head and, when that
    /// form is ambiguous, its own spelling is the head's.
    static func isHeadSpelling(_ token: Passage.Token) -> Bool {
        ambiguousHeads[token.key].map { $0.contains(token.lower) } ?? true
    }

    /// As ``isHeadSpelling(_:)``, and a head of two or more words ("Đại học",
    /// "Viễn thông") opens a unit in any spelling of its first word; `rest` is
    /// the folded phrase from the token on, ending with a space.
    static func isHeadSpelling(_ token: Passage.Token, rest: String) -> Bool {
        isHeadSpelling(token) || headWordCount(rest) > 1
    }

    /// How many words the longest unit head `phrase` opens with has (0: none).
    static func headWordCount(_ phrase: String) -> Int {
        let longest = unitHeadWords.filter { phrase.hasPrefix($0) }.max { $0.count < $1.count }
        return longest.map { $0.split(separator: " ").count } ?? 0
    }

    /// Heads that name a locality: the unit is given by the place's name.
    static let localityHeads = ["huyen", "xa", "phuong", "thi xa", "thi tran", "quan", "thanh pho", "tp", "tp."]

    /// ``titles`` to look up.
    static let titleSet: Set<String> = Set(titles)

    /// ``titles``, the longest first.
    static let titlesLongestFirst: [String] = titles.sorted { $0.count > $1.count }

    /// Titles of officials (folded), longest first when they share a start.
    static let titles: [String] = [
        "pho chu tich thuong truc", "pho chu tich", "chu tich", "pho giam doc", "giam doc", "tong giam doc",
        "pho tong giam doc", "pho bi thu thuong truc", "pho bi thu", "bi thu", "pho truong ban", "truong ban",
        "pho vu truong", "vu truong", "thu truong", "bo truong", "pho cuc truong", "cuc truong",
        "pho chanh van phong", "chanh van phong", "pho hieu truong", "hieu truong", "uy vien", "truong phong",
        "pho truong phong", "chanh thanh tra", "pho chanh thanh tra", "truong khoi", "pho truong khoi",
        "cum truong", "cum pho", "truong cum", "pho cum", "khoi truong", "khoi pho", "quyen chu tich",
        "chanh an", "vien truong", "pho vien truong", "tong bien tap", "thu ky", "tinh uy vien", "thanh uy vien",
        "huyen uy vien", "dai bieu quoc hoi", "chu nhiem", "pho chu nhiem", "tong thu ky", "pho tong thu ky",
        "director", "directora", "subdirector", "presidente", "presidenta", "vicepresidente", "vicepresidenta",
        "secretario", "ministro", "viceministro", "jefe", "subdirectora", "ministra", "viceministra", "jefa",
    ]

    /// The first word of each of ``honorifics``.
    static let honorificFirstWords: Set<String> = Set(honorifics.compactMap { $0.split(separator: " ").first.map(String.init) })

    static func isHonorificFirstWord(_ word: String) -> Bool {
        honorificFirstWords.contains(word)
    }

    /// Words before a name that are not part of it (folded).
    static let honorifics: Set<String> = [
        "dong chi", "ong", "ba", "tskh", "ts", "ths", "pgs", "gs", "pgs.ts", "gs.ts", "thieu tuong",
        "trung tuong", "thuong tuong", "dai tuong", "dai ta", "thuong ta", "trung ta", "thieu ta", "dai uy",
        "nha bao", "luat su", "bac si", "bs", "bscki", "bsckii", "bsck", "ths.bs", "ts.bs", "ds", "duoc si", "cac dong chi", "senor", "senora", "el senor", "la senora", "camarada",
        "el camarada", "la camarada", "tien si", "thac si", "giao su",
    ]

    /// Vietnamese family names (folded).
    static let surnames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "quach", "mai", "truong", "dinh", "lam", "dao", "cao", "ha", "ta", "luong", "vuong",
        "trieu", "to", "thai", "kieu", "luu", "doan", "chu", "tu", "tang", "vi", "lai", "chau", "la", "hua",
        "khuc", "ung", "tong", "mac", "lac", "thach", "giang", "nghiem", "kim", "diep", "lo", "ninh", "hau",
        "quan", "au", "bach", "banh", "dam", "dieu", "doan", "don", "hong", "khong", "khuat", "lieu", "lu",
        "ma", "mong", "nong", "ong", "phung", "phuong", "quang", "son", "tiet", "trinh", "van", "vinh", "y",
        "cu", "cung", "dau", "du", "han", "hinh", "kha", "khau", "lenh", "linh", "lo", "ngoc", "nhu", "tieu",
        // Rarer ones whose folded spelling is no common word ("Thân" is not: "Công ty Than Hà Lầm" is a coal company).
        "ton", "giap", "ksor", "nie", "uong",
    ]

    /// Words before a name that make it the name of a place or a school.
    static let namedAfterPeople: Set<String> = [
        "đường", "phố", "phường", "trường", "viện", "thpt", "thcs", "tiểu", "học", "lăng", "đền", "tượng", "nhà", "quảng", "cầu",
        "calle", "avenida", "escuela",
        // A hero or a martyr held up as a model ("tấm gương anh hùng Nguyễn Văn Trỗi", "el héroe Nguyen Van Troi").
        // ("sĩ" is not among them: "tiến sĩ", "thạc sĩ" come before officials' names.)
        "hùng", "gương", "héroe", "heroína", "mártir",
    ]

    /// Capitalised phrases that look like names of people but are not.
    static let notNames: Set<String> = [
        "ho chi minh", "to quoc", "viet nam", "nha nuoc", "trung uong", "chinh phu", "quoc hoi", "dang bo",
        "ho chi minh vi dai", "dai hoi", "hoi nghi", "thu tuong", "cong hoa", "xa hoi", "chu nghia",
    ]
}
