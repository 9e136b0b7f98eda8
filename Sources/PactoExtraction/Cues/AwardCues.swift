import PactoModel

/// The words that name an award, its issuer and its recipients, one table
/// per language. ``AwardRule`` (Vietnamese) and ``SpanishAwardRule`` read
/// them; the example corpora in `Tests/PactoExtractionTests/Examples/awards.*.tsv`
/// hold what they must give.
struct AwardCues: Sendable {
    /// Award names, folded, with the kind each names.
    var names: [(name: String, kind: Award.Kind)]
    /// Words that open the issuer right after the award's name ("của", "del").
    var issuerOpeners: [String]
    /// Words that open the recipients after the award ("cho", "a", "para").
    var recipientOpeners: [String]
    /// Verbs whose subject receives the award ("nhận", "recibió").
    var receiving: [String]
    /// Phrases whose object is asked to grant it ("đề nghị X tặng", "proponer al X que conceda").
    var proposing: [String]
    /// Verbs whose subject gives the award ("otorgó", "tặng"): the issuer, when
    /// that subject is a body or an office rather than a person.
    var giving: [String] = []
    /// Words that end a recipient list: a reason or a time follows.
    var listEnds: [String]
    /// Nouns before a recipient that are not part of its name ("tập thể", "colectivo de").
    var recipientNouns: [String]
    /// What follows "Cờ" when it names a flag (Vietnamese only: "cờ" is also a plain flag).
    var flagFollowers: [String] = []
    /// Words that grade an award and stand between its name and its issuer
    /// ("Cờ thi đua xuất sắc của Bộ Công an", "cờ thi đua hạng nhì").
    var grades: [String] = []
    /// Issuers named right after the award without "của" ("Cờ thi đua Chính phủ"),
    /// besides units and officials' titles.
    var bareIssuers: [String] = []
    /// Words that make an award a goal or a registration, not one given
    /// ("đăng ký danh hiệu Cờ thi đua: ...", "phấn đấu đạt"), or a past one ("el año pasado").
    var notGiven: [String] = []
    /// Verbs that give an award whose name the sentence leaves out, right
    /// before "cho" and a counted list ("trao tặng cho 04 tập thể (...)").
    var unnamedGiving: [String] = []
    /// Nouns a count of recipients is made of ("02 tập thể", "03 đơn vị").
    var countedNouns: [String] = []
    /// Tense and adverb marks between a giver and its verb ("UBND tỉnh đã tặng").
    var tenseMarks: Set<String> = []
    /// Words that say the meeting ranks or rewards its units, which make a
    /// rank a prize ("bình xét khen thưởng ... như sau: Nhất cụm: A", "otorgó reconocimientos").
    var rankContexts: [String] = []
}

extension AwardCues {
    static let vietnamese = AwardCues(
        names: [
            ("co thi dua", .emulationFlag), ("bang khen", .certificateOfMerit),
            ("giay khen", .other), ("huan chuong", .other), ("chien si thi dua", .other), ("ky niem chuong", .other),
        ],
        issuerOpeners: ["cua"],
        recipientOpeners: ["cho"],
        receiving: ["vinh du don nhan", "vinh du nhan", "don nhan", "nhan"],
        proposing: ["de nghi"],
        listEnds: ["vi", "da co", "co thanh tich", "trong", "nam 2", "ve thanh tich", "do"],
        recipientNouns: ["tập thể ", "cá nhân ", "các đơn vị ", "đơn vị ", "Tập thể "],
        flagFollowers: ["ubnd", "uy ban", "cua", "chinh phu", "dan dau", "\"", "don vi dan dau", "hang nhat", "hang nhi"],
        grades: ["xuat sac", "hang nhat", "hang nhi", "hang ba", "dan dau", "cap bo", "cap tinh"],
        bareIssuers: ["chinh phu", "thu tuong", "chu tich nuoc"],
        notGiven: ["dang ky", "phan dau", "chi tieu", "muc tieu"],
        unnamedGiving: ["trao tang", "tang"],
        countedNouns: ["tap the", "don vi", "ca nhan", "dia phuong", "co quan"],
        tenseMarks: ["da", "se", "cung", "vua"],
        rankContexts: ["khen thuong", "binh xet", "xep loai", "xep hang", "suy ton"])

    static let spanish = AwardCues(
        names: [
            ("bandera de emulacion", .emulationFlag), ("banderas de emulacion", .emulationFlag),
            ("bandera de unidad lider", .emulationFlag), ("bandera de la unidad lider", .emulationFlag),
            ("certificado de merito", .certificateOfMerit), ("certificados de merito", .certificateOfMerit),
            ("diploma de merito", .certificateOfMerit), ("diplomas de merito", .certificateOfMerit),
            ("diploma de reconocimiento", .certificateOfMerit), ("diplomas de reconocimiento", .certificateOfMerit),
            ("diploma de honor", .certificateOfMerit), ("certificado de reconocimiento", .certificateOfMerit),
            ("certificados de reconocimiento", .certificateOfMerit), ("diplomas de honor", .certificateOfMerit),
            ("titulo de", .other), ("bandera de", .emulationFlag), ("medalla", .other), ("medallas", .other),
            ("orden del trabajo", .other), ("orden laboral", .other),
        ],
        issuerOpeners: ["del", "de la", "de los"],
        recipientOpeners: ["al", "a la", "a los", "a las", "a", "para el", "para la", "para los", "para las"],
        receiving: ["recibio", "recibieron", "recibira", "recibiran", "obtuvo", "obtuvieron", "fue propuesta para recibir",
                    "fue propuesto para recibir", "fueron propuestos para recibir", "fueron propuestas para recibir",
                    "fue galardonada con", "fue galardonado con", "fueron galardonados con", "fueron galardonadas con",
                    "fue distinguida con", "fue distinguido con", "fueron distinguidos con", "fueron distinguidas con",
                    "fue condecorada con", "fue condecorado con", "fueron condecorados con", "fueron condecoradas con",
                    "se le concedio", "se les concedio"],
        proposing: ["proponer al", "proponer a la", "propuso al", "propuso a la", "propusieron al", "propusieron a la",
                    "solicitar al", "solicitar a la", "proponer a", "propuso a"],
        giving: ["otorgo", "otorgaron", "entrego", "entregaron", "concedio", "concedieron", "confirio", "impuso", "otorgara",
                 "entregara", "concedera"],
        listEnds: ["por", "en reconocimiento", "debido a", "en 20", "de 20"],
        recipientNouns: ["colectivo de la ", "colectivo del ", "colectivos de ", "la unidad ", "el colectivo ", "los colectivos ", "unidad "],
        notGiven: ["el ano pasado", "el ano anterior", "anteriormente", "en anos anteriores", "ya habia", "meta", "aspira"],
        rankContexts: ["reconocimiento", "recompensa", "clasificacion", "premio", "otorgo", "galardon"])
}
